// Writes 8 community registers with 1.2M rows in total into bench/data/merge/ (git-ignored),
// from the seeded synthetic residents of @linli/dedupe/benchmark: the same people registered
// in several communities with realistic noise (homophones, traditional characters, ID typos,
// 15-digit IDs, phone and date formats, address variants), families and twins. The files come
// in the shapes communities send: GB18030 CSV from Excel, UTF-8 CSV, XLSX with a title row and
// the address in parts, and a 问卷星 export.
// Beside them, the truth of every row (its person, household, hard-negative groups and
// noise), so that a merge can be scored; `district` takes the generator's district scenario.

import { once } from "node:events";
import { createWriteStream, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { type CsvCell, encodeText, formatCsv, writeXlsx, type XlsxCell } from "@linli/adapters";
import {
  NOISE_KINDS,
  type SyntheticData,
  type SyntheticResident,
  synthesizeResidents,
} from "@linli/dedupe/benchmark";

export const DIR = new URL("../data/merge/", import.meta.url).pathname;

export type Shape = "csv-gb18030" | "csv-utf8" | "xlsx-title" | "wjx";
const SHAPES: readonly Shape[] = [
  "csv-gb18030",
  "csv-gb18030",
  "csv-gb18030",
  "csv-utf8",
  "csv-utf8",
  "xlsx-title",
  "xlsx-title",
  "wjx",
];
/** Rows above the first data row (header, and the title row of `xlsx-title`). */
export const ROWS_ABOVE: Record<Shape, number> = {
  "csv-gb18030": 1,
  "csv-utf8": 1,
  "xlsx-title": 2,
  wjx: 1,
};
const EXT: Record<Shape, string> = {
  "csv-gb18030": "csv",
  "csv-utf8": "csv",
  "xlsx-title": "xlsx",
  wjx: "xlsx",
};

const gender = (r: SyntheticResident) =>
  r.gender === "male" ? "男" : r.gender === "female" ? "女" : "";
const id = (r: SyntheticResident) => r.identifiers?.[0]?.value ?? "";
const phone = (r: SyntheticResident) => r.phones?.[0]?.number ?? "";
const line = (r: SyntheticResident) => {
  const a = r.address;
  if (!a) return "";
  if (a.line) return a.line;
  return `${a.compound ?? ""}${a.building ? `${a.building}号楼` : ""}${a.unit ? `${a.unit}单元` : ""}${a.room ?? ""}`;
};

async function writeCsvFile(
  path: string,
  rows: Iterable<CsvCell[]>,
  encoding: "utf-8" | "gb18030",
) {
  const out = createWriteStream(path);
  if (encoding === "utf-8") out.write(new Uint8Array([0xef, 0xbb, 0xbf]));
  let batch: CsvCell[][] = [];
  const flush = async () => {
    if (!out.write(encodeText(formatCsv(batch), encoding))) await once(out, "drain");
    batch = [];
  };
  for (const r of rows) {
    batch.push(r);
    if (batch.length === 5000) await flush();
  }
  await flush();
  out.end();
  await once(out, "finish");
}

function* csvRows(records: readonly SyntheticResident[]): Generator<CsvCell[]> {
  yield ["序号", "姓名", "性别", "出生日期", "身份证号", "联系电话", "住址"];
  let i = 0;
  for (const r of records)
    yield [++i, r.name, gender(r), r.birthDate ?? "", id(r), phone(r), line(r)];
}

function xlsxRows(records: readonly SyntheticResident[], k: number): XlsxCell[][] {
  const rows: XlsxCell[][] = [
    [`第${k}社区居民登记台账`],
    [
      "姓名",
      "性别",
      "出生年月",
      "证件号码",
      "手机号码",
      "小区",
      "楼栋",
      "单元",
      "门牌号",
      "详细地址",
    ],
  ];
  for (const r of records) {
    const a = r.address ?? {};
    rows.push([
      r.name,
      gender(r),
      r.birthDate ?? "",
      id(r),
      phone(r),
      a.compound ?? "",
      a.building ? `${a.building}号楼` : "",
      a.unit ? `${a.unit}单元` : "",
      a.room ?? "",
      a.line ?? "",
    ]);
  }
  return rows;
}

function wjxRows(records: readonly SyntheticResident[]): XlsxCell[][] {
  const rows: XlsxCell[][] = [
    [
      "序号",
      "提交答卷时间",
      "所用时间",
      "来源",
      "来源详情",
      "来自IP",
      "1、您的姓名：",
      "2、性别：",
      "3、出生日期：",
      "4、身份证号：",
      "5、手机号码：",
      "6、居住地址：",
    ],
  ];
  records.forEach((r, i) => {
    rows.push([
      i + 1,
      `2022/1/${1 + (i % 28)} ${8 + (i % 12)}:${String(i % 60).padStart(2, "0")}:00`,
      `${30 + (i % 300)}秒`,
      "微信",
      "直接访问",
      `113.200.${i % 250}.${(i * 7) % 250}(陕西-西安)`,
      r.name,
      gender(r) || "(跳过)",
      r.birthDate ?? "(跳过)",
      id(r) || "(跳过)",
      phone(r),
      line(r),
    ]);
  });
  return rows;
}

/**
 * Truth columns per row: entity, household, twin, namesake, common name, swapped name, same
 * name, same birth, noise bits.
 */
export const TRUTH_COLUMNS = 9;

/**
 * The truth of every generated row, file after file in row order: `TRUTH_COLUMNS` Int32 per
 * row (the noise kinds as bits in `NOISE_KINDS` order).
 */
function truthOf(data: SyntheticData, order: readonly number[]): Int32Array {
  const out = new Int32Array(order.length * TRUTH_COLUMNS);
  order.forEach((i, k) => {
    let bits = 0;
    for (const kind of data.noise[i]!) bits |= 1 << NOISE_KINDS.indexOf(kind);
    out.set(
      [
        data.entity[i]!,
        data.household[i]!,
        data.twin[i]!,
        data.namesake[i]!,
        data.commonName[i]!,
        data.swapped[i]!,
        data.sameName[i]!,
        data.sameBirth[i]!,
        bits,
      ],
      k * TRUTH_COLUMNS,
    );
  });
  return out;
}

/** The 8 files (written unless present), in order, their shapes and the truth file. */
export async function generate(
  total = 1_200_000,
  scenario: "classic" | "district" = "classic",
): Promise<{ paths: string[]; shapes: readonly Shape[]; truth: string }> {
  mkdirSync(DIR, { recursive: true });
  const stem = scenario === "classic" ? `${total}` : `${scenario}-${total}`;
  const paths = SHAPES.map((shape, i) => `${DIR}community-${i + 1}-${stem}.${EXT[shape]}`);
  const truth = `${DIR}truth-v3-${stem}.bin`;
  if ([...paths, truth, `${truth}.json`].every((p) => existsSync(p)))
    return { paths, shapes: SHAPES, truth };
  const t = performance.now();
  const data = synthesizeResidents({ records: total, seed: 11, sources: SHAPES.length, scenario });
  const { records } = data;
  const bySource = SHAPES.map(() => [] as SyntheticResident[]);
  const order = SHAPES.map(() => [] as number[]);
  records.forEach((r, i) => {
    const k = Number(r.meta.source.slice("community-".length)) - 1;
    bySource[k]!.push(r);
    order[k]!.push(i);
  });
  writeFileSync(truth, truthOf(data, order.flat()));
  writeFileSync(`${truth}.json`, JSON.stringify(order.map((o) => o.length)));
  for (const [i, shape] of SHAPES.entries()) {
    const list = bySource[i]!;
    if (shape === "csv-gb18030" || shape === "csv-utf8") {
      await writeCsvFile(paths[i]!, csvRows(list), shape === "csv-utf8" ? "utf-8" : "gb18030");
    } else {
      const rows = shape === "wjx" ? wjxRows(list) : xlsxRows(list, i + 1);
      writeFileSync(paths[i]!, writeXlsx([{ name: shape === "wjx" ? "Sheet1" : "登记", rows }]));
    }
    console.error(`wrote ${paths[i]} (${list.length} rows)`);
  }
  console.error(
    `generated ${records.length} rows in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
  return { paths, shapes: SHAPES, truth };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await generate(
    Number(process.argv[2] ?? 1_200_000),
    process.argv[3] === "district" ? "district" : "classic",
  );
}
