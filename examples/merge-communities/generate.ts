// Writes the three example registers of fictional Xi'an communities into ./data, each in the
// shape it would really arrive in:
//   丈八社区居民登记.csv     — GB18030 CSV saved by Excel on Chinese Windows (CRLF, no BOM)
//   小寨社区重点人群台账.xlsx — a workbook with a title row above the header, address in parts
//   曲江池社区登记问卷.xlsx   — a 问卷星 (wjx.cn) export: submission columns, numbered questions
// Everyone is invented; ID numbers have valid check characters but belong to no one.
// Run: npx tsx examples/merge-communities/generate.ts

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeCsv, writeXlsx } from "@linli/adapters";
import { citizenIdCheckChar } from "@linli/core";
import { seeded } from "../seeded.js";

const out = fileURLToPath(new URL("./data/", import.meta.url));

const { rand, pick, int } = seeded(20220105);
const pad = (n: number, w = 2) => String(n).padStart(w, "0");

const SURNAMES = [
  ..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史",
];
const GIVEN = [
  ..."伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞建国志梅林波宇浩然涵欣怡轩诺文博雪琳晨嘉",
];

interface Person {
  name: string;
  gender: "男" | "女";
  birth: [number, number, number];
  id?: string;
  phone: string;
  compound: string;
  building: number;
  unit: number;
  room: string;
  kind: string;
  needs: string[];
  note?: string;
}

function citizenId(region: string, [y, m, d]: [number, number, number], male: boolean): string {
  const seq = int(10, 99) * 10 + (male ? 2 * int(0, 4) + 1 : 2 * int(0, 4));
  const body = `${region}${y}${pad(m)}${pad(d)}${pad(seq, 3)}`;
  return body + citizenIdCheckChar(body);
}

function person(compounds: readonly string[], region: string): Person {
  const gender = rand() < 0.5 ? "男" : "女";
  const birth: [number, number, number] = [int(1932, 2018), int(1, 12), int(1, 28)];
  const old = birth[0] < 1955;
  return {
    name: pick(SURNAMES) + pick(GIVEN) + (rand() < 0.6 ? pick(GIVEN) : ""),
    gender,
    birth,
    ...(rand() < 0.9 ? { id: citizenId(region, birth, gender === "男") } : {}),
    phone: `1${pick(["38", "39", "59", "87", "36", "77", "89", "33"])}${pad(int(0, 99_999_999), 8)}`,
    compound: pick(compounds),
    building: int(1, 18),
    unit: int(1, 4),
    room: `${int(1, 26)}${pad(int(1, 4))}`,
    kind: pick(["户籍", "户籍", "户籍", "常住", "流动人口"]),
    needs: old
      ? [pick(["独居老人", "慢性病患者", "高龄老人（80岁以上）"])]
      : rand() < 0.1
        ? ["孕产妇"]
        : [],
  };
}

const ZHANGBA = ["绿地世纪城", "枫林绿洲", "紫薇尚层"];
const XIAOZHAI = ["兴善寺东街小区", "长安中路12号院", "翠华路家属院"];
const QUJIANG = ["曲江池小区", "芙蓉新天地", "曲江春晓苑"];

