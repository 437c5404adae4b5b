import { compile } from "zod/v4/core";
import type { Issue } from "../i18n/issue.js";
import { describe, type Node } from "../model/ir.js";
import { expectEntity } from "../schemas/expect-entity.js";
import { type EntityName, type EntityRecord, entities } from "../schemas/index.js";
import { fromZodIssue } from "./issues.js";

/** The verdict on one record: the typed record, or every problem with it. */
export type Validation<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** A validator for one entity. */
export interface Validator<T> {
  /** Full check: the record, or every issue with messages in zh-CN and en. */
  (data: unknown): Validation<T>;
  /** Verdict only, on the fast path. */
  readonly is: (data: unknown) => data is T;
}

interface Compiled {
  is(data: unknown): boolean;
  issues(data: unknown): readonly Issue[];
}
const compiled = new Map<EntityName, Compiled>();

function prepare(name: EntityName): Compiled {
  const hit = compiled.get(name);
  if (hit) return hit;
  const schema = entities[name];
  // zod compiles the schema into a specialised function for the verdict; when code generation
  // is unavailable (a strict Content-Security-Policy) it falls back to the regular parser.
  const fast = compile(schema);
  let root: Node | undefined;
  const c: Compiled = {
    is: (data) => fast.validate(data),
    issues: (data) => {
      const r = schema.safeParse(data, { reportInput: true });
      if (r.success) return [];
      root ??= describe(schema);
      const tree = root;
      return r.error.issues.map((z) => fromZodIssue(tree, z));
    },
  };
  compiled.set(name, c);
  return c;
}

/**
 * A compiled validator for an entity. Valid records take the fast path; only records that
 * fail are parsed again to collect their issues, so bulk validation of mostly valid data
 * runs at the speed of the compiled check.
 *
 * @example
 * ```ts
 * import { validator } from "@linli/core";
 * const check = validator("resident");
 * const result = check({ meta: { id: "r-1", schemaVersion: "0.0.0" }, name: "" });
 * if (!result.ok) console.log(result.issues[0]?.message["zh-CN"]); // "姓名不能为空"
 * ```
 */
export function validator<N extends EntityName>(name: N): Validator<EntityRecord<N>> {
  expectEntity("validator", "name", name);
  const c = prepare(name);
  const fn = ((data: unknown): Validation<EntityRecord<N>> => {
    if (c.is(data)) return { ok: true, value: data as EntityRecord<N> };
    const issues = c.issues(data);
    // The fast path and the parser agree; this guards against a divergence losing a record.
    if (issues.length === 0)
      return { ok: true, value: entities[name].parse(data) as EntityRecord<N> };
    return { ok: false, issues };
  }) as Validator<EntityRecord<N>>;
  Object.defineProperty(fn, "is", { value: (data: unknown) => c.is(data) });
  return fn;
}

/**
 * Validate one record of an entity.
 *
 * @example
 * ```ts
 * import { validate } from "@linli/core";
 * const r = validate("resident", { meta: { id: "r-1", schemaVersion: "0.0.0" }, name: "王伟" });
 * r.ok; // true
 * ```
 */
export function validate<N extends EntityName>(
  name: N,
  data: unknown,
): Validation<EntityRecord<N>> {
  expectEntity("validate", "name", name);
  return validator(name)(data);
}
