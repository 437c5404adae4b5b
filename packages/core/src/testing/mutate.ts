import fc from "fast-check";

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];

function paths(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) paths(value[i], [...at, i], out);
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  }
  return out;
}

const junk = fc.oneof(
  fc.constant(""),
  fc.constant(" "),
  fc.constant(null),
  fc.constant(true),
  fc.constant(-1),
  fc.constant(0),
  fc.constant(1.5),
  fc.constant(1e12),
  fc.constant("2022-13-45"),
  fc.constant("12345678901234567890X"),
  fc.constant([]),
  fc.constant({}),
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

type Op =
  | { op: "replace"; value: unknown }
  | { op: "delete" }
  | { op: "addKey"; key: string; value: unknown }
  | { op: "stretch" };

const ops: fc.Arbitrary<Op> = fc.oneof(
  junk.map((value) => ({ op: "replace" as const, value })),
  fc.constant({ op: "delete" as const }),
  fc.tuple(fc.constantFrom("unknown", "Name", "__proto__", "姓名"), junk).map(([key, value]) => ({
    op: "addKey" as const,
    key,
    value,
  })),
  fc.constant({ op: "stretch" as const }),
);

function apply(root: Json, path: Path, op: Op): Json {
  if (path.length === 0) {
    if (op.op === "replace") return op.value as Json;
    if (op.op === "delete") return null;
  }
  const parent = path
    .slice(0, -1)
    .reduce<Json>((v, k) => (v as Record<string, Json>)[k as string]!, root);
  const key = path[path.length - 1]!;
  const target = path.length === 0 ? root : (parent as Record<string | number, Json>)[key]!;
  switch (op.op) {
    case "replace":
      (parent as Record<string | number, Json>)[key] = op.value as Json;
      break;
    case "delete":
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete (parent as Record<string, Json>)[key as string];
      break;
    case "addKey":
      if (target && typeof target === "object" && !Array.isArray(target)) {
        Object.defineProperty(target, op.key, {
          value: op.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      break;
    case "stretch":
      if (typeof target === "string")
        (parent as Record<string | number, Json>)[key] = target.repeat(40);
      else if (Array.isArray(target)) for (let i = 0; i < 60; i++) target.push(target[0] ?? null);
      break;
  }
  return root;
}

/**
 * Arbitrary one-step mutations of a record: a value replaced by junk of another type or
 * range, a key deleted or added, a string or array stretched past its limit. The result may
 * be valid or invalid; property tests use it to compare validators on near-valid input.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { mutate, resident } from "@linli/core/testing";
 * const nearlyValid = resident.chain((r) => mutate(r));
 * ```
 */
export function mutate<T>(record: T): fc.Arbitrary<unknown> {
  const all = paths(record);
  return fc.tuple(fc.constantFrom(...all), ops).map(([path, op]) => {
    const copy = structuredClone(record) as Json;
    return apply(copy, path, op);
  });
}
