// Small files built to make an importer slow or wrong (see docs/reliability.md): each must be
// read in linear time with the right outcome. Used by the tests and by bench/adversarial.
import { writeXlsx } from "../xlsx/write.js";

const encoder = new TextEncoder();

/** A CSV whose header repeats one text `columns` times; every row is rejected (no name). */
export function duplicateHeaders(columns = 20_000, rows = 30): Uint8Array {
  const header = ["姓名", ...Array<string>(columns).fill("备注")].join(",");
  const row = ["", ...Array<string>(columns).fill("x")].join(",");
  return encoder.encode(`${header}\n${Array<string>(rows).fill(row).join("\n")}\n`);
}

/** A workbook of three columns and two rows, with one merged area from B2 to the last column (XFD62). */
export function mergedToLastColumn(): Uint8Array {
  return writeXlsx([
    {
      name: "居民",
      rows: [
        ["姓名", "手机号", "备注"],
        ["王伟", "13800138000", "独居"],
        ["李娜", "13912345678", ""],
      ],
      merges: ["B2:XFD62"],
    },
  ]);
}

/**
 * A CSV whose second row has one quoted cell of about `bytes` bytes of UTF-8 (Chinese text
 * with quotes and line breaks in it), then a good row.
 */
export function hugeQuotedCell(bytes = 50_000_000): Uint8Array {
  const piece = '长文本，含""引号""和\n换行。';
  const cell = piece.repeat(Math.ceil(bytes / encoder.encode(piece).length));
  return encoder.encode(`姓名,备注\n王伟,"${cell}"\n李娜,好\n`);
}

/** A CSV whose second row (or, with `header`, first row) has `columns` cells. */
export function wideRow(columns = 100_000, header = false): Uint8Array {
  const wide = Array.from({ length: columns }, (_, i) => `c${i}`).join(",");
  const head = header ? `姓名,手机号,${wide}` : "姓名,手机号";
  return encoder.encode(`${head}\n${header ? "王伟,13800138000" : wide}\n李娜,13912345678\n`);
}
