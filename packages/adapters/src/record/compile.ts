import type { Column } from "@linli/core";
import type { RowIssue } from "../types.js";
import type { CellConverter, CellOutcome } from "./convert.js";
import { NONE, type RowValues } from "./values.js";

// Rows converted and records put together by straight-line code generated for one mapping,
// with property names written out and one call site per column: the same steps, in the same
// order, as RecordBuilder's loops over the columns. Only property names of the schema (through
// JSON.stringify) and column numbers are written into the code, never a header or a cell:
// those reach it as values. Where code cannot be generated (a Content-Security-Policy without
// 'unsafe-eval'), the loops are used.

type Obj = Record<string, unknown>;
type Setter = (record: Obj, value: unknown) => void;

/** What the generated code needs of the builder. */
export interface AssemblePlan {
  readonly columns: readonly {
    readonly column: Column;
    readonly set: Setter;
    readonly split?: readonly { readonly column: Column; readonly set: Setter }[];
  }[];
  /** `meta` of a new record, without its id. */
  readonly source: string | undefined;
  readonly schemaVersion: string;
  readonly idPrefix: string;
  /** Puts the unmapped cells into `extra`. */
  readonly extra: (record: Obj, v: RowValues) => void;
}

/** The code setting `column` to `x` on record `r`, as the column's setter does. */
function setCode(column: Column, setter: string): string {
  if (column.projection) return `${setter}(r, x);`;
  const path = column.path;
  const lines = ["let p = r, q;"];
  for (const k of path.slice(0, -1)) {
    const key = JSON.stringify(k);
    lines.push(
      `q = p[${key}];`,
      `if (typeof q !== "object" || q === null || Array.isArray(q)) { q = {}; p[${key}] = q; }`,
      "p = q;",
    );
  }
  lines.push(`p[${JSON.stringify(path[path.length - 1])}] = x;`);
  return `{ ${lines.join(" ")} }`;
}

/**
 * Generate the assembler of a mapping: `(values, row) => record`, or `undefined` when code
 * cannot be generated here.
 */
export function compileAssemble(
  plan: AssemblePlan,
): ((v: RowValues, row: number) => Obj) | undefined {
  const setters: Setter[] = [];
  const ref = (s: Setter) => `s[${setters.push(s) - 1}]`;
  const body: string[] = [
    "const values = v.values;",
    plan.source !== undefined
      ? 'const r = { meta: { id: "", schemaVersion: version, source: source } };'
      : 'const r = { meta: { id: "", schemaVersion: version } };',
    "let x;",
  ];
  plan.columns.forEach((c, j) => {
    body.push(`x = values[${j}]; if (x !== NONE) ${setCode(c.column, ref(c.set))}`);
  });
  plan.columns.forEach((c, j) => {
    if (!c.split) return;
    const parts = [`const parts = v.parts[${j}];`];
    c.split.forEach((s, k) => {
      parts.push(`x = parts[${k}]; if (x !== NONE) ${setCode(s.column, ref(s.set))}`);
    });
    body.push(`if (v.split[${j}]) { ${parts.join(" ")} }`);
  });
  body.push(
    "extra(r, v);",
    "const meta = r.meta;",
    'if (meta.id === "") meta.id = prefix + row;',
    "return r;",
  );
  try {
    const make = new Function(
      "NONE",
      "s",
      "version",
      "source",
      "prefix",
      "extra",
      `return function assemble(v, row) {\n${body.join("\n")}\n};`,
    );
    return make(NONE, setters, plan.schemaVersion, plan.source, plan.idPrefix, plan.extra);
  } catch {
    return undefined;
  }
}

/** Converts the cells of a row into `v`; returns the errors, adds warnings. */
export type ConvertRow = (
  row: number,
  cells: readonly string[],
  v: RowValues,
  warnings: RowIssue[],
) => RowIssue[] | undefined;

/** What the generated converter needs of the builder. */
export interface ConvertPlan {
  readonly columns: readonly {
    readonly index: number;
    readonly convert: CellConverter;
    readonly split?: readonly { readonly part: string }[];
  }[];
  /** Texts a survey preset writes for "no answer", if any. */
  readonly empties: ReadonlySet<string> | undefined;
  readonly isBlank: (text: string) => boolean;
  readonly address: (line: string) => Readonly<Record<string, string | undefined>>;
  readonly failed: (
    j: number,
    r: Extract<CellOutcome, { ok: false }>,
    row: number,
    text: string,
    errors: RowIssue[] | undefined,
    warnings: RowIssue[],
  ) => RowIssue[] | undefined;
  readonly warned: (
    j: number,
    r: Extract<CellOutcome, { ok: true }>,
    row: number,
    text: string,
    warnings: RowIssue[],
  ) => void;
  readonly extra: (cells: readonly string[], v: RowValues) => void;
}

/** Generate the converter of a mapping, or `undefined` when code cannot be generated here. */
export function compileConvert(plan: ConvertPlan): ConvertRow | undefined {
  const body: string[] = ["const values = v.values;", "let errors, text, r, parts, out, x;"];
  plan.columns.forEach((c, j) => {
    const skip = plan.empties ? " && !empties.has(text.trim())" : "";
    const lines = [
      `values[${j}] = NONE;`,
      c.split ? `v.split[${j}] = false;` : "",
      `text = cells[${c.index}];`,
      `if (text !== undefined && !isBlank(text)${skip}) {`,
      `r = c${j}(text);`,
      `if (!r.ok) errors = failed(${j}, r, row, text, errors, warnings);`,
      "else {",
      `if (r.warnings) warned(${j}, r, row, text, warnings);`,
      `values[${j}] = r.value;`,
    ];
    if (c.split) {
      lines.push(
        `if (typeof r.value === "string") {`,
        `v.split[${j}] = true; parts = address(r.value); out = v.parts[${j}];`,
      );
      for (const [k, s] of c.split.entries()) {
        lines.push(
          `x = parts[${JSON.stringify(s.part)}]; out[${k}] = x !== undefined && x !== "" ? x : NONE;`,
        );
      }
      lines.push("}");
    }
    lines.push("}", "}");
    body.push(lines.join("\n"));
  });
  body.push("extra(cells, v);", "return errors;");
  // One array argument rather than one per column: a call's arguments live on the stack.
  const bind =
    plan.columns.length > 0
      ? `const ${plan.columns.map((_, j) => `c${j} = converters[${j}]`).join(", ")};\n`
      : "";
  try {
    const make = new Function(
      "NONE",
      "isBlank",
      "empties",
      "address",
      "failed",
      "warned",
      "extra",
      "converters",
      `${bind}return function convert(row, cells, v, warnings) {\n${body.join("\n")}\n};`,
    );
    return make(
      NONE,
      plan.isBlank,
      plan.empties,
      plan.address,
      plan.failed,
      plan.warned,
      plan.extra,
      plan.columns.map((c) => c.convert),
    );
  } catch {
    return undefined;
  }
}
