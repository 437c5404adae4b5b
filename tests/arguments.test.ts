import { parentPort } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { publicManifests } from "../scripts/docs/dependencies.js";

// Every public function of every package, found from the exports maps rather than listed by
// hand, called with null and undefined: it either works or throws (or rejects with) a linli
// error — a stable `code` and its message in zh-CN and en — never a bare TypeError.

/** Entry points: every subpath of every exports map that holds code. */
const entries = publicManifests().flatMap(({ pkg }) =>
  Object.keys((pkg as unknown as { exports: Record<string, unknown> }).exports)
    .filter((sub) => sub !== "./package.json" && !sub.includes("*") && !sub.endsWith(".css"))
    .map((sub) => (sub === "." ? pkg.name : `${pkg.name}${sub.slice(1)}`)),
);

/**
 * React components and hooks run inside a render, where React calls them with props it
 * built; called on their own they throw React's "invalid hook call". Their props are typed.
 */
const calledByReact = (entry: string, name: string) =>
  entry === "@linli/react" && (/^[A-Z]/.test(name) || /^use[A-Z]/.test(name));

/** Schema values (zod, Effect) are data with methods, not functions of linli. */
const isSchema = (v: unknown) =>
  typeof v === "function" && ("ast" in v || "_zod" in (v as object) || "fields" in v);

const calls: readonly (readonly unknown[])[] = [
  [null],
  [undefined],
  [null, null],
  [undefined, null],
];

/**
 * What a call could leave listening after it returns. Nothing may be: a listener left on this
 * worker thread's port answered the test runner's own messages, at whatever moment they came.
 */
const listening = () => ({
  port: parentPort?.listenerCount("message") ?? 0,
  signals: process.listenerCount("SIGINT") + process.listenerCount("SIGTERM"),
  exit: process.listenerCount("exit") + process.listenerCount("beforeExit"),
});

type Outcome = "returned" | { code: string } | { raw: string };

async function outcome(fn: unknown, args: readonly unknown[]): Promise<Outcome> {
  const isClass = /^class\b/.test(Function.prototype.toString.call(fn));
  try {
    let r: unknown = isClass
      ? Reflect.construct(fn as new (...a: unknown[]) => unknown, args)
      : Reflect.apply(fn as (...a: unknown[]) => unknown, undefined, args);
    if (r instanceof Promise) r = await r;
    // Lazy results (import runs, tables) fail when first read.
    if (r && typeof r === "object" && Symbol.asyncIterator in r && !Array.isArray(r)) {
      const it = (r as AsyncIterable<unknown>)[Symbol.asyncIterator]();
      await it.next();
      await it.return?.();
    }
    return "returned";
  } catch (e) {
    const err = e as { code?: unknown; localized?: Record<string, unknown>; message?: string };
    const typed =
      typeof err?.code === "string" &&
      typeof err.localized?.["zh-CN"] === "string" &&
      typeof err.localized.en === "string" &&
      err.localized["zh-CN"] !== "" &&
      err.localized.en !== "";
    return typed
      ? { code: err.code as string }
      : { raw: `${(e as Error)?.name}: ${(e as Error)?.message ?? String(e)}` };
  }
}

describe("every public function checks its arguments", () => {
  it("finds the entry points of every package", () => {
    expect(entries).toEqual(
      expect.arrayContaining(["@linli/core", "@linli/adapters/node", "linli", "linli/node"]),
    );
  });

  it.each(entries)("%s: null or undefined give a linli error or work", async (entry) => {
    const mod = (await import(entry)) as Record<string, unknown>;
    const raw: string[] = [];
    const before = listening();
    let checked = 0;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value !== "function" || isSchema(value) || calledByReact(entry, name)) continue;
      checked++;
      for (const args of calls) {
        const o = await outcome(value, args);
        if (typeof o === "object" && "raw" in o) {
          raw.push(`${name}(${args.map(String).join(", ")}) → ${o.raw.slice(0, 120)}`);
          break;
        }
      }
    }
    expect(raw).toEqual([]);
    expect(listening()).toEqual(before);
    // The Effect entry holds only schemas.
    if (entry !== "@linli/core/effect") expect(checked).toBeGreaterThan(0);
  });
});
