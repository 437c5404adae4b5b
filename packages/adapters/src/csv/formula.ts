import { expectText } from "@linli/core";

// Cells that a spreadsheet would run as a formula start with = + - @ (or a tab or carriage
// return, which some programs skip before looking). An apostrophe in front makes them text.
// Text that already starts with apostrophes before such a character gets one more, so that
// removing one apostrophe on reading always gives back the original text.
const RISKY = /^'*[=+\-@\t\r]/;
const NEUTRALIZED = /^'+[=+\-@\t\r]/;

/**
 * Whether a spreadsheet could run this cell text as a formula (it starts with `=`, `+`,
 * `-`, `@`, a tab or a carriage return), or it starts with apostrophes before one of them.
 *
 * @example
 * ```ts
 * import { isFormulaRisk } from "@linli/adapters";
 * [isFormulaRisk("=HYPERLINK(\"http://x\")"), isFormulaRisk("-行动不便"), isFormulaRisk("王伟")];
 * // [true, true, false]
 * ```
 */
export function isFormulaRisk(text: string): boolean {
  return RISKY.test(text);
}

/**
 * Make text that a spreadsheet would run as a formula inert, by putting an apostrophe in
 * front (the OWASP advice for CSV). Other text is returned unchanged. {@link restoreFormula}
 * undoes it exactly.
 *
 * @example
 * ```ts
 * import { neutralizeFormula } from "@linli/adapters";
 * [neutralizeFormula("=1+1"), neutralizeFormula("+8613800138000"), neutralizeFormula("王伟")];
 * // ["'=1+1", "'+8613800138000", "王伟"]
 * ```
 */
export function neutralizeFormula(text: string): string {
  return RISKY.test(text) ? `'${text}` : text;
}

/**
 * Undo {@link neutralizeFormula}: drop one apostrophe before `=`, `+`, `-`, `@`, a tab or a
 * carriage return. Reading CSV files does this, so exported text comes back as it was.
 *
 * @example
 * ```ts
 * import { restoreFormula } from "@linli/adapters";
 * [restoreFormula("'=1+1"), restoreFormula("''-x"), restoreFormula("'abc")]; // ["=1+1", "'-x", "'abc"]
 * ```
 */
export function restoreFormula(text: string): string {
  expectText("restoreFormula", "text", text);
  return text.charCodeAt(0) === 39 && NEUTRALIZED.test(text) ? text.slice(1) : text;
}

/** A formula that is a text: `"…"`, with `""` for a quote inside. */
const TEXT_LITERAL = /^\s*"((?:[^"]|"")*)"\s*$/;

/**
 * The text a formula (without its `=`) gives when it is a text and nothing more: `"0123"`
 * gives `0123`. Undefined for any other formula.
 */
export function literalOf(formula: string): string | undefined {
  const m = TEXT_LITERAL.exec(formula);
  return m ? m[1]!.replaceAll('""', '"') : undefined;
}

/**
 * The text of a cell written `="0123"`, as systems export IDs, phones and codes so that Excel
 * shows them as text and keeps every digit; undefined for any other cell.
 *
 * @example
 * ```ts
 * import { textFormulaValue } from "@linli/adapters";
 * [textFormulaValue('="610102198503011237"'), textFormulaValue('=""'), textFormulaValue("=A1")];
 * // ["610102198503011237", "", undefined]
 * ```
 */
export function textFormulaValue(text: string): string | undefined {
  expectText("textFormulaValue", "text", text);
  return formulaText(text);
}

function formulaText(text: string): string | undefined {
  // Excel reads `= "1"` as `="1"`, but a cell starting with a space as text.
  return text.charCodeAt(0) === 61 ? literalOf(text.slice(1)) : undefined;
}

/**
 * {@link restoreFormula} on every cell of freshly parsed rows, in place, and a cell written
 * `="…"` read as the text Excel shows for it ({@link textFormulaValue}). A cell of linli's own
 * that starts with `=` was written `'=…` and comes back as it was.
 */
export function restoreFormulaCells(rows: readonly { readonly cells: string[] }[]): void {
  for (const row of rows) {
    const cells = row.cells;
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i]!;
      const first = c.charCodeAt(0);
      if (first === 39 && NEUTRALIZED.test(c)) cells[i] = c.slice(1);
      else if (first === 61) cells[i] = formulaText(c) ?? c;
    }
  }
}
