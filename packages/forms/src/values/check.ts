import {
  type CitizenIdDetails,
  checkCitizenId,
  fromZodIssue,
  type Issue,
  issue,
  type Localized,
  type Node,
} from "@linli/core";
import { safeParse } from "zod/v4/core";
import type { FieldSpec } from "../fields/spec.js";
import { type RawValue, toValue } from "./convert.js";

/** The verdict on one control. */
export interface Checked {
  /** The record value, `undefined` when blank. */
  readonly value: unknown;
  readonly error?: Issue;
  /** What a valid citizen ID tells, for derived values. */
  readonly citizenId?: CitizenIdDetails;
}

// Only the fields' own label is named in their messages: the label is next to the control.
function root(spec: FieldSpec, label: Localized): Node {
  const node = { ...spec.node, meta: { ...spec.node.meta, pii: spec.pii, label } } as Node;
  return { kind: "object", strict: true, properties: [{ key: "v", node, required: true }] };
}

const noPath = ({ path: _p, ...rest }: Issue): Issue => rest;

/**
 * Check one control: blank and required, a friendly citizen ID message from
 * `checkCitizenId`, then the field's own schema. Parses without zod's generated fast path, so
 * it runs under a strict Content-Security-Policy.
 */
export function checkValue(spec: FieldSpec, raw: RawValue | undefined, required: boolean): Checked {
  let value = toValue(spec, raw);
  if (value === undefined) {
    return required
      ? { value, error: issue("schema.required", "error", { field: spec.label }) }
      : { value };
  }
  let citizenId: CitizenIdDetails | undefined;
  if (spec.widget === "citizen-id" && typeof value === "string") {
    const r = checkCitizenId(value);
    if (!r.ok) return { value, error: noPath(r.issues[0]!) };
    value = r.value;
    citizenId = r.details;
  }
  const r = safeParse(spec.schema, value, { jitless: true, reportInput: true });
  if (!r.success) {
    const z = r.error.issues[0]!;
    const i = fromZodIssue(root(spec, spec.label), { ...z, path: ["v", ...z.path] } as typeof z);
    return { value, error: noPath(i) };
  }
  return citizenId ? { value, citizenId } : { value };
}
