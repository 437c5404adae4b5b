import { type BlockKeys, newScratch, RecordKeys, ruleKeys } from "../engine/block.js";
import { transformAt } from "../engine/derive.js";
import { recordHasher } from "../engine/edges.js";
import { type EncodedField, FieldEncoder, featuresOf, PART } from "../engine/encode.js";
import { resolveComparator } from "../engine/resolve.js";
import type { DedupeOptions } from "../options.js";
import { transformName } from "../profiles/keys.js";
import type { CompiledPlan } from "../sql/plan.js";
import type { BlockingRule, Profile } from "../types.js";
import type { Derivation, FieldThread } from "./frequency-threads.js";
import { ParallelEncoding } from "./parallel.js";
import { WideBuffers, wideRuleKeys } from "./rule-keys.js";
import type { ColumnValues, Session } from "./session.js";
import { sharedFloat64, sharedInt32 } from "./shared.js";

/** Records at once, or in chunks from a stream (a city's register read file by file). */
export type RecordSource = readonly unknown[] | AsyncIterable<readonly unknown[]>;

/** What normalisation leaves in TypeScript: the encoded fields and the key-rule block keys. */
export interface Normalized {
  readonly n: number;
  readonly fields: EncodedField[];
  /** Emptied once the block keys are written. */
  readonly keyed: Map<string, BlockKeys>;
}

/** Records normalised at a time (a stream's chunks are taken as they come). */
const CHUNK = 65_536;

/**
 * Threads to normalise on: `options.duckdb.normalizeThreads`, none by default (reading the raw
 * values stays on this thread and is most of the stage, so they have not paid yet).
 */
function threadsFor(options: DedupeOptions): number {
  return Math.max(0, Math.floor(options.duckdb?.normalizeThreads ?? 0));
}

/**
 * Normalise every record in TypeScript, chunk by chunk: the same encoders as the in-memory
 * engine, so key ids, and everything computed from them, are the same. The comparators'
 * `normalize` runs on worker threads (see {@link ParallelEncoding}) while this thread reads
 * the next chunk. `chunked` sees each field's distinct keys so far after each chunk (after a
 * turn of the event loop, so that a thread starting meanwhile can be seen to be up).
 */
export async function normalize(
  source: RecordSource,
  profile: Profile,
  options: DedupeOptions,
  progress: (done: number) => void,
  chunked?: (keys: readonly (readonly string[])[]) => void,
): Promise<Normalized> {
  const expected = Array.isArray(source) ? source.length : 1024;
  const encoders = profile.fields.map(
    (spec) =>
      new FieldEncoder(spec, resolveComparator(spec.comparator, options.comparators), expected),
  );
  const keyRules = profile.blocking.filter((r) => r.key);
  const recordKeys = keyRules.map((r) => new RecordKeys(r.key!));
  let n = 0;
  const done = (chunk: readonly unknown[]) => {
    for (const k of recordKeys) k.addRecords(chunk);
    n += chunk.length;
    progress(n);
  };
  const count = threadsFor(options);
  const parallel =
    count > 0 ? await ParallelEncoding.start(profile.fields, encoders, count, done) : undefined;
  const encode = parallel
    ? (chunk: readonly unknown[]) => parallel.add(chunk)
    : (chunk: readonly unknown[]) => {
        for (const e of encoders) e.add(chunk);
        done(chunk);
      };
  const add = !chunked
    ? encode
    : async (chunk: readonly unknown[]) => {
        await encode(chunk);
        await new Promise((resolve) => setImmediate(resolve));
        chunked(encoders.map((e) => e.distinct));
      };
  try {
    if (Array.isArray(source)) {
      const list = source as readonly unknown[];
      for (let i = 0; i < list.length; i += CHUNK) await add(list.slice(i, i + CHUNK));
    } else {
      for await (const chunk of source as AsyncIterable<readonly unknown[]>) await add(chunk);
    }
    await parallel?.finish();
  } finally {
    parallel?.close();
  }
  return {
    n,
    fields: encoders.map((e) => e.finish()),
    keyed: new Map(keyRules.map((r, i) => [r.name, recordKeys[i]!.finish()])),
  };
}

/**
 * Write the records' key ids, groups and content hashes (returned): table `rec`. `keyHashes`:
 * fields' key hashes computed elsewhere (see `recordHasher`).
 */
