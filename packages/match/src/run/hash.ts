import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";

/**
 * The SHA-256 of a value's JSON, as 64 hex digits, its top-level parts taken in key order:
 * the same inputs give the same hash on every run and platform.
 *
 * @example
 * ```ts
 * import { inputHash } from "@linli/match";
 * inputHash({ needs: [], stock: [] }) === inputHash({ stock: [], needs: [] }); // true
 * ```
 */
export function inputHash(value: unknown): string {
  const hash = sha256Stream();
  const parts =
    value !== null && typeof value === "object" && !Array.isArray(value)
      ? Object.keys(value).sort()
      : undefined;
  if (!parts) hash.update(JSON.stringify(value) ?? "null");
  else
    for (const k of parts) {
      const v = (value as Record<string, unknown>)[k];
      if (v === undefined) continue;
      hash.update(`${JSON.stringify(k)}:`);
      if (Array.isArray(v)) items(v, hash);
      else hash.update(`${JSON.stringify(v) ?? "null"};`);
    }
  return hash.hex();
}

/** Records per slice: a few hundred KB of text, few calls, and no one string holds them all. */
const SLICE = 500;

/**
 * Each item's JSON followed by a comma. A slice of records is written as one array, its
 * brackets dropped: the same text. An item with no JSON of its own (undefined, a function)
 * would read `null` inside an array: such a slice goes item by item.
 */
function items(v: readonly unknown[], hash: Sha256Stream): void {
  for (let i = 0; i < v.length; i += SLICE) {
    const slice = v.slice(i, i + SLICE);
    if (slice.every((x) => x !== undefined && typeof x !== "function" && typeof x !== "symbol")) {
      hash.update(JSON.stringify(slice).slice(1, -1));
      hash.update(",");
    } else hash.update(slice.map((x) => `${JSON.stringify(x)},`).join(""));
  }
}

interface Sha256Stream {
  update(text: string): void;
  hex(): string;
}

interface NodeCrypto {
  createHash(algorithm: "sha256"): {
    update(text: string, encoding: "utf8"): void;
    digest(encoding: "hex"): string;
  };
}

/**
 * SHA-256 over UTF-8 text: Node's own where the runtime offers it without an import (several
 * times faster on the megabytes of a district's inputs), else the audited JavaScript one, as
 * in browsers. Both give the same digest.
 */
function sha256Stream(): Sha256Stream {
  const node = (
    globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }
  ).process?.getBuiltinModule?.("node:crypto") as NodeCrypto | undefined;
  if (node) {
    const h = node.createHash("sha256");
    return { update: (text) => h.update(text, "utf8"), hex: () => h.digest("hex") };
  }
  const h = sha256.create();
  return { update: (text) => h.update(utf8ToBytes(text)), hex: () => bytesToHex(h.digest()) };
}
