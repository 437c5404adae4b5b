// Typed arrays of a record or a pair each, over SharedArrayBuffers. V8 counts the memory of an
// ArrayBuffer as external memory and starts a full collection once it holds 64 MB more than
// at the last one; shared memory it does not count. At 1.2 million records the DuckDB engine's
// arrays of records and of candidate pairs started four full collections in a row over the
// 2 GB heap (each freeing a few megabytes), and with the second core busy with DuckDB and the
// field thread, their marking ran on this thread: 4 s each. Freed as any other array once
// nothing refers to them.

/**
 * An Int32Array of `length` zeros over a SharedArrayBuffer (not counted by V8 as external
 * memory: see the note at the top of this file).
 *
 * @example
 * ```ts
 * const pairs = sharedInt32(30_000_000); // no full collection for its 120 MB
 * ```
 */
export function sharedInt32(length: number): Int32Array<SharedArrayBuffer> {
  return new Int32Array(new SharedArrayBuffer(length * Int32Array.BYTES_PER_ELEMENT));
}

/**
 * A Float64Array of `length` zeros over a SharedArrayBuffer.
 *
 * @example
 * ```ts
 * const hashes = sharedFloat64(1_200_000);
 * ```
 */
export function sharedFloat64(length: number): Float64Array<SharedArrayBuffer> {
  return new Float64Array(new SharedArrayBuffer(length * Float64Array.BYTES_PER_ELEMENT));
}

/**
 * An Int8Array of `length` zeros over a SharedArrayBuffer.
 *
 * @example
 * ```ts
 * const levels = sharedInt8(30_000_000);
 * ```
 */
export function sharedInt8(length: number): Int8Array<SharedArrayBuffer> {
  return new Int8Array(new SharedArrayBuffer(length));
}