// People who appear in more than one register, and families whose members must stay apart.
const wang: Person = {
  name: "王建国",
  gender: "男",
  birth: [1956, 4, 12],
  id: citizenId("610113", [1956, 4, 12], true),
  phone: "13991234567",
  compound: "绿地世纪城",
  building: 3,
  unit: 2,
  room: "301",
  kind: "户籍",
  needs: ["慢性病患者"],
  note: "高血压，每月需要取药",
};
const wangSon: Person = {
  ...wang,
  name: "王小明",
  birth: [1986, 9, 30],
  id: citizenId("610113", [1986, 9, 30], true),
  needs: [],
  note: "",
};
const zhang: Person = {
  name: "张静",
  gender: "女",
  birth: [1985, 3, 2],
  id: citizenId("610113", [1985, 3, 2], false),
  phone: "13800138000",
  compound: "枫林绿洲",
  building: 7,
  unit: 1,
  room: "1202",
  kind: "户籍",
  needs: ["孕产妇"],
};
const li: Person = {
  name: "李秀英",
  gender: "女",
  birth: [1941, 11, 3],
  id: citizenId("610103", [1941, 11, 3], false),
  phone: "02985261234",
  compound: "兴善寺东街小区",
  building: 5,
  unit: 3,
  room: "102",
  kind: "户籍",
  needs: ["独居老人", "慢性病患者"],
  note: "行动不便，需上门送药",
};
const twinA: Person = {
  name: "刘佳",
  gender: "女",
  birth: [2001, 7, 19],
  id: citizenId("610113", [2001, 7, 19], false),
  phone: "15991887766",
  compound: "紫薇尚层",
  building: 11,
  unit: 2,
  room: "602",
  kind: "户籍",
  needs: [],
};
const twinB: Person = { ...twinA, name: "刘倩", id: citizenId("610113", [2001, 7, 19], false) };
const zhao: Person = {
  name: "赵敏",
  gender: "女",
  birth: [1972, 8, 15],
  id: citizenId("610103", [1972, 8, 15], false),
  phone: "18709251122",
  compound: "长安中路12号院",
  building: 2,
  unit: 1,
  room: "401",
  kind: "常住",
  needs: [],
};
const ma: Person = {
  name: "马丽",
  gender: "女",
  birth: [1979, 5, 6],
  id: citizenId("610104", [1979, 5, 6], false),
  phone: "13572016688",
  compound: "曲江池小区",
  building: 9,
  unit: 1,
  room: "1703",
  kind: "流动人口",
  needs: [],
};
const zhou: Person = {
  name: "周卫东",
  gender: "男",
  birth: [1950, 1, 28],
  id: citizenId("610104", [1950, 1, 28], true),
  phone: "13309183456",
  compound: "芙蓉新天地",
  building: 4,
  unit: 2,
  room: "201",
  kind: "户籍",
  needs: ["高龄老人（80岁以上）"],
};
const zhouWife: Person = {
  ...zhou,
  name: "吴桂兰",
  gender: "女",
  birth: [1952, 6, 9],
  id: citizenId("610104", [1952, 6, 9], false),
  needs: ["独居老人"],
};
const chen: Person = {
  name: "陈志强",
  gender: "男",
  birth: [1968, 12, 1],
  id: citizenId("610113", [1968, 12, 1], true),
  phone: "18691234001",
  compound: "紫薇尚层",
  building: 6,
  unit: 1,
  room: "1101",
  kind: "户籍",
  needs: [],
};

const TRAD: Record<string, string> = {
  国: "國",
  静: "靜",
  张: "張",
  陈: "陳",
  强: "強",
  丽: "麗",
  马: "馬",
};
const traditional = (s: string) => [...s].map((c) => TRAD[c] ?? c).join("");
const slash = ([y, m, d]: [number, number, number]) => `${y}/${m}/${d}`;
const iso = ([y, m, d]: [number, number, number]) => `${y}-${pad(m)}-${pad(d)}`;

mkdirSync(out, { recursive: true });

// 丈八社区: the committee's register, typed in Excel, saved as CSV on Chinese Windows.
{
  const people = [
    wang,
    wangSon,
    zhang,
    twinA,
    twinB,
    chen,
    ...Array.from({ length: 48 }, () => person(ZHANGBA, "610113")),
  ];
  const rows: string[][] = [
    [
      "序号",
      "姓名",
      "性别",
      "出生日期",
      "身份证号码",
      "联系电话",
      "现住址",
      "人员类型",
      "特殊人群",
      "备注",
    ],
  ];
  people.forEach((p, i) => {
    rows.push([
      String(i + 1),
      p.name,
      p.gender,
      slash(p.birth),
      p.id ?? "",
      p.phone,
      `${p.compound}${p.building}号楼${p.unit}单元${p.room}`,
      p.kind,
      p.needs.join("、"),
      p.note ?? "",
    ]);
  });
  // What goes wrong in real registers: an ID Excel turned into a number, a row without a name.
  const broken = person(ZHANGBA, "610113");
  rows.push([
    String(rows.length),
    broken.name,
    broken.gender,
    slash(broken.birth),
    "6.10113E+17",
    broken.phone,
    `${broken.compound}1号楼1单元101`,
    "户籍",
    "",
    "",
  ]);
  rows.push([
    String(rows.length),
    "",
    "男",
    "1990/2/3",
    "",
    "13609876543",
    "枫林绿洲2号楼1单元502",
    "流动人口",
    "",
    "姓名待补",
  ]);
  rows.push(["", "", "", "", "", "", "", "", "", ""]);
  rows.push(["合计", `${rows.length - 2}人`, "", "", "", "", "", "", "", ""]);
  writeFileSync(
    join(out, "丈八社区居民登记.csv"),
    writeCsv(rows, { encoding: "gb18030", bom: false }),
  );
}

