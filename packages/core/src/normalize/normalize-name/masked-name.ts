import { expectText } from "../../i18n/argument.js";

/** Characters hiding a name's characters: 张*明, 李●●. Not • (U+2022): a name's middle dot. */
const MASK = /[*＊●×]/;
const ANY = /[*＊●×某xX]/;
/** A surname, then 某 or X for each hidden character: 张某某, 欧阳某, 王XX. */
const STAND_IN = /^\p{Script=Han}{1,2}(?:某{1,2}|[xX]{1,2})$/u;

/**
 * Whether a name has characters hidden, as lists passed outside an office and published
 * documents show them (张*明, 李**, 张某某, 王XX). Such a name cannot tell its person from
 * others with the same surname: keep it as written, but do not match people on it.
 *
 * @example
 * ```ts
 * import { isMaskedName } from "@linli/core";
 * [isMaskedName("李**"), isMaskedName("张某某"), isMaskedName("买买提•艾力"), isMaskedName("Max")];
 * // [true, true, false, false]
 * ```
 */
export function isMaskedName(name: string): boolean {
  expectText("isMaskedName", "name", name);
  // One plain test for the common name, which holds none of these.
  if (!ANY.test(name)) return false;
  const s = name.trim();
  return MASK.test(s) || STAND_IN.test(s);
}
