import {
  CITIZEN_ID_PATTERN,
  type Column,
  expectArgument,
  type FormHint,
  type Node,
  PHONE_PATTERN,
  type PiiClass,
} from "@linli/core";
import type { AddressLevel, FieldKind } from "./types.js";

/** What classification needs to know about a field. */
export interface FieldFacts {
  /** The property key, or the column key of a projection. */
  readonly key: string;
  readonly path: readonly string[];
  readonly pii: PiiClass;
  readonly hxl?: string;
  readonly form?: FormHint;
  readonly node: Node;
}

/** A part of an address: a level, or the line, division code, postcode, coordinates. */
export type AddressPart = AddressLevel | "line" | "division-code" | "postcode" | "geo" | "crs";

const ADDRESS_HXL: Readonly<Record<string, AddressPart>> = {
  "#country +code": "country",
  "#adm1 +name": "province",
  "#adm2 +name": "city",
  "#adm3 +name": "district",
  "#adm4 +name": "street",
  "#adm5 +name": "community",
  "#loc +compound": "compound",
  "#loc +building": "building",
  "#loc +unit": "unit",
  "#loc +floor": "floor",
  "#loc +room": "room",
  "#loc +address": "line",
  "#adm3 +code": "division-code",
  "#loc +postcode": "postcode",
  "#geo +lat": "geo",
  "#geo +lon": "geo",
};

/** The address part a field holds, from its HXL tag (the same in every entity). */
export function addressPart(f: FieldFacts): AddressPart | undefined {
  const byTag = f.hxl ? ADDRESS_HXL[f.hxl] : undefined;
  if (byTag) return byTag;
  if (f.key === "crs" && f.path[f.path.length - 2] === "geo") return "crs";
  return undefined;
}

const SCALARS = new Set(["enum", "literal", "boolean"]);
const hasPattern = (node: Node, pattern: RegExp) =>
  node.kind === "string" && node.patterns.some((p) => p.source === pattern.source);
const tags = (hxl: string | undefined) => new Set(hxl?.split(/\s+/) ?? []);

/**
 * The {@link FieldKind} of a field, from the data model's metadata: the HXL tag (the same
 * for a field in every entity), the form widget and autocomplete token, the value's pattern
 * and type, and the PII class. Names are recognised only among direct identifiers.
 */
export function kindOfField(f: FieldFacts): FieldKind {
  const { node, pii, key } = f;
  if (addressPart(f)) return "address";
  // Columns kept from the source and cells an import withheld hold anything a file held.
  if (f.path[0] === "extra" || (f.path[0] === "meta" && f.path[1] === "withheld")) {
    return "free-text";
  }
  const inner = node.kind === "array" ? node.item : node;
  if (SCALARS.has(inner.kind)) return "category";
  if (inner.kind === "union" && inner.options.every((o) => SCALARS.has(o.kind))) {
    return "category";
  }
  const t = tags(f.hxl);
  const widget = f.form?.widget;
  if (t.has("+citizen") || widget === "citizen-id" || hasPattern(inner, CITIZEN_ID_PATTERN)) {
    return "citizen-id";
  }
  if (pii === "direct" && t.has("#beneficiary") && t.has("+id")) return "document";
  if (
    pii === "direct" &&
    (t.has("+phone") || widget === "tel" || hasPattern(inner, PHONE_PATTERN))
  ) {
    return "phone";
  }
  if ((t.has("#date") && t.has("+birth")) || f.form?.autocomplete === "bday") return "birth-date";
  if (inner.kind === "string" && inner.format) return "date";
  if (widget === "textarea" || /(notes?|description|remarks?|comments?)$/i.test(key)) {
    return "free-text";
  }
  if (
    pii === "direct" &&
    (t.has("+name") || f.form?.autocomplete === "name" || /(name|Names?|^by|By)$/.test(key))
  ) {
    return "name";
  }
  if (pii !== "direct" && (key === "id" || /[a-z]Ids?$/.test(key))) return "record-id";
  if (inner.kind === "number") return "number";
  return "text";
}

/**
 * The {@link FieldKind} of a column of an entity's flat view.
 *
 * @example
 * ```ts
 * import { columns, Resident } from "@linli/core";
 * import { fieldKind } from "@linli/privacy";
 * const byKey = new Map(columns(Resident).map((c) => [c.key, fieldKind(c)]));
 * byKey.get("citizenId"); // "citizen-id"
 * byKey.get("address.building"); // "address"
 * byKey.get("vulnerabilities"); // "category"
 * ```
 */
export function fieldKind(column: Column): FieldKind {
  expectArgument("fieldKind", "column", "object", column);
  return kindOfField(columnFacts(column));
}

/** The classification facts of a column. */
export function columnFacts(column: Column): FieldFacts {
  const key = column.projection ? column.projection.property : column.path[column.path.length - 1]!;
  return {
    key: column.projection ? column.key : key,
    path: column.projection ? [...column.path, column.projection.property] : column.path,
    pii: column.pii,
    ...(column.hxl ? { hxl: column.hxl } : {}),
    ...(column.form ? { form: column.form } : {}),
    node: column.node,
  };
}

/** The address part of a column, if it holds one. */
export function columnAddressPart(column: Column): AddressPart | undefined {
  return addressPart(columnFacts(column));
}
