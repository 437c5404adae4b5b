import { expectText } from "../../i18n/argument.js";
import { normalizeText } from "../normalize-text/normalize-text.js";
import { floorOf, id } from "./parse-unit-address.js";

/** Which part of a unit address a column holds. */
export type UnitPartKind = "building" | "unit" | "floor" | "room";

// The words people write after the number in a column of its own: 2号楼, 1单元, 3层, 301室.
const MARKERS: Record<UnitPartKind, RegExp> = {
  building: /^(.+?)\s*(?:号楼|號樓|号院|號院|号|號|栋|棟|幢|座|楼|樓|#|＃)$/,
  unit: /^(.+?)\s*(?:单元|單元|门|門|号|號)$/,
  floor: /^(.+?)\s*(?:层|層|楼|樓|f)$/i,
  room: /^(.+?)\s*(?:室|号|號|房|户|戶)$/,
};
const BEFORE: Record<UnitPartKind, RegExp> = {
  building: /^第/,
  unit: /^第/,
  floor: /^第/,
  room: /^$/,
};

/**
 * The value of a building, unit, floor or room column as a parsed address gives it: the
 * number without the word around it (2号楼 → "2", 1单元 → "1", 第3层 → "3", 301室 → "301"),
 * Chinese numerals as digits (三号楼 → "3"), letters upper-cased (b座 → "B"). Text that is not
 * such a number (东区, 3号楼2单元) comes back normalised but otherwise as written.
 *
 * @example
 * ```ts
 * import { unitPart } from "@linli/core";
 * unitPart("building", "2号楼"); // "2"
 * unitPart("unit", "二单元"); // "2"
 * unitPart("room", "301室"); // "301"
 * unitPart("building", "东区"); // "东区"
 * ```
 */
export function unitPart(kind: UnitPartKind, text: string): string {
  expectText("unitPart", "kind", kind);
  expectText("unitPart", "text", text);
  const t = normalizeText(text);
  const m = MARKERS[kind].exec(t);
  const core = (m ? m[1]! : t).replace(BEFORE[kind], "").trim();
  const read = kind === "floor" ? floorOf(core) : id(core);
  return read === undefined || read === "" ? t : read;
}
