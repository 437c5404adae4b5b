// Writes one day of a sealed district of Xi'an into ./data, in the shapes a hub receives:
//   丈八社区需求登记.xlsx         — a committee's workbook, a title row above the header
//   小寨电子城社区需求汇总.csv     — two committees' needs in one CSV saved by Excel (GB18030)
//   库存台账.xlsx                 — the stock ledger: donations and purchases in, yesterday's hand-outs
//   认捐登记.csv                  — pledges not yet delivered, with the time they arrive
//   物资目录.csv                  — the catalogue: category, unit, pack size
//   物资点.csv                    — supply points and the district warehouse, with coordinates
//   志愿者名册.xlsx               — volunteers: skills, deliveries per shift, compounds they may enter
//   配送排班.csv                  — today's delivery shifts (one volunteer booked twice by mistake)
// Everyone is invented. Run: npx tsx examples/lockdown-day/generate.ts

import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { writeCsv, writeXlsx } from "@linli/adapters";
import { seeded } from "../seeded.js";

const out = fileURLToPath(new URL("./data/", import.meta.url));
mkdirSync(out, { recursive: true });

const { rand, pick, int } = seeded(20220105);
const pad = (n: number) => String(n).padStart(2, "0");
const at = (day: number, h: number, m = 0) => `2022-01-0${day} ${pad(h)}:${pad(m)}`;

const COMMUNITIES = [
  { name: "丈八社区", compounds: ["绿地世纪城", "枫林绿洲"], lat: 34.2001, lon: 108.8842 },
  { name: "小寨社区", compounds: ["金泰假日花城", "长安大学家属院"], lat: 34.2236, lon: 108.9474 },
  { name: "电子城社区", compounds: ["西部电力小区", "电子城小区"], lat: 34.2102, lon: 108.9051 },
] as const;

// Catalogue: name, category label, unit, pack size, base unit; how needs ask for it.
const ITEMS = [
  ["大米", "粮油食品", "袋", 10, "公斤", ["5|公斤", "10|公斤", "1|袋"], "生活物资代购配送"],
  ["挂面", "粮油食品", "公斤", "", "", ["2|公斤", "3|公斤"], "生活物资代购配送"],
  ["蔬菜包", "蔬菜肉蛋", "份", "", "", ["1|份", "2|份"], "生活物资代购配送"],
  ["鸡蛋", "蔬菜肉蛋", "盒", 30, "枚", ["1|盒"], "生活物资代购配送"],
  ["饮用水", "饮用水", "箱", 24, "瓶", ["1|箱", "2|箱"], "生活物资代购配送"],
  ["医用外科口罩", "防护用品", "盒", 50, "只", ["20|只", "1|盒"], "防护用品"],
  ["84消毒液", "消杀用品", "瓶", "", "", ["1|瓶"], "防护用品"],
  ["硝苯地平缓释片", "药品", "盒", "", "", ["1|盒", "2|盒"], "药品"],
  ["胰岛素注射液", "药品", "支", "", "", ["3|支", "6|支"], "药品"],
  ["婴儿奶粉", "母婴用品", "罐", "", "", ["1|罐", "2|罐"], "其他"],
] as const;

writeFileSync(
  `${out}物资目录.csv`,
  writeCsv([
    ["物资名称", "物资类别", "单位", "规格数量", "最小单位"],
    ...ITEMS.map(([name, cat, unit, size, base]) => [name, cat, unit, size, base]),
  ]),
);

writeFileSync(
  `${out}物资点.csv`,
  writeCsv([
    ["地点名称", "地点类型", "区县", "社区", "小区", "楼栋", "纬度", "经度", "坐标系"],
    ...COMMUNITIES.map((c) => [
      `${c.name}物资点`,
      "物资发放点",
      "雁塔区",
      c.name,
      c.compounds[0],
      "1",
      c.lat,
      c.lon,
      "GCJ-02",
    ]),
    ["雁塔区应急物资仓库", "物资仓库", "雁塔区", "", "", "", 34.1843, 108.9122, "GCJ-02"],
  ]),
);

