// Writes a register of N residents as CSV (UTF-8 with BOM, and GB18030) into bench/data/,
// deterministic (fixed seed), as a community would keep it: compound addresses, Chinese
// labels, multi-choice cells, some notes.

import { once } from "node:events";
import { createWriteStream, existsSync, mkdirSync } from "node:fs";
import { encodeText } from "@linli/adapters";
import { citizenIdCheckChar } from "@linli/core";

const SURNAMES = [
  ..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤",
];
const GIVEN = [
  ..."伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞建国志红梅林波宇浩然子涵欣怡梓轩一诺",
];
const COMPOUNDS = [
  "绿地世纪城",
  "曲江池小区",
  "丈八社区",
  "科技路27号院",
  "电子城小区",
  "高新花园",
  "枫林绿洲",
  "紫薇田园都市",
];
const DISTRICTS = ["610113", "610102", "610103", "610104", "610111", "610112", "610116"];
const TYPES = ["户籍", "流动人口", "常住人口", "户籍人口"];
const VULN = [
  "",
  "",
  "",
  "",
  "独居老人",
  "残疾人",
  "慢性病患者",
  "低保、特困人员",
  "独居老人、慢性病患者",
  "孕产妇",
];
const NOTES = ["", "", "", "行动不便", "需要每周送菜", "已电话联系，药品快用完了"];

/** A small deterministic generator (mulberry32). */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, w: number) => String(n).padStart(w, "0");

export function* residentLines(rows: number): Generator<string> {
  const r = rng(20_200_123);
  const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)]!;
  yield "序号,姓名,性别,身份证号,出生日期,联系电话,住址,人员类型,特殊人群,备注\r\n";
  for (let i = 1; i <= rows; i++) {
    const y = 1930 + Math.floor(r() * 90);
    const m = 1 + Math.floor(r() * 12);
    const d = 1 + Math.floor(r() * 28);
    const seq = Math.floor(r() * 1000);
    const male = seq % 2 === 1;
    const body = `${pick(DISTRICTS)}${y}${pad(m, 2)}${pad(d, 2)}${pad(seq, 3)}`;
    const id = body + citizenIdCheckChar(body);
    const name = pick(SURNAMES) + pick(GIVEN) + (r() < 0.5 ? pick(GIVEN) : "");
    const phone = `1${3 + Math.floor(r() * 6)}${pad(Math.floor(r() * 1e9), 9)}`;
    const floor = 1 + Math.floor(r() * 30);
    const address = `${pick(COMPOUNDS)}${1 + Math.floor(r() * 30)}号楼${1 + Math.floor(r() * 6)}单元${floor}${pad(1 + Math.floor(r() * 4), 2)}`;
    const birth = `${y}-${pad(m, 2)}-${pad(d, 2)}`;
    yield `${i},${name},${male ? "男" : "女"},${id},${birth},${phone},${address},${pick(TYPES)},${pick(VULN)},${pick(NOTES)}\r\n`;
  }
}

/** Write the register in both encodings unless present; returns their paths. */
export async function generate(rows: number, dir: URL): Promise<{ utf8: string; gb18030: string }> {
  mkdirSync(dir, { recursive: true });
  const utf8 = new URL(`residents-${rows}.utf8.csv`, dir).pathname;
  const gb18030 = new URL(`residents-${rows}.gb18030.csv`, dir).pathname;
  for (const [path, encoding] of [
    [utf8, "utf-8"],
    [gb18030, "gb18030"],
  ] as const) {
    if (existsSync(path)) continue;
    const out = createWriteStream(path);
    if (encoding === "utf-8") out.write(new Uint8Array([0xef, 0xbb, 0xbf]));
    let batch = "";
    for (const line of residentLines(rows)) {
      batch += line;
      if (batch.length > 1 << 20) {
        if (!out.write(encodeText(batch, encoding))) await once(out, "drain");
        batch = "";
      }
    }
    out.write(encodeText(batch, encoding));
    out.end();
    await once(out, "finish");
  }
  return { utf8, gb18030 };
}