// 小寨社区: a ledger of people needing attention, with a title row and the address in parts.
{
  const ledger = [
    li,
    zhao,
    {
      ...zhao,
      id: `${zhao.id!.slice(0, 17)}${zhao.id!.endsWith("1") ? "2" : "1"}`,
      phone: "187-0925-1122",
    },
    ma,
    { ...wang, compound: "长安中路12号院", building: 8, unit: 1, room: "503" },
    ...Array.from({ length: 40 }, () => person(XIAOZHAI, "610103")),
  ];
  const header = [
    "姓名",
    "性别",
    "出生年月",
    "证件号码",
    "手机号码",
    "小区",
    "楼栋",
    "单元",
    "门牌号",
    "人员性质",
    "困难类型",
    "登记人",
    "更新时间",
  ];
  const rows: (string | number)[][] = [["小寨社区重点人群登记台账（2022年1月）"], header];
  ledger.forEach((p, i) => {
    const isWang = p.name === wang.name;
    rows.push([
      isWang ? traditional(p.name) : p.name,
      p.gender,
      iso(p.birth),
      isWang ? "" : (p.id ?? ""), // registered at his daughter's home, without his ID card
      isWang ? "139-9123-4567" : p.phone,
      p.compound,
      `${p.building}号楼`,
      `${p.unit}单元`,
      p.room,
      p.kind,
      p.needs.join("、"),
      pick(["网格员小杨", "志愿者老郑", "社区干部周"]),
      `2022-01-${pad(3 + (i % 20))} ${pad(8 + (i % 10))}:30`,
    ]);
  });
  const bad = person(XIAOZHAI, "610103");
  rows.push([
    bad.name,
    bad.gender,
    "1972-02-30",
    bad.id ?? "",
    bad.phone,
    bad.compound,
    "3号楼",
    "2单元",
    "301",
    "户籍",
    "",
    "网格员小杨",
    "2022-01-09 10:12",
  ]);
  writeFileSync(join(out, "小寨社区重点人群台账.xlsx"), writeXlsx([{ name: "重点人群", rows }]));
}

// 曲江池社区: residents registered themselves through a 问卷星 survey.
{
  const answers = [
    { ...zhang, name: traditional(zhang.name), phone: "138 0013 8000", needs: [] },
    { ...wang, phone: "+86 139 9123 4567" },
    { ...ma, birth: [1979, 6, 5] as [number, number, number], id: undefined },
    { ...twinA },
    zhou,
    zhouWife,
    { ...chen, name: traditional(chen.name) },
    ...Array.from({ length: 44 }, () => person(QUJIANG, "610104")),
  ];
  const header = [
    "序号",
    "提交答卷时间",
    "所用时间",
    "来源",
    "来源详情",
    "来自IP",
    "1、您的姓名：",
    "2、您的性别：",
    "3、出生日期：",
    "4、身份证号：",
    "5、手机号码：",
    "6、居住地址（小区+楼栋单元门牌号）：",
    "7、特殊人群（可多选）：",
    "8、其他情况（需要社区帮助的事）：",
  ];
  const rows: (string | number)[][] = [header];
  answers.forEach((p, i) => {
    rows.push([
      i + 1,
      `2022/1/${6 + (i % 9)} ${pad(9 + (i % 12))}:${pad((i * 7) % 60)}:${pad((i * 13) % 60)}`,
      `${40 + ((i * 37) % 300)}秒`,
      pick(["微信", "手机提交", "链接"]),
      "直接访问",
      `113.200.${int(1, 254)}.${int(1, 254)}(陕西-西安)`,
      p.name,
      p.gender,
      `${p.birth[0]}年${p.birth[1]}月${p.birth[2]}日`,
      p.id ?? "(跳过)",
      p.phone,
      `${p.compound}${p.building}号楼${p.unit}单元${p.room}`,
      p.needs.length > 0 ? p.needs.join("┋") : "(跳过)",
      p.note || "(跳过)",
    ]);
  });
  const bad = person(QUJIANG, "610104");
  rows.push([
    rows.length,
    "2022/1/14 21:05:44",
    "25秒",
    "微信",
    "直接访问",
    "113.200.9.17(陕西-西安)",
    bad.name,
    bad.gender,
    "1990年1月1日",
    "610113",
    bad.phone,
    "曲江池小区",
    "(跳过)",
    "(跳过)",
  ]);
  writeFileSync(join(out, "曲江池社区登记问卷.xlsx"), writeXlsx([{ name: "Sheet1", rows }]));
}

console.log(`Wrote the example registers to ${out}`);
