// Normalisation on worker threads for the DuckDB engine (Node only): this thread reads the raw
// values and numbers the keys; the threads run the comparators' `normalize`.
import { cloneableRecipe } from "../comparators/recipe.js";
import { type FieldEncoder, normalizeValue, reader } from "../engine/encode.js";
import type { Comparator, FieldSpec } from "../types.js";
import { type Answer, NormalizeThreads } from "./threads.js";

const primitive = (x: unknown) =>
  typeof x === "string" ||
  typeof x === "boolean" ||
  x === null ||
  (typeof x === "number" && Number.isFinite(x) && !Object.is(x, -0));

/** Plain objects and arrays of texts, finite numbers, booleans and null: the same after JSON. */
function flat(v: object): boolean {
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (!primitive(v[i])) return false;
    return true;
  }
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const k in v) if (!primitive((v as Record<string, unknown>)[k])) return false;
  return true;
}

/** A field normalised on the threads: its reader, and its cache of raw text → key. */
interface Lane {
  readonly field: number;
  readonly read: (record: unknown) => unknown;
  readonly comparator: Comparator;
  readonly cache: Map<string, string | undefined> | undefined;
}

/** One field's raw values of a chunk: the keys known here, and where the others are sent. */
interface Batch {
  readonly keys: (string | undefined)[];
  /** 0: known here; t + 1: `texts[t]`; -(j + 1): `jsons[j]`. */
  readonly at: Int32Array;
  readonly texts: string[];
  readonly jsons: string[];
}

function batchOf(lane: Lane, chunk: readonly unknown[]): Batch {
  const n = chunk.length;
  const keys = new Array<string | undefined>(n).fill(undefined);
  const at = new Int32Array(n);
  const texts: string[] = [];
  const jsons: string[] = [];
  const seenTexts = new Map<string, number>();
  const seenJsons = new Map<string, number>();
  const { read, cache, comparator } = lane;
  for (let i = 0; i < n; i++) {
    const raw = read(chunk[i]);
    if (raw === undefined || raw === null || raw === "") continue;
    if (typeof raw === "string") {
      if (cache) {
        const known = cache.get(raw);
        if (known !== undefined || cache.has(raw)) {
          keys[i] = known;
          continue;
        }
      }
      let t = seenTexts.get(raw);
      if (t === undefined) {
        t = texts.length;
        texts.push(raw);
        seenTexts.set(raw, t);
      }
      at[i] = t + 1;
    } else if (typeof raw === "object" && flat(raw)) {
      const json = JSON.stringify(raw);
      let j = seenJsons.get(json);
      if (j === undefined) {
        j = jsons.length;
        jsons.push(json);
        seenJsons.set(json, j);
      }
      at[i] = -(j + 1);
    } else {
      keys[i] = normalizeValue(comparator, raw);
    }
  }
  return { keys, at, texts, jsons };
}

/**
 * The fields' encoders fed chunk by chunk, the normalising done by worker threads: chunk
 * `c + 1` is read here while the threads normalise chunk `c`. Key ids are numbered here in
 * record order, so they are those of {@link FieldEncoder.add}. Fields whose comparator has no
 * recipe (your own comparators) are encoded in this thread.
 */
export class ParallelEncoding {
  private readonly queue: { chunk: readonly unknown[]; keys: Promise<Batch[]> }[] = [];

  private constructor(
    private readonly threads: NormalizeThreads,
    private readonly lanes: readonly Lane[],
    private readonly encoders: readonly FieldEncoder[],
    private readonly done: (chunk: readonly unknown[]) => void,
  ) {}

  /** Start the threads; `undefined` when no field can be normalised on them or none starts. */
  static async start(
    specs: readonly FieldSpec[],
    encoders: readonly FieldEncoder[],
    count: number,
    done: (chunk: readonly unknown[]) => void,
  ): Promise<ParallelEncoding | undefined> {
    const recipes = encoders.map((e) => cloneableRecipe(e.comparator));
    if (count < 1 || recipes.every((r) => r === null)) return undefined;
    const threads = await NormalizeThreads.start(recipes, count);
    if (!threads) return undefined;
    const lanes = encoders.flatMap((e, field): Lane[] =>
      recipes[field]
        ? [
            {
              field,
              read: reader(specs[field]!.get),
              comparator: e.comparator,
              cache: e.comparator.cacheRaw === false ? undefined : new Map(),
            },
          ]
        : [],
    );
    return new ParallelEncoding(threads, lanes, encoders, done);
  }

  /** Take the next chunk; the one before it is finished (encoded, then `done`) on the way. */
  async add(chunk: readonly unknown[]): Promise<void> {
    const keys = this.normalize(chunk);
    // Awaited in turn; a failure of a later chunk is not left unhandled meanwhile.
    keys.catch(() => {});
    this.queue.push({ chunk, keys });
    if (this.queue.length > 1) await this.finishOne();
  }

  /** Finish every chunk taken, and stop the threads. */
  async finish(): Promise<void> {
    try {
      while (this.queue.length > 0) await this.finishOne();
    } finally {
      this.close();
    }
  }

  close(): void {
    this.threads.close();
  }

  private async finishOne(): Promise<void> {
    const { chunk, keys } = this.queue.shift()!;
    const batches = await keys;
    const byField = new Map(this.lanes.map((l, i) => [l.field, batches[i]!]));
    this.encoders.forEach((e, field) => {
      const b = byField.get(field);
      if (b) e.addKeys(b.keys);
      else e.add(chunk);
    });
    this.done(chunk);
  }

  private normalize(chunk: readonly unknown[]): Promise<Batch[]> {
    return Promise.all(
      this.lanes.map(async (lane) => {
        const batch = batchOf(lane, chunk);
        await this.send(lane, batch);
        return batch;
      }),
    );
  }

  /** Send a batch in one part per thread, and put the keys of the answers in place. */
  private async send(lane: Lane, batch: Batch): Promise<void> {
    const { texts, jsons, at, keys } = batch;
    if (texts.length === 0 && jsons.length === 0) return;
    const parts = Math.max(
      1,
      Math.min(this.threads.size, Math.ceil((texts.length + jsons.length) / 4096)),
    );
    const cut = (n: number, p: number) => Math.round((n * p) / parts);
    const answers = await Promise.all(
      Array.from({ length: parts }, (_, p) => {
        const t = texts.slice(cut(texts.length, p), cut(texts.length, p + 1));
        const j = jsons.slice(cut(jsons.length, p), cut(jsons.length, p + 1));
        return this.threads
          .send({ field: lane.field, texts: t, jsons: j })
          .then((a: Answer) => a ?? here(lane.comparator, t, j));
      }),
    );
    const textKeys = answers.flatMap((a) => a.texts);
    const jsonKeys = answers.flatMap((a) => a.jsons);
    for (let i = 0; i < at.length; i++) {
      const a = at[i]!;
      if (a > 0) keys[i] = textKeys[a - 1];
      else if (a < 0) keys[i] = jsonKeys[-a - 1];
    }
    if (lane.cache) for (let t = 0; t < texts.length; t++) lane.cache.set(texts[t]!, textKeys[t]);
  }
}

/** A part normalised in this thread, when its thread failed. */
function here(
  c: Comparator,
  texts: readonly string[],
  jsons: readonly string[],
): NonNullable<Answer> {
  const one = (v: unknown) => normalizeValue(c, v);
  return { texts: texts.map(one), jsons: jsons.map((j) => one(JSON.parse(j))) };
}
