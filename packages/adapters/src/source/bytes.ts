import { expectArgument } from "@linli/core";
import { ImportError } from "../errors.js";

/**
 * What the browser-safe readers accept: a `File` or `Blob`, bytes in memory, or a stream of
 * bytes (`ReadableStream` from `fetch` or `Blob.stream()`, or any async iterable).
 *
 * @example
 * ```ts
 * import { type ByteSource, readTable } from "@linli/adapters";
 * const response = await fetch("/登记表.csv");
 * const source: ByteSource = response.body!;
 * readTable(source, { fileName: "登记表.csv" });
 * ```
 */
export type ByteSource =
  | Blob
  | ArrayBuffer
  | Uint8Array
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array>;

const SLICE = 1 << 17;

/** Whether a value is one of the {@link ByteSource} kinds. */
export function isByteSource(source: unknown): source is ByteSource {
  return (
    source instanceof Uint8Array ||
    source instanceof ArrayBuffer ||
    (typeof Blob !== "undefined" && source instanceof Blob) ||
    (typeof ReadableStream !== "undefined" && source instanceof ReadableStream) ||
    (typeof source === "object" && source !== null && Symbol.asyncIterator in source)
  );
}

/** The name of a `File`, if the source is one. */
export function sourceName(source: unknown): string | undefined {
  const name = (source as { name?: unknown } | null)?.name;
  return typeof name === "string" && name !== "" ? name : undefined;
}

/** The bytes of a source as chunks; bytes in memory are sliced without copying. */
export async function* byteChunks(source: ByteSource, file: string): AsyncGenerator<Uint8Array> {
  if (source instanceof Uint8Array || source instanceof ArrayBuffer) {
    const bytes = source instanceof Uint8Array ? source : new Uint8Array(source);
    for (let i = 0; i < bytes.length; i += SLICE) yield bytes.subarray(i, i + SLICE);
    return;
  }
  if (typeof Blob !== "undefined" && source instanceof Blob) {
    yield* streamChunks(source.stream() as ReadableStream<Uint8Array>);
    return;
  }
  if (typeof ReadableStream !== "undefined" && source instanceof ReadableStream) {
    yield* streamChunks(source);
    return;
  }
  if (typeof source === "object" && source !== null && Symbol.asyncIterator in source) {
    for await (const chunk of source as AsyncIterable<unknown>) {
      if (chunk instanceof Uint8Array) yield chunk;
      else if (typeof chunk === "string") yield new TextEncoder().encode(chunk);
      else throw new ImportError("source.unsupported", { file });
    }
    return;
  }
  throw new ImportError("source.unsupported", { file });
}

// Safari's ReadableStream is not async-iterable; the reader works everywhere.
async function* streamChunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      if (value && value.length > 0) yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/** Every byte of a chunk stream in one array, refusing more than `limit` bytes. */
export async function readAll(
  chunks: AsyncIterable<Uint8Array>,
  limit: number,
  file: string,
): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const c of chunks) {
    size += c.length;
    if (size > limit) throw new ImportError("limit.bytes", { file, limit });
    parts.push(c);
  }
  return concatBytes(parts);
}

/**
 * A chunk stream whose first bytes can be looked at before it is consumed: `peek(n)` reads
 * ahead until at least `n` bytes are buffered (or the stream ends).
 */
export class PeekableBytes implements AsyncIterable<Uint8Array> {
  private readonly it: AsyncIterator<Uint8Array>;
  private readonly buffered: Uint8Array[] = [];
  private size = 0;
  private done = false;

  constructor(chunks: AsyncIterable<Uint8Array>) {
    this.it = chunks[Symbol.asyncIterator]();
  }

  async peek(n: number): Promise<Uint8Array> {
    while (this.size < n && !this.done) {
      const r = await this.it.next();
      if (r.done) this.done = true;
      else {
        this.buffered.push(r.value);
        this.size += r.value.length;
      }
    }
    if (this.buffered.length === 0) return new Uint8Array(0);
    if (this.buffered.length > 1) {
      const all = new Uint8Array(this.size);
      let at = 0;
      for (const b of this.buffered) {
        all.set(b, at);
        at += b.length;
      }
      this.buffered.length = 0;
      this.buffered.push(all);
    }
    const head = this.buffered[0]!;
    return head.subarray(0, Math.min(n, head.length));
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Uint8Array> {
    while (this.buffered.length > 0) yield this.buffered.shift()!;
    if (this.done) return;
    for (;;) {
      const r = await this.it.next();
      if (r.done) return;
      yield r.value;
    }
  }
}

/**
 * Join byte chunks into one array. A single chunk is returned as it is, not copied.
 *
 * @example
 * ```ts
 * import { concatBytes } from "@linli/adapters";
 * concatBytes([new Uint8Array([1, 2]), new Uint8Array([3])]); // Uint8Array [1, 2, 3]
 * ```
 */
export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  expectArgument("concatBytes", "chunks", "list", chunks);
  if (chunks.length === 1) return chunks[0]!;
  let n = 0;
  for (const c of chunks) n += c.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
