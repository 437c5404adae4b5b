import { expectText } from "@linli/core";
/** One FEBRL record: the columns as strings, plus the entity number from `rec_id`. */
export interface FebrlRecord {
  readonly rec_id: string;
  readonly entity: number;
  readonly [column: string]: string | number;
}

const REC_ID = /^rec-(\d+)-(?:org|dup-\d+)$/;

/**
 * Parse a FEBRL CSV file (`", "` separators, no quotes, CRLF or LF, missing values empty,
 * every value kept as text so leading zeros survive). The true entity of each record is the
 * number in its `rec_id` (`rec-123-org`, `rec-123-dup-0` → 123).
 *
 * @example
 * ```ts
 * import { parseFebrl } from "@linli/dedupe/benchmark";
 * const rows = parseFebrl("rec_id, given_name, surname\nrec-7-org, james, waller\n");
 * rows[0]; // { rec_id: "rec-7-org", given_name: "james", surname: "waller", entity: 7 }
 * ```
 */
export function parseFebrl(text: string): FebrlRecord[] {
  expectText("parseFebrl", "text", text);
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  const header = lines[0]!.split(",").map((h) => h.trim());
  return lines.slice(1).map((line) => {
    const cells = line.split(",").map((c) => c.trim());
    const row: Record<string, string | number> = {};
    header.forEach((h, i) => {
      row[h] = cells[i] ?? "";
    });
    const m = REC_ID.exec(String(row.rec_id));
    if (!m) throw new RangeError(`FEBRL: unexpected rec_id "${row.rec_id}"`);
    row.entity = Number(m[1]);
    return row as FebrlRecord;
  });
}
