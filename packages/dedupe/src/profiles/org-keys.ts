import { type OrgNameFeatures, orgName } from "../comparators/org-name/org-name.js";
import { orgNamePart } from "../comparators/org-name/parts.js";
import { KINDS } from "../comparators/org-name/vocabulary.js";
import type { StreetAddressParts } from "../comparators/street-address/street-address.js";
import type { BlockingRule, FieldSpec } from "../types.js";

// Name-part fields and blocking-key transforms shared by the organisation and location
// profiles. Transforms read normalised keys, so they compile to string functions.

const parent = new Map(KINDS.map((k) => [k.id, k.parent ?? k.id]));

/** The broadest kind: a 人民医院 and a 医院 block together. */
export const kindRoot = (kind: string) => parent.get(kind) ?? kind;

/** Pinyin of a place key ("420700|0|1" → the division's pinyin), so scripts block together. */
export const placePinyin = (_key: string, f: { ref?: { pinyin: string } }) => f.ref?.pinyin;

/** The proper name across scripts (its pinyin), when it has one of two letters or more. */
export const properKey = (_key: string, f: { key: string }) =>
  f.key.length >= 2 ? f.key : undefined;

/** Every part of a whole name (see `comparators.orgName`): names that come out `same`. */
export const orgNameKey = (_key: string, f: OrgNameFeatures): string | undefined => {
  const place = f.places[f.places.length - 1]?.pinyin ?? "";
  if (place === "" && f.restKey === "") return undefined;
  return `${place}|${kindRoot(f.kind)}|${f.numbers}|${f.branch}|${f.restKey}`;
};

/** Road and number of a street address. */
export const roadNumberKey = (_key: string, f: StreetAddressParts): string | undefined =>
  f.road && f.number ? `${f.road}|${f.number}` : undefined;

/**
 * The name as a whole (its levels say which part tells two apart) and its five parts weighed
 * one by one, all read by `get`, with term frequencies on place, kind and proper name.
 */
export function nameFields(get: FieldSpec["get"]): FieldSpec[] {
  return [
    { name: "name", get, comparator: orgName(), termFrequency: true },
    { name: "namePlace", get, comparator: orgNamePart("place"), termFrequency: true },
    { name: "nameKind", get, comparator: orgNamePart("kind"), termFrequency: true },
    { name: "nameNumber", get, comparator: orgNamePart("number") },
    { name: "nameBranch", get, comparator: orgNamePart("branch") },
    { name: "nameProper", get, comparator: orgNamePart("proper"), termFrequency: true },
  ];
}

/** Blocking on the name: all its parts; its proper name and kind; its proper name; its place and kind. */
export const nameBlocking: readonly BlockingRule[] = [
  { name: "name", on: ["name"], transform: orgNameKey, maxBlockSize: 50 },
  {
    name: "name-proper",
    on: ["nameProper", "nameKind"],
    transform: [properKey, kindRoot],
    maxBlockSize: 50,
  },
  { name: "name-proper-only", on: ["nameProper"], transform: properKey, maxBlockSize: 50 },
  {
    name: "name-place-kind",
    on: ["namePlace", "nameKind"],
    transform: [placePinyin, kindRoot],
    maxBlockSize: 60,
  },
];