export async function writeRecords(
  session: Session,
  data: Normalized,
  group: Int32Array | undefined,
  keyHashes: readonly (Float64Array | undefined)[] = [],
): Promise<Float64Array> {
  const { n, fields } = data;
  const hash = recordHasher(fields, keyHashes);
  const h = sharedFloat64(n);
  for (let r = 0; r < n; r++) h[r] = hash(r);
  const rid = sharedInt32(n);
  for (let r = 0; r < n; r++) rid[r] = r;
  const columns: [string, ColumnValues][] = [
    ["rid", { type: "integer", values: rid }],
    ["grp", { type: "integer", values: group ?? sharedInt32(n) }],
    ["h", { type: "double", values: h }],
    ...fields.map((f, i): [string, ColumnValues] => [
      `c_f${i}`,
      { type: "integer", values: f.codes },
    ]),
  ];
  await session.write("rec", columns, n);
  return h;
}

/** Keys whose compared columns are computed and written at a time. */
const KEY_BATCH = 65_536;

/** Fields with at most this many keys keep each key's features for the later stages. */
const CACHED_KEYS = 4_000_000;

/**
 * Whether a field's key features go through its cache: they are needed again by block-key
 * transforms, the undecided comparisons and term frequencies (which cache every key anyway).
 * Above a city's worth of keys, and with no term frequencies, they are computed and dropped.
 */
export function cachesFeatures(field: EncodedField): boolean {
  return field.spec.termFrequency === true || field.keys.length <= CACHED_KEYS;
}

/**
 * Write the compared columns of each key of the fields with SQL: `key_f*`, one row per value
 * (a key with several phones has a row for each), computed once per distinct key and written
 * batch by batch, so that a city's millions of keys are never all held as columns.
 */
export async function writeKeys(
  session: Session,
  compiled: CompiledPlan,
  data: Normalized,
  inSql: readonly boolean[],
): Promise<void> {
  for (const [i, f] of compiled.plan.fields.entries()) {
    const cmp = compiled.comparators[i]!;
    if (!cmp.sql || !f.columns || !inSql[i]) continue;
    const columns = f.columns;
    const field = data.fields[i]!;
    const out = await session.writer(`key_${f.column}`, [
      ["code", "integer"],
      ["parts", "integer"],
      ["key", "text"],
      ...columns.map((c): [string, ColumnValues["type"]] => [c.name, c.type]),
    ]);
    let code: number[] = [];
    let parts: number[] = [];
    let key: string[] = [];
    let cols: (string | number | null)[][] = columns.map(() => []);
    const flush = () => {
      out.append(
        [
          { type: "integer", values: Int32Array.from(code) },
          { type: "integer", values: Int32Array.from(parts) },
          { type: "text", values: key },
          ...columns.map(
            (c, k): ColumnValues =>
              c.type === "text"
                ? { type: "text", values: cols[k]! as (string | null)[] }
                : c.type === "integer"
                  ? { type: "integer", values: Int32Array.from(cols[k]! as number[]) }
                  : {
                      type: "double",
                      values: Float64Array.from(cols[k]!, (x) =>
                        x === null ? Number.NaN : Number(x),
                      ),
                    },
          ),
        ],
        code.length,
      );
      code = [];
      parts = [];
      key = [];
      cols = columns.map(() => []);
    };
    const keys = field.keys;
    const cached = cachesFeatures(field);
    for (let id = 0; id < keys.length; id++) {
      const k = keys[id]!;
      const values = field.multi[id] ? k.split(PART) : [k];
      const all = cached ? featuresOf(field, id) : undefined;
      for (let j = 0; j < values.length; j++) {
        const v = values[j]!;
        code.push(id);
        parts.push(values.length);
        key.push(v);
        const features =
          all === undefined ? cmp.features(v) : field.multi[id] ? (all as unknown[])[j] : all;
        const row = cmp.sql!.values(features as never);
        for (let c = 0; c < row.length; c++) cols[c]!.push(row[c]!);
      }
      if (code.length >= KEY_BATCH) flush();
    }
    if (code.length > 0) flush();
    out.close();
  }
}

/** A rule's block keys: record and key id (a number, see `wideRuleKeys`), with the record's group. */
export interface RuleKeys {
  readonly rec: Int32Array;
  readonly key: Int32Array | Float64Array;
  readonly grp: Int32Array;
}

/**
 * The block keys a worker thread can derive: each field of a rule under a named transform
 * (see `NAMED_TRANSFORMS`), or under none when the field has several values in a key (a
 * field of single keys needs no derivation then).
 */
