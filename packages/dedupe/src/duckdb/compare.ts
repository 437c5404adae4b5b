import { levelFn } from "../engine/compare.js";
import type { EncodedField } from "../engine/encode.js";
import type { FieldThread } from "./frequency-threads.js";
import type { ColumnValues, Session } from "./session.js";
import { sharedInt8, sharedInt32 } from "./shared.js";

/** Pairs whose levels are computed and appended to `cmp` at a time. */
const BATCH = 65_536;

/**
 * Compare every candidate pair here when every field is compared in TypeScript: the pairs
 * (`a`, `b`, `rules`) are read out of `pairs` once, each field's level comes from the key ids
 * the records already have here (the in-memory engine's level functions, each key's features
 * computed once), and `cmp` is appended batch by batch with the columns `KeyedSql.compare`
 * gives. No pair table joined with the records, no level table per field written and joined
 * back: those joins cost more than the comparisons. With `thread`, the fields with term
 * frequencies it holds are compared there (the pairs shared, not copied) while this thread compares the others.
 */
export async function compareHere(
  session: Session,
  fields: readonly EncodedField[],
  hashes: Float64Array,
  termFrequency: readonly boolean[],
  count: number,
  progress?: (done: number) => void,
  thread?: FieldThread,
): Promise<void> {
  const n = hashes.length;
  const F = fields.length;
  // The thread compares the fields it computed term frequencies for (names, phones, birth
  // dates); the others it holds only for their block keys (citizen IDs, addresses) are
  // compared here meanwhile: with all five there, this thread waited 8 s of 10 at 1.2 million.
  const away = fields.map((_, f) => thread?.has(f) === true && termFrequency[f] === true);
  const shared = away.includes(true);
  // Shared: the thread reads them without a copy, and V8 counts no external memory for them.
  const as = sharedInt32(count);
  const bs = sharedInt32(count);
  const rules = sharedInt32(count);
  let at = 0;
  // In record order, as the in-memory engine compares them: each record's keys and features
  // are read for its pairs together (DuckDB sorts on its own threads). In hash order, the
  // comparisons at 1.2 million records took about a third longer.
  await session.numbers("SELECT a, b, rules FROM pairs ORDER BY a, b", (cols, rows) => {
    if (at + rows > count) throw new Error(`pairs: more than the ${count} counted`);
    as.set(cols[0]!.subarray(0, rows), at);
    bs.set(cols[1]!.subarray(0, rows), at);
    rules.set(cols[2]!.subarray(0, rows), at);
    at += rows;
  });
  if (at !== count) throw new Error(`pairs: ${at} read, ${count} counted`);
  await session.drop(["pairs"]);

  const fns = fields.map((f) => levelFn(f, n));
  const codes = fields.map((f) => f.codes);
  // Every pair's levels at once where the thread takes fields: those asked of it first, then
  // the others computed here meanwhile (a field the thread fails is computed here after).
  const whole: (Int8Array | undefined)[] = fields.map(() => undefined);
  if (shared) {
    const asked = fields.map((_, f) => (away[f] ? thread!.levels(f, as, bs) : undefined));
    const all = (f: number, report: boolean) => {
      const level = fns[f]!;
      const l: Int8Array = sharedInt8(count);
      for (let from = 0; from < count; from += BATCH) {
        const to = Math.min(count, from + BATCH);
        for (let k = from; k < to; k++) l[k] = level(as[k]!, bs[k]!);
        if (report) progress?.(to);
      }
      return l;
    };
    const last = away.lastIndexOf(false);
    for (let f = 0; f < F; f++) if (!away[f]) whole[f] = all(f, f === last);
    for (let f = 0; f < F; f++) if (away[f]) whole[f] = (await asked[f]) ?? all(f, false);
  }

  const types: [string, ColumnValues["type"]][] = [
    ["a", "integer"],
    ["b", "integer"],
    ["rules", "integer"],
    ["h1", "double"],
    ["h2", "double"],
  ];
  for (let f = 0; f < F; f++) {
    types.push([`l${f}`, "tinyint"]);
    if (termFrequency[f]) types.push([`ca${f}`, "integer"], [`cb${f}`, "integer"]);
  }
  const out = await session.writer("cmp", types);
  const size = Math.min(BATCH, count);
  const h1 = new Float64Array(size);
  const h2 = new Float64Array(size);
  const ls = fields.map((_, f) => (whole[f] ? undefined : new Int8Array(size)));
  const ca = fields.map((_, f) => (termFrequency[f] ? new Int32Array(size) : undefined));
  const cb = fields.map((_, f) => (termFrequency[f] ? new Int32Array(size) : undefined));
  for (let from = 0; from < count; from += BATCH) {
    const rows = Math.min(BATCH, count - from);
    for (let k = 0; k < rows; k++) {
      const a = as[from + k]!;
      const b = bs[from + k]!;
      const ha = hashes[a]!;
      const hb = hashes[b]!;
      h1[k] = Math.min(ha, hb);
      h2[k] = Math.max(ha, hb);
    }
    for (let f = 0; f < F; f++) {
      const l = ls[f];
      if (l) {
        const level = fns[f]!;
        for (let k = 0; k < rows; k++) l[k] = level(as[from + k]!, bs[from + k]!);
      }
      const c = codes[f]!;
      const xa = ca[f];
      const xb = cb[f];
      if (xa && xb) {
        for (let k = 0; k < rows; k++) {
          xa[k] = c[as[from + k]!]!;
          xb[k] = c[bs[from + k]!]!;
        }
      }
    }
    const cut = <T extends Int8Array | Int32Array | Float64Array>(x: T) =>
      rows === size ? x : (x.subarray(0, rows) as T);
    const values: ColumnValues[] = [
      { type: "integer", values: as.subarray(from, from + rows) },
      { type: "integer", values: bs.subarray(from, from + rows) },
      { type: "integer", values: rules.subarray(from, from + rows) },
      { type: "double", values: cut(h1) },
      { type: "double", values: cut(h2) },
    ];
    for (let f = 0; f < F; f++) {
      const l = whole[f]?.subarray(from, from + rows) ?? cut(ls[f]!);
      values.push({ type: "tinyint", values: l });
      if (termFrequency[f]) {
        values.push({ type: "integer", values: cut(ca[f]!) });
        values.push({ type: "integer", values: cut(cb[f]!) });
      }
    }
    out.append(values, rows);
    if (!shared) progress?.(from + rows);
  }
  out.close();
}
