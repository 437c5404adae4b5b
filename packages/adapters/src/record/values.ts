import type { Column } from "@linli/core";
import type { CellConverter } from "./convert.js";

/** A mapped column of a table, ready to convert and set its cells. */
export interface Mapped {
  readonly index: number;
  readonly header: string;
  readonly column: Column;
  readonly convert: CellConverter;
  readonly set: (record: Record<string, unknown>, value: unknown) => void;
  readonly split?: readonly { column: Column; part: string; set: Mapped["set"] }[];
}

/** The choices of a column whose values are choices (or lists of them), by value. */
export function choicesOf(column: Column): readonly string[] | undefined {
  const node = column.node.kind === "array" ? column.node.item : column.node;
  return node.kind === "enum" ? (node.values as string[]) : undefined;
}

/** Marks a mapped column or split part that gives the record nothing. */
export const NONE: unique symbol = /* @__PURE__ */ Symbol("none");

/**
 * The converted values of one row, before they are put together into a record: one per
 * mapped column, the parts of split columns, and the unmapped cells for `extra`. Reused from
 * row to row.
 */
export class RowValues {
  /** By mapped column (in {@link RecordBuilder.mapped} order). */
  readonly values: unknown[];
  /** By mapped column with a split: the parts, by split column; empty when not split. */
  readonly parts: (string | typeof NONE)[][];
  /** Whether the mapped column's value was split (a text line). */
  readonly split: boolean[];
  /**
   * Unmapped non-empty cells: column index and text, the first `extraCount` entries. The
   * arrays keep their length from row to row: emptying them would free their storage and
   * every row would allocate it again.
   */
  extraCount = 0;

  readonly extraIndex: number[] = [];
  readonly extraText: string[] = [];

  constructor(mapped: readonly Mapped[]) {
    this.values = mapped.map(() => NONE);
    this.parts = mapped.map((m) => (m.split ?? []).map(() => NONE));
    this.split = mapped.map(() => false);
  }
}
