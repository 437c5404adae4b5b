/**
 * HMAC-SHA256 as the CLK encoder and pseudonyms call it (one fixed key, one short token per
 * call): @linli/privacy's `createHmac` (on @noble/hashes since the hand-written SHA-256 was
 * dropped) and @noble/hashes called directly (resolved from @linli/privacy's folder).
 */
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { createHmac } from "../../packages/privacy/src/crypto/hmac.js";
import { median } from "../machine.js";

interface NobleHmac {
  update(m: Uint8Array): NobleHmac;
  digestInto(out: Uint8Array): void;
  _cloneInto(to?: NobleHmac): NobleHmac;
  clone(): NobleHmac;
}

const need = createRequire(new URL("../../packages/privacy/package.json", import.meta.url));
const load = async (spec: string) => import(pathToFileURL(need.resolve(spec)).href);

/** Calls per second of each implementation, median of `rounds` half-second rounds. */
export async function hmacRates(rounds: number): Promise<Record<string, number>> {
  const { hmac } = (await load("@noble/hashes/hmac.js")) as {
    hmac: { create(hash: unknown, key: Uint8Array): NobleHmac };
  };
  const { sha256 } = await load("@noble/hashes/sha2.js");
  const key = Uint8Array.from({ length: 32 }, (_, i) => i * 7);
  const text = new TextEncoder();
  const tokens = Array.from({ length: 1000 }, (_, i) => text.encode(`\u0000t${i}`));
  const words = new Int32Array(8);
  const digest = new Uint8Array(32);
  const own = createHmac(key);
  const base = hmac.create(sha256, key);
  let reused: NobleHmac | undefined;
  const impls: Record<string, (m: Uint8Array) => void> = {
    "linli `createHmac` (@noble/hashes, keyed state reused)": (m) => own.words(m, m.length, words),
    "@noble/hashes 2.4.0, keyed state reused (`_cloneInto`)": (m) => {
      reused = base._cloneInto(reused);
      reused.update(m).digestInto(digest);
    },
    "@noble/hashes 2.4.0, `clone()` per call": (m) => base.clone().update(m).digestInto(digest),
  };
  const rates: Record<string, number[]> = Object.fromEntries(
    Object.keys(impls).map((k) => [k, []]),
  );
  for (let round = 0; round <= rounds; round++) {
    for (const [name, f] of Object.entries(impls)) {
      const t = performance.now();
      let n = 0;
      while (performance.now() - t < 500) {
        for (const m of tokens) f(m);
        n += tokens.length;
      }
      if (round > 0) rates[name]!.push(n / ((performance.now() - t) / 1000));
    }
  }
  return Object.fromEntries(Object.entries(rates).map(([k, v]) => [k, median(v)]));
}
