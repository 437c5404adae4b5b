import { Inflate } from "fflate";
import { ImportError } from "../errors.js";
import { concatBytes } from "../source/bytes.js";

/** One file inside a ZIP archive, from the central directory. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly offset: number;
}

const u16 = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u32 = (b: Uint8Array, i: number) =>
  (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16)) + b[i + 3]! * 0x1000000;

function truncated(file: string, detail: string): ImportError {
  return new ImportError("xlsx.truncated", { file, detail });
}

/**
 * The entries of a ZIP archive by name, read from its central directory. A missing or
 * out-of-bounds directory means the file was cut short.
 */
export function listZip(bytes: Uint8Array, file: string): Map<string, ZipEntry> {
  let eocd = -1;
  const stop = Math.max(0, bytes.length - 22 - 65_535);
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 5 && bytes[i + 3] === 6) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw truncated(file, "no ZIP central directory");
  const count = u16(bytes, eocd + 10);
  const cdSize = u32(bytes, eocd + 12);
  const cdOffset = u32(bytes, eocd + 16);
  if (cdOffset + cdSize > bytes.length) throw truncated(file, "central directory out of range");
  const names = new TextDecoder("utf-8");
  const entries = new Map<string, ZipEntry>();
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) {
      throw truncated(file, "damaged central directory");
    }
    const nameLength = u16(bytes, p + 28);
    const extraLength = u16(bytes, p + 30);
    const commentLength = u16(bytes, p + 32);
    const name = names.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    entries.set(name.replace(/^\/+/, ""), {
      name,
      method: u16(bytes, p + 10),
      compressedSize: u32(bytes, p + 20),
      size: u32(bytes, p + 24),
      offset: u32(bytes, p + 42),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** A shared budget of decompressed bytes across the parts of one archive. */
export interface InflateBudget {
  remaining: number;
  readonly limit: number;
}

const SLICE = 16_384;

/**
 * The decompressed bytes of one entry, a piece at a time. Data is inflated a slice at a time
 * and counted against `budget`, so a zip bomb stops at the limit instead of filling memory.
 */
export function* inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  budget: InflateBudget,
  file: string,
): Generator<Uint8Array> {
  const data = entryData(bytes, entry, file);
  if (entry.method === 0) {
    budget.remaining -= data.length;
    if (budget.remaining < 0)
      throw new ImportError("limit.decompressed", { file, limit: budget.limit });
    yield data;
    return;
  }
  if (entry.method !== 8) {
    throw new ImportError("xlsx.invalid", { file, detail: `compression method ${entry.method}` });
  }
  let parts: Uint8Array[] = [];
  let finished = false;
  const inflate = new Inflate((chunk, final) => {
    budget.remaining -= chunk.length;
    if (budget.remaining < 0)
      throw new ImportError("limit.decompressed", { file, limit: budget.limit });
    parts.push(chunk);
    if (final) finished = true;
  });
  for (let i = 0; i < data.length || i === 0; i += SLICE) {
    try {
      inflate.push(data.subarray(i, i + SLICE), i + SLICE >= data.length);
    } catch (e) {
      if (e instanceof ImportError) throw e;
      throw truncated(file, `${entry.name}: ${(e as Error).message}`);
    }
    if (parts.length > 0) {
      const ready = parts;
      parts = [];
      yield* ready;
    }
  }
  if (!finished) throw truncated(file, `${entry.name} ends early`);
}

/** The decompressed bytes of one entry, whole (see {@link inflateEntry}). */
export function extract(
  bytes: Uint8Array,
  entry: ZipEntry,
  budget: InflateBudget,
  file: string,
): Uint8Array {
  return concatBytes([...inflateEntry(bytes, entry, budget, file)]);
}

/** The stored (compressed) bytes of an entry, after its local header. */
function entryData(bytes: Uint8Array, entry: ZipEntry, file: string): Uint8Array {
  const p = entry.offset;
  if (p + 30 > bytes.length || u32(bytes, p) !== 0x04034b50) {
    throw truncated(file, `no local header for ${entry.name}`);
  }
  const start = p + 30 + u16(bytes, p + 26) + u16(bytes, p + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw truncated(file, `${entry.name} is cut short`);
  return bytes.subarray(start, end);
}

/** Whether the runtime inflates raw deflate itself (DecompressionStream "deflate-raw"). */
function nativeInflate(): boolean {
  try {
    return typeof DecompressionStream === "function" && !!new DecompressionStream("deflate-raw");
  } catch {
    return false;
  }
}

/**
 * Deflated entries that `want` accepts, inflated ahead by the runtime's own decompressor
 * (browsers, Node): several times faster than inflating in JavaScript, but asynchronous, so
 * done before a workbook is opened. At most `limit` decompressed bytes in all: an entry past
 * it, or one that fails, is left out, to be inflated as before (which reports what is wrong).
 * Empty where the runtime has no such decompressor.
 */
export async function inflateAhead(
  bytes: Uint8Array,
  entries: ReadonlyMap<string, ZipEntry>,
  want: (entry: ZipEntry) => boolean,
  limit: number,
): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  if (!nativeInflate()) return out;
  let total = 0;
  for (const entry of entries.values()) {
    if (entry.method !== 8 || !want(entry) || total + entry.size > limit) continue;
    let data: Uint8Array;
    try {
      data = entryData(bytes, entry, "");
    } catch {
      continue;
    }
    const reader = new Blob([data as BlobPart])
      .stream()
      .pipeThrough(new DecompressionStream("deflate-raw"))
      .getReader();
    const parts: Uint8Array[] = [];
    let n = 0;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        n += value.length;
        // The declared size may lie (a zip bomb): the bytes are counted as they come.
        if (total + n > limit) break;
        parts.push(value);
      }
    } catch {
      continue;
    }
    if (total + n > limit) {
      await reader.cancel().catch(() => undefined);
      continue;
    }
    total += n;
    out.set(entry.name, concatBytes(parts));
  }
  return out;
}