export function derivations(profile: Profile, fields: readonly EncodedField[]): Derivation[] {
  const index = new Map(fields.map((f, k) => [f.name, k]));
  const out: Derivation[] = [];
  for (const rule of profile.blocking) {
    if (rule.key) continue;
    (rule.on ?? []).forEach((name, fi) => {
      const field = index.get(name);
      const transform = transformName(transformAt(rule, fi));
      if (field === undefined || transform === undefined) return;
      if (transform === "" && !fields[field]!.multi.includes(1)) return;
      if (!out.some((d) => d.field === field && d.transform === transform))
        out.push({ field, transform });
    });
  }
  return out;
}

/**
 * Each rule's block keys, derived in TypeScript (`derive`: rules share derivations) and
 * written as `bk_r*` (`write`, before the next rule is derived). With `thread`, the
 * derivations it was asked for (see {@link derivations}) are taken from it, and the rules
 * needing them come last in `order`, so that this thread derives the others meanwhile. With
 * `wide`, keys are numbers not compacted to ids (see {@link wideRuleKeys}; only DuckDB reads
 * them, where the emitted Spark plan reads the tables as written with ids).
 */
export function blockKeys(
  session: Session,
  profile: Profile,
  data: Normalized,
  group: Int32Array | undefined,
  thread?: Promise<FieldThread>,
  wide = false,
): {
  readonly order: readonly number[];
  derive(i: number): Promise<RuleKeys>;
  write(i: number, keys: RuleKeys): Promise<void>;
} {
  const scratch = newScratch(data.n, profile.blocking);
  const byName = new Map(data.fields.map((f) => [f.name, f]));
  const index = new Map(data.fields.map((f, k) => [f.name, k]));
  const away = thread ? derivations(profile, data.fields) : [];
  const onThread = (rule: BlockingRule) =>
    !rule.key &&
    (rule.on ?? []).some((name, fi) =>
      away.some(
        (d) => d.field === index.get(name) && d.transform === transformName(transformAt(rule, fi)),
      ),
    );
  const buffers = new WideBuffers();
  let zeros = new Int32Array(0);
  let ready: FieldThread | undefined;
  thread?.then(
    (t) => {
      ready = t;
    },
    () => {},
  );
  const rules = profile.blocking.map((_, i) => i);
  const order = [
    ...rules.filter((i) => !onThread(profile.blocking[i]!)),
    ...rules.filter((i) => onThread(profile.blocking[i]!)),
  ];
  return {
    order,
    async derive(i) {
      const rule = profile.blocking[i]!;
      // A thread not up yet is not waited for (an idle thread does not keep the process alive).
      const t = onThread(rule) ? ready : undefined;
      for (const [fi, name] of (rule.on ?? []).entries()) {
        if (!t) break;
        const transform = transformAt(rule, fi);
        const named = transformName(transform);
        const field = index.get(name);
        if (named === undefined || field === undefined) continue;
        const got = await t.derived(field, named);
        if (got) scratch.derived!.offer(name, transform, got);
      }
      const { rec, key } =
        wide && !rule.key
          ? wideRuleKeys(rule, byName, data.n, scratch, buffers)
          : ruleKeys(rule, byName, data.n, scratch, (r: BlockingRule) => data.keyed.get(r.name)!);
      // Without groups, one array of zeros serves every rule (each new array of a million
      // records' keys adds to what makes V8 collect the caller's whole heap).
      if (!group && zeros.length < rec.length) zeros = new Int32Array(Math.max(rec.length, data.n));
      const grp = group ? new Int32Array(rec.length) : zeros.subarray(0, rec.length);
      if (group) for (let j = 0; j < rec.length; j++) grp[j] = group[rec[j]!]!;
      return { rec, key, grp };
    },
    write: (i, { rec, key, grp }) =>
      session.write(
        `bk_r${i}`,
        [
          ["rid", { type: "integer", values: rec }],
          [
            "k",
            key instanceof Float64Array
              ? { type: "double", values: key }
              : { type: "integer", values: key },
          ],
          ["grp", { type: "integer", values: grp }],
        ],
        rec.length,
      ),
  };
}

/** Write each rule's block keys: `bk_r*` (record, key id, group). */
export async function writeBlockKeys(
  session: Session,
  profile: Profile,
  data: Normalized,
  group: Int32Array | undefined,
): Promise<void> {
  const keys = blockKeys(session, profile, data, group);
  for (let i = 0; i < profile.blocking.length; i++) await keys.write(i, await keys.derive(i));
}