const SURNAMES = [..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾"];
const GIVEN = [
  "伟",
  "芳",
  "秀英",
  "桂兰",
  "建国",
  "志强",
  "丽娟",
  "淑珍",
  "玉兰",
  "国华",
  "德明",
  "红梅",
  "海燕",
  "小雨",
  "子涵",
];
const phone = () =>
  `1${pick(["39", "38", "59", "86", "33"])}${String(int(0, 99_999_999)).padStart(8, "0")}`;
const VULN = [
  "独居老人",
  "高龄老人（80岁以上）",
  "慢性病患者",
  "透析患者",
  "孕产妇",
  "婴幼儿",
  "残疾人",
];

function needRows(community: (typeof COMMUNITIES)[number], n: number): (string | number)[][] {
  const rows: (string | number)[][] = [];
  for (let i = 0; i < n; i++) {
    const [name, , , , , asks, kind] = pick(ITEMS);
    const [q, unit] = pick(asks).split("|");
    const urgency =
      kind === "药品"
        ? pick(["紧急", "紧急", "较急", "一般"])
        : pick(["紧急", "较急", "一般", "一般", "一般", "不急"]);
    const vul = rand() < 0.35 ? [pick(VULN), ...(rand() < 0.3 ? [pick(VULN)] : [])] : [];
    const waited = int(1, 50);
    const reported = new Date(
      Date.parse("2022-01-05T08:00:00+08:00") - waited * 3_600_000 + 8 * 3_600_000,
    );
    const due = urgency === "紧急" ? int(10, 16) : urgency === "较急" ? int(14, 20) : 0;
    rows.push([
      `${pick(SURNAMES)}${pick(GIVEN)}`,
      phone(),
      kind,
      name,
      Number(q),
      unit!,
      urgency,
      [...new Set(vul)].join("、"),
      reported.toISOString().slice(0, 16).replace("T", " "),
      due ? at(5, due) : "",
      community.name,
      pick(community.compounds),
      `${int(1, 18)}号楼`,
      String(int(1, 4)),
      `${int(1, 26)}0${int(1, 4)}`,
      "待处理",
    ]);
  }
  return rows;
}
const NEED_HEADER = [
  "求助人",
  "联系电话",
  "需求类别",
  "物资名称",
  "数量",
  "单位",
  "紧急程度",
  "特殊人群",
  "求助时间",
  "需要时间",
  "社区",
  "小区",
  "楼栋",
  "单元",
  "房号",
  "处理状态",
];
writeFileSync(
  `${out}丈八社区需求登记.xlsx`,
  writeXlsx([
    {
      name: "需求登记",
      rows: [
        ["丈八社区居民求助需求登记表（2022年1月5日）"],
        NEED_HEADER,
        ...needRows(COMMUNITIES[0], 34),
      ],
      merges: ["A1:P1"],
    },
  ]),
);
writeFileSync(
  `${out}小寨电子城社区需求汇总.csv`,
  writeCsv([NEED_HEADER, ...needRows(COMMUNITIES[1], 26), ...needRows(COMMUNITIES[2], 22)], {
    encoding: "gb18030",
  }),
);

// Stock: donations and purchases in at the supply points and the warehouse; yesterday's hand-outs.
const depots = [...COMMUNITIES.map((c) => `${c.name}物资点`), "雁塔区应急物资仓库"];
const stock: (string | number)[][] = [
  [
    "出入库类型",
    "物资名称",
    "数量",
    "单位",
    "调出方",
    "调入方",
    "捐赠方",
    "日期",
    "有效期至",
    "批次号",
  ],
];
let batch = 1;
for (const [name, , unit] of ITEMS) {
  for (let k = int(1, 3); k > 0; k--) {
    const depot = pick(depots);
    const q =
      unit === "袋"
        ? int(2, 6)
        : unit === "支"
          ? int(6, 24)
          : unit === "公斤"
            ? int(10, 30)
            : int(4, 16);
    const donated = rand() < 0.6;
    stock.push([
      donated ? "捐赠入库" : "采购入库",
      name,
      q,
      unit,
      "",
      depot,
      donated
        ? pick(["陕西某某食品有限公司", "爱心人士王先生", "西安某某医药连锁", "雁塔区慈善会"])
        : "",
      at(int(2, 4), int(8, 18)),
      name === "蔬菜包" ? "2022-01-07" : name === "鸡蛋" ? "2022-01-20" : "",
      `B${String(batch++).padStart(3, "0")}`,
    ]);
  }
}
stock.push(["发放出库", "大米", 1, "袋", "丈八社区物资点", "", "", at(4, 16), "", ""]);
stock.push(["发放出库", "饮用水", 2, "箱", "雁塔区应急物资仓库", "", "", at(4, 17), "", ""]);
writeFileSync(`${out}库存台账.xlsx`, writeXlsx([{ name: "出入库", rows: stock }]));

writeFileSync(
  `${out}认捐登记.csv`,
  writeCsv([
    [
      "认捐方",
      "联系电话",
      "物资名称",
      "物资类别",
      "数量",
      "单位",
      "可提供时间",
      "交付地点",
      "状态",
    ],
    [
      "西安某某超市",
      "02988886666",
      "蔬菜包",
      "蔬菜肉蛋",
      30,
      "份",
      at(5, 13),
      "雁塔区应急物资仓库",
      "已确认",
    ],
    [
      "某某商会",
      "02987654321",
      "饮用水",
      "饮用水",
      20,
      "箱",
      at(6, 9),
      "雁塔区应急物资仓库",
      "已认捐",
    ],
  ]),
);

// Volunteers: four per community; half may enter only their own compounds.
const VOLUNTEER_NAMES = [
  "李晓东",
  "王小红",
  "张志刚",
  "刘丽萍",
  "陈海涛",
  "杨俊杰",
  "黄文静",
  "赵建军",
  "吴雨轩",
  "周子涵",
  "徐浩然",
  "孙梦琪",
];
const volunteers: (string | number)[][] = [
  ["姓名", "联系电话", "技能特长", "每班可送户数", "可进入区域", "状态"],
];
const roster = new Map<string, string[]>();
COMMUNITIES.forEach((c, ci) => {
  for (let k = 0; k < 4; k++) {
    const name = VOLUNTEER_NAMES[ci * 4 + k]!;
    const skills = [
      "物资配送",
      ...(rand() < 0.4 ? ["搬运"] : []),
      ...(rand() < 0.25 ? ["驾驶"] : []),
    ];
    volunteers.push([
      name,
      phone(),
      skills.join("、"),
      int(5, 9),
      k % 2 ? c.compounds.join("、") : "",
      "在岗",
    ]);
    roster.set(c.name, [...(roster.get(c.name) ?? []), name]);
  }
});
writeFileSync(`${out}志愿者名册.xlsx`, writeXlsx([{ name: "志愿者", rows: volunteers }]));

const shifts: (string | number)[][] = [["值守地点", "开始时间", "结束时间", "岗位", "值班人员"]];
COMMUNITIES.forEach((c, ci) => {
  const names = roster.get(c.name)!;
  shifts.push([`${c.name}物资点`, at(5, 9), at(5, 12), "物资配送", names.slice(0, 2).join("、")]);
  shifts.push([`${c.name}物资点`, at(5, 14), at(5, 17, 30), "物资配送", names.slice(2).join("、")]);
  // Booked by mistake on a neighbour's morning shift too.
  if (ci === 0)
    shifts.push([`${COMMUNITIES[1].name}物资点`, at(5, 10), at(5, 12), "物资配送", names[0]!]);
});
writeFileSync(`${out}配送排班.csv`, writeCsv(shifts));
