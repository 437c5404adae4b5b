import {
  type Column,
  type EntityName,
  type Issue,
  type Localized,
  type MessageParams,
  SCHEMA_VERSION,
  type Validator,
  validator,
} from "@linli/core";
import { PRESET_EMPTY } from "../mapping/presets.js";
import { columnsByKey } from "../mapping/suggest.js";
import type { MappingReport } from "../mapping/types.js";
import { type AdapterMessageCode, adapterMessage } from "../messages.js";
import { formatHashtag, parseHashtag } from "../table/hxl.js";
import type { OversizeCell, RowIssue, TableRow, UncomputedCell } from "../types.js";
import { type UserVocabulary, wordsFor } from "../vocabulary/vocabulary.js";
import { columnLetter } from "../xlsx/write.js";
import { isBlankCell } from "./blank.js";
import { type ConvertRow, compileAssemble, compileConvert } from "./compile.js";
import {
  type CompletionNote,
  type CompletionPlan,
  type CoordinateSystem,
  complete,
  completionPlan,
  withoutGivenDefaults,
} from "./complete.js";
import { type CellOutcome, type CellProblem, converterFor } from "./convert.js";
import { readDefaults } from "./defaults.js";
import { parseAddressCached } from "./fast-paths.js";
import { columnAt } from "./locate.js";
import { compileSetter } from "./setter.js";
import { stableId } from "./stable-id.js";
import { markUpgraded } from "./upgraded.js";
import { type Mapped, NONE, RowValues } from "./values.js";
import { cellsAt, clear, isCleared, siblingCells, withheldCells } from "./withhold.js";

/**
 * The outcome of one data row: a validated record with its warnings, a rejected row with its
 * issues and raw cells, or an empty row (blank, a totals row, a note). A record's `warnings`
 * include its withheld cells (severity `withheld`): cells that could not be read, left out of
 * the record and kept in its `meta.withheld`.
 *
 * @example
 * ```ts
 * import type { RowResult } from "@linli/adapters";
 * function describe(r: RowResult): string {
 *   if (r.kind === "record") return `row ${r.row}: ${String(r.record.name)}`;
 *   if (r.kind === "rejected") return `row ${r.row}: ${r.issues.map((i) => i.message["zh-CN"]).join("；")}`;
 *   return `row ${r.row}: skipped (${r.reason})`;
 * }
 * ```
 */
export type RowResult<T = Record<string, unknown>> =
  | {
      readonly kind: "record";
      readonly row: number;
      readonly sheet?: string;
      readonly record: T;
      readonly warnings: RowIssue[];
    }
  | {
      readonly kind: "rejected";
      readonly row: number;
      readonly sheet?: string;
      readonly issues: RowIssue[];
      /** The row's cells by header text (a header seen twice gets " (2)"). */
      readonly raw: Record<string, string>;
    }
  | {
      readonly kind: "empty";
      readonly row: number;
      readonly sheet?: string;
      /** `blank`: no content; `totals`: a 合计 row; `note`: a note below the data. */
      readonly reason: "blank" | "totals" | "note";
    };

/** Everything that stays the same for every row of one table. */
export interface BuilderOptions {
  readonly entity: EntityName;
  readonly file: string;
  readonly sheet?: string;
  /** `meta.source` of the records. */
  readonly source?: string;
  /** Header texts by column (may grow, for NDJSON). */
  readonly headers: readonly string[];
  readonly hashtags?: readonly (string | null)[];
  readonly mapping: MappingReport;
  /** Values for columns a row leaves empty, by column key, as text (read like a cell). */
  readonly defaults?: Readonly<Record<string, string>>;
  /** The coordinate system of the file's latitude and longitude. Default: WGS-84. */
  readonly crs?: CoordinateSystem;
  /** Name the sheet in every message (a workbook of several sheets, or all sheets read). */
  readonly sheetInMessages?: boolean;
  /** The user's words for choices, checked by `checkVocabulary`. */
  readonly vocabulary?: UserVocabulary;
  /** Where phone numbers without a country code are from (checked ISO 3166 code); default China. */
  readonly phoneCountry?: string;
}

/**
 * Builds records from raw rows with a fixed mapping: converts mapped cells, splits
 * compound addresses, keeps unmapped cells in `extra`, gives each record a stable
 * `meta.id`, validates, and reports every problem with file, row, column and field.
 */
export class RecordBuilder {
  readonly mapped: Mapped[];
  private readonly mappedIndex: boolean[] = [];
  private readonly check: Validator<unknown>;
  private readonly empties: ReadonlySet<string>;
  private readonly idPrefix: string;
  private readonly sheet: { sheet: string } | Record<string, never>;
  /** The values of the row being built (shared: read them before building the next). */
  readonly scratch: RowValues;

  private readonly byKey: ReadonlyMap<string, Column>;

  constructor(readonly o: BuilderOptions) {
    const byKey = columnsByKey(o.entity);
    this.byKey = byKey;
    this.mapped = [];
    for (const c of o.mapping.columns) {
      const column = c.field ? byKey.get(c.field) : undefined;
      if (!column) continue;
      const split = c.split
        ?.map((k) => byKey.get(k))
        .filter((x): x is Column => x !== undefined)
        .map((s) => ({ column: s, part: s.path[s.path.length - 1]!, set: compileSetter(s) }));
      this.mapped.push({
        index: c.index,
        header: c.header,
        column,
        convert: converterFor(
          column,
          wordsFor(o.vocabulary, column),
          o.phoneCountry ? { phoneCountry: o.phoneCountry } : {},
        ),
        set: compileSetter(column),
        ...(split ? { split } : {}),
      });
      this.mappedIndex[c.index] = true;
    }
    // Projections into one array are written in index order: phone before phone2, so that
    // the second phone lands second whatever the column order of the file.
    this.mapped.sort(
      (a, b) => (a.column.projection?.index ?? 0) - (b.column.projection?.index ?? 0),
    );
    this.sheet = o.sheet !== undefined ? { sheet: o.sheet } : {};
    this.check = validator(o.entity) as Validator<unknown>;
    this.empties = o.mapping.preset ? PRESET_EMPTY[o.mapping.preset] : new Set();
    // Ids read `resident-<hash of source and sheet>-<row>`: stable across imports of the same
    // file, unique within it, and the row is visible to people comparing with the sheet.
    this.idPrefix = `${o.entity}-${stableId(`${o.source ?? o.file}\u0000${o.sheet ?? ""}`)}-`;
    this.scratch = new RowValues(this.mapped);
    this.givenKeys = new Set(Object.keys(o.defaults ?? {}));
    this.completion = completionPlan(
      byKey,
      this.o.defaults
        ? readDefaults(o.entity, this.o.defaults, o.file, o.vocabulary, o.phoneCountry)
        : undefined,
      o.crs,
      this.mapped.some((m) => m.column.key.endsWith("geo.lat") || m.column.key.endsWith("geo.lon")),
    );
  }

  private readonly completion: CompletionPlan;

  /** Where a row is, in messages: the file, or the file and its sheet. */
  private get place(): string | Localized {
    const { file, sheet, sheetInMessages } = this.o;
    return sheetInMessages && sheet !== undefined
      ? adapterMessage("odk.sheet", { file, sheet })
      : file;
  }

  /** Header texts as `extra` keeps them (at most 200 characters), by the text they came from. */
  private readonly extraHeaders: [raw: string, kept: string][] = [];

  private extraHeader(i: number): string {
    const raw = this.header(i);
    const hit = this.extraHeaders[i];
    if (hit && hit[0] === raw) return hit[1];
    const kept = raw.slice(0, 200);
    this.extraHeaders[i] = [raw, kept];
    return kept;
  }

  private header(i: number): string {
    const h = this.o.headers[i];
    if (h !== undefined && h !== "") return h;
    return this.o.hashtags?.[i] ?? columnLetter(i);
  }

  /** Whether a data row repeats the header's names or hashtags: a header, not a record. */
  private repeatsHeader(cells: readonly string[]): boolean {
    const tags = this.o.hashtags;
    return (
      repeatsNames(cells, this.o.headers) || (tags !== undefined && repeatsHashtags(cells, tags))
    );
  }

  private issue(
    row: number,
    p: CellProblem,
    at?: { header: string; field?: string | undefined },
    value?: string,
  ): RowIssue {
    const where = { file: this.place, row };
    const message = at
      ? adapterMessage("row.cell", { ...where, column: at.header, detail: p.detail })
      : adapterMessage("row.record", { ...where, detail: p.detail });
    return {
      file: this.o.file,
      ...(this.o.sheet !== undefined ? { sheet: this.o.sheet } : {}),
      row,
      ...(at ? { column: at.header } : {}),
      ...(at?.field !== undefined ? { field: at.field } : {}),
      code: p.code,
      severity: p.severity,
      message,
      ...(value !== undefined ? { value } : {}),
    };
  }

  /**
   * Why a cell of a list entry is withheld when the entry lacks another, required part: a
   * quantity without its item says that the item is missing and why (no such column, or the
   * row's cell empty or withheld), rather than naming the missing part's path.
   */
  private partMissing(i: Issue, m: Mapped, held: readonly RowIssue[]): Localized | undefined {
    const proj = m.column.projection;
    const cp = m.column.path;
    const path = i.path;
    if (i.code !== "schema.required" || !proj || !path || path.length !== cp.length + 2) return;
    const prop = path[cp.length + 1];
    if (prop === proj.property || typeof path[cp.length] !== "number") return;
    let missing: Column | undefined;
    for (const c of this.byKey.values()) {
      const q = c.projection;
      if (q && q.property === prop && (q.index ?? 0) === (proj.index ?? 0)) {
        if (c.path.length === cp.length && c.path.every((k, j) => cp[j] === k)) missing = c;
      }
    }
    if (!missing) return;
    const part = missing.label;
    const own = this.mapped.find((x) => x.column.key === missing.key);
    // Empty as read: a blank cell, or a survey's "(跳过)"; withheld: its own message says why.
    const withheld = own !== undefined && held.some((h) => h.column === own.header);
    const zh = missing.aliases.find((a) => /\p{Script=Han}/u.test(a)) ?? part["zh-CN"];
    const en = missing.aliases.find((a) => /^[\x20-\x7e]+$/.test(a)) ?? part.en;
    const why = !own
      ? adapterMessage("part.noColumn", { part, zh, en })
      : withheld
        ? adapterMessage("part.withheld", { part, column: own.header })
        : adapterMessage("part.emptyCell", { part, column: own.header });
    return adapterMessage("part.missing", { field: m.column.label, part, why });
  }

  /** Keys of `raw` by column: repeated headers numbered "h (2)", "h (3)"…, made once. */
  private rawKeys: string[] = [];
  private rawFrom: string[] = [];
  private rawUsed = new Set<string>();
  private rawNext = new Map<string, number>();

  private rawKey(i: number): string {
    // NDJSON headers grow while reading: start again if one changed under its key.
    if (i < this.rawKeys.length && this.rawFrom[i] !== this.header(i)) {
      this.rawKeys = [];
      this.rawFrom = [];
      this.rawUsed = new Set();
      this.rawNext = new Map();
    }
    // Keys are made in column order, once each, so a file with many repeated headers is
    // numbered in linear time rather than searched again for every row.
    while (this.rawKeys.length <= i) {
      const h = this.header(this.rawKeys.length);
      let key = h;
      if (this.rawUsed.has(key)) {
        let k = this.rawNext.get(h) ?? 2;
        while (this.rawUsed.has(`${h} (${k})`)) k++;
        key = `${h} (${k})`;
        this.rawNext.set(h, k + 1);
      }
      this.rawUsed.add(key);
      this.rawKeys.push(key);
      this.rawFrom.push(h);
    }
    return this.rawKeys[i]!;
  }

  /** The cells of a row by header text, safe for any header (`__proto__` included). */
  raw(cells: readonly string[]): Record<string, string> {
    const out: Record<string, string> = Object.create(null);
    for (let i = 0; i < cells.length; i++) out[this.rawKey(i)] = cells[i]!;
    return out;
  }

  /** The whole row rejected for one problem of the row itself, its cells kept as read. */
  private reject(
    row: number,
    cells: readonly string[],
    code: AdapterMessageCode,
    params?: MessageParams,
  ): RowResult {
    const detail = adapterMessage(code, { file: this.place, ...params });
    const p: CellProblem = { code, severity: "error", detail };
    return {
      kind: "rejected",
      row,
      ...this.sheet,
      issues: [{ ...this.issue(row, p), message: detail }],
      raw: this.raw(cells),
    };
  }

  build(t: TableRow): RowResult {
    const { row, cells } = t;
    const sheet = this.sheet;
    if (t.problem) return this.reject(row, cells, t.problem.code, t.problem.params);
    if (t.footer) return { kind: "empty", row, ...sheet, reason: t.footer };
    let blank = true;
    for (const c of cells) {
      if (!isBlankCell(c)) {
        blank = false;
        break;
      }
    }
    if (blank) return { kind: "empty", row, ...sheet, reason: "blank" };
    if (this.repeatsHeader(cells)) return this.reject(row, cells, "header.repeated", { row });

    const v = this.scratch;
    const warnings: RowIssue[] = [];
    const over = t.oversize;
    const unc = t.uncomputed;
    // Cells over the limit or without a value are read as empty and withheld: the rest of the
    // row is kept.
    const held = over || unc ? withoutCells(cells, over, unc) : cells;
    const read = this.convert(row, held, v, warnings);
    const errors =
      over || unc
        ? [
            ...(over ? this.oversized(row, cells, over) : []),
            ...(unc ? this.uncomputedCells(row, unc) : []),
            ...(read ?? []),
          ]
        : read;
    const notes: CompletionNote[] = [];
    const record = this.assemble(v, row, notes);
    const checked = this.check(record);
    if (!errors && checked.ok) {
      this.noted(row, cells, notes, warnings);
      return this.accepted(row, checked.value as Record<string, unknown>, warnings);
    }
    return this.withhold(row, cells, errors ?? [], record, checked, warnings);
  }

  /** The `limit.cell` errors of a row's cells over the limit, one per cell. */
  private oversized(row: number, cells: readonly string[], over: readonly OversizeCell[]) {
    return over.map((o) => {
      const m = this.mapped.find((x) => x.index === o.index);
      const detail = adapterMessage("limit.cell", { size: o.size, limit: o.limit });
      const p: CellProblem = { code: "limit.cell", severity: "error", detail };
      const at = { header: m ? m.header : this.header(o.index), field: m?.column.key };
      return this.issue(row, p, at, cells[o.index]);
    });
  }

  /** The `cell.uncomputed` errors of a row's formulas without a result, one per cell. */
  private uncomputedCells(row: number, unc: readonly UncomputedCell[]) {
    return unc.map((u) => {
      const m = this.mapped.find((x) => x.index === u.index);
      const formula = u.formula === "" ? "" : `=${u.formula}`;
      const detail = adapterMessage("cell.uncomputed", { formula: formula || "=…" });
      const p: CellProblem = { code: "cell.uncomputed", severity: "error", detail };
      const at = { header: m ? m.header : this.header(u.index), field: m?.column.key };
      return this.issue(row, p, at, formula);
    });
  }

  /**
   * A row with cells that did not convert or values the schema refuses: those cells are left
   * out and the row kept, as long as what remains holds the minimum that identifies the
   * entity; otherwise the row is rejected with every problem.
   */
  private withhold(
    row: number,
    cells: readonly string[],
    errors: RowIssue[],
    first: Record<string, unknown>,
    firstCheck: ReturnType<Validator<unknown>>,
    warnings: RowIssue[],
  ): RowResult {
    const v = this.scratch;
    const held: RowIssue[] = [...errors];
    let record = first;
    let checked = firstCheck;
    let notes: CompletionNote[] = [];
    // Each round leaves out the cells the last check named; a record has few nested levels.
    for (let round = 0; round < 4 && !checked.ok; round++) {
      let cleared = false;
      for (const i of checked.issues) {
        const at0 = cellsAt(this.mapped, record, i.path);
        const cells0 = at0.some((at) => !isCleared(v, at))
          ? at0
          : siblingCells(this.mapped, i.path, record);
        for (const at of cells0) {
          if (!clear(v, at)) continue;
          cleared = true;
          const m = this.mapped[at.j]!;
          const column = at.part === undefined ? m.column : m.split![at.part]!.column;
          const detail = this.partMissing(i, m, held) ?? i.message;
          const p: CellProblem = { code: i.code, severity: "error", detail };
          held.push(this.issue(row, p, { header: m.header, field: column.key }, cells[m.index]));
        }
      }
      if (!cleared) break;
      notes = [];
      record = this.assemble(v, row, notes);
      checked = this.check(record);
    }
    const fromDefaults: RowIssue[] = [];
    if (!checked.ok && this.givenKeys.size > 0) {
      const plain = this.assembleValues(v, row);
      const paths = checked.issues.map((i) => i.path ?? []);
      const { dropped, plan } = withoutGivenDefaults(this.completion, this.givenKeys, plain, paths);
      if (dropped.length > 0) {
        const problems = checked.issues;
        notes = [];
        complete(plan, plain, notes);
        record = plain;
        checked = this.check(record);
        for (const [column] of dropped) {
          const why = problems.find((i) => i.path?.[0] === column.path[0]) ?? problems[0]!;
          fromDefaults.push(this.givenWithheld(row, column, why));
        }
      }
    }
    if (!checked.ok) {
      const issues = checked.issues.map((i) => this.fromValidation(row, record, cells, i));
      return {
        kind: "rejected",
        row,
        ...this.sheet,
        issues: [...held, ...issues, ...warnings],
        raw: this.raw(cells),
      };
    }
    const value = checked.value as Record<string, unknown>;
    (value.meta as { withheld?: unknown }).withheld = withheldCells([...held, ...fromDefaults]);
    const withheld = held.map((i) => ({
      ...i,
      severity: "withheld" as const,
      message: adapterMessage("row.cell", {
        file: this.place,
        row,
        column: i.column ?? "",
        detail: adapterMessage("cell.withheld", { detail: detailOf(i) }),
      }),
    }));
    this.noted(row, cells, notes, warnings);
    return this.accepted(row, value, [...withheld, ...fromDefaults, ...warnings]);
  }

  /** Keys of the values the caller gave for the whole file (`defaults`, `--set`). */
  private readonly givenKeys: ReadonlySet<string>;

  /** A value given for the whole file, left out of one row whose record it made invalid. */
  private givenWithheld(row: number, column: Column, why: Issue): RowIssue {
    const value = this.o.defaults?.[column.key] ?? "";
    return {
      file: this.o.file,
      ...(this.o.sheet !== undefined ? { sheet: this.o.sheet } : {}),
      row,
      field: column.key,
      code: "defaults.withheld",
      severity: "withheld",
      message: adapterMessage("defaults.withheld", {
        file: this.place,
        row,
        field: column.key,
        value,
        detail: why.message,
      }),
      value,
    };
  }

  /** The notes of a record's completion as warnings on the columns they concern. */
  private noted(
    row: number,
    cells: readonly string[],
    notes: readonly CompletionNote[],
    warnings: RowIssue[],
  ): void {
    for (const n of notes) {
      const m = this.mapped.find((x) => x.column.key === n.key);
      const p: CellProblem = {
        code: n.code,
        severity: "warning",
        detail: adapterMessage(n.code, n.params),
      };
      warnings.push(
        m
          ? this.issue(row, p, { header: m.header, field: n.key }, cells[m.index])
          : this.issue(row, p),
      );
    }
  }

  /**
   * Whether {@link RecordBuilder.build} would accept this row (not blank, no problem, no
   * footer) as a record without warnings; its values are then left in `scratch`.
   */
  accepts(t: TableRow): boolean {
    if (t.oversize || t.uncomputed || this.repeatsHeader(t.cells)) return false;
    const warnings: RowIssue[] = [];
    const errors = this.convert(t.row, t.cells, this.scratch, warnings);
    if (errors || warnings.length > 0) return false;
    const notes: CompletionNote[] = [];
    const record = this.assemble(this.scratch, t.row, notes);
    return notes.length === 0 && this.check.is(record);
  }

  /** The result of a row whose record passed, with the warnings kept on it. */
  accepted(row: number, record: Record<string, unknown>, warnings: RowIssue[]): RowResult {
    if (warnings.length > 0) markUpgraded(this.mapped, record, warnings);
    return this.o.sheet !== undefined
      ? { kind: "record", row, sheet: this.o.sheet, record, warnings }
      : { kind: "record", row, record, warnings };
  }

  /**
   * Convert the mapped cells of a row into `v` (values, split parts, extra cells); warnings
   * are added to `warnings`, errors returned.
   */
  convert(
    row: number,
    cells: readonly string[],
    v: RowValues,
    warnings: RowIssue[],
  ): RowIssue[] | undefined {
    this.converter ??=
      compileConvert({
        columns: this.mapped,
        empties: this.empties.size > 0 ? this.empties : undefined,
        isBlank: isBlankCell,
        address: parseAddressCached,
        failed: (j, r, rw, text, errors, w) => this.failed(j, r, rw, text, errors, w),
        warned: (j, r, rw, text, w) => this.warned(this.mapped[j]!, r, rw, text, w),
        extra: (c, values) => this.extraCells(c, values),
      }) ?? ((rw, c, values, w) => this.convertEach(rw, c, values, w));
    return this.converter(row, cells, v, warnings);
  }

  private converter: ConvertRow | undefined;

  /** {@link RecordBuilder.convert} column by column (where code cannot be made). */
  convertEach(
    row: number,
    cells: readonly string[],
    v: RowValues,
    warnings: RowIssue[],
  ): RowIssue[] | undefined {
    let errors: RowIssue[] | undefined;
    const mapped = this.mapped;
    for (let j = 0; j < mapped.length; j++) {
      const m = mapped[j]!;
      v.values[j] = NONE;
      v.split[j] = false;
      const text = cells[m.index];
      if (text === undefined || isBlankCell(text)) continue;
      if (this.empties.size > 0 && this.empties.has(text.trim())) continue;
      const r = m.convert(text);
      if (!r.ok) {
        errors = this.failed(j, r, row, text, errors, warnings);
        continue;
      }
      if (r.warnings) this.warned(m, r, row, text, warnings);
      v.values[j] = r.value;
      if (m.split && typeof r.value === "string") {
        v.split[j] = true;
        const parts = parseAddressCached(r.value);
        const out = v.parts[j]!;
        for (let k = 0; k < m.split.length; k++) {
          const part = parts[m.split[k]!.part];
          // Split parts never have a column of their own (the mapping leaves those out).
          out[k] = part !== undefined && part !== "" ? part : NONE;
        }
      }
    }
    this.extraCells(cells, v);
    return errors;
  }

  /** The problems of a cell that did not convert: errors returned, warnings added. */
  private failed(
    j: number,
    r: Extract<CellOutcome, { ok: false }>,
    row: number,
    text: string,
    errors: RowIssue[] | undefined,
    warnings: RowIssue[],
  ): RowIssue[] | undefined {
    const m = this.mapped[j]!;
    const at = { header: m.header, field: m.column.key };
    for (const p of r.problems) {
      const i = this.issue(row, p, at, text);
      if (p.severity === "error") {
        errors ??= [];
        errors.push(i);
      } else warnings.push(i);
    }
    return errors;
  }

  private warned(
    m: Mapped,
    r: Extract<CellOutcome, { ok: true }>,
    row: number,
    text: string,
    warnings: RowIssue[],
  ): void {
    const at = { header: m.header, field: m.column.key };
    for (const p of r.warnings!) warnings.push(this.issue(row, p, at, text));
  }

  /** The unmapped non-empty cells, for `extra`. */
  private extraCells(cells: readonly string[], v: RowValues): void {
    let n = 0;
    for (let i = 0; i < cells.length; i++) {
      const text = cells[i]!;
      if (text === "" || this.mappedIndex[i] === true) continue;
      v.extraIndex[n] = i;
      v.extraText[n] = text;
      n++;
    }
    v.extraCount = n;
  }

  /**
   * Put converted values together into a record, in the order the mapping sets them, and
   * complete it (defaults, coordinate system, birth date and sex from a citizen ID); what the
   * completion notes is added to `notes`.
   */
  assemble(v: RowValues, row: number, notes?: CompletionNote[]): Record<string, unknown> {
    const record = this.assembleValues(v, row);
    complete(this.completion, record, notes);
    return record;
  }

  private assembleValues(v: RowValues, row: number): Record<string, unknown> {
    this.compiled ??=
      compileAssemble({
        columns: this.mapped,
        source: this.o.source,
        schemaVersion: SCHEMA_VERSION,
        idPrefix: this.idPrefix,
        extra: (record, values) => this.putExtra(record, values),
      }) ?? ((values, r) => this.assembleLoop(values, r));
    return this.compiled(v, row);
  }

  private compiled: ((v: RowValues, row: number) => Record<string, unknown>) | undefined;

  /** {@link RecordBuilder.assemble} by calling each column's setter (where code cannot be made). */
  assembleEach(v: RowValues, row: number, notes?: CompletionNote[]): Record<string, unknown> {
    const record = this.assembleLoop(v, row);
    complete(this.completion, record, notes);
    return record;
  }

  private assembleLoop(v: RowValues, row: number): Record<string, unknown> {
    const record: Record<string, unknown> = {
      meta:
        this.o.source !== undefined
          ? { id: "", schemaVersion: SCHEMA_VERSION, source: this.o.source }
          : { id: "", schemaVersion: SCHEMA_VERSION },
    };
    const mapped = this.mapped;
    for (let j = 0; j < mapped.length; j++) {
      const value = v.values[j];
      if (value !== NONE) mapped[j]!.set(record, value);
    }
    for (let j = 0; j < mapped.length; j++) {
      if (!v.split[j]) continue;
      const split = mapped[j]!.split!;
      const parts = v.parts[j]!;
      for (let k = 0; k < split.length; k++) {
        const part = parts[k]!;
        if (part !== NONE) split[k]!.set(record, part);
      }
    }
    this.putExtra(record, v);
    const meta = record.meta as { id: string };
    if (meta.id === "") meta.id = this.idPrefix + row;
    return record;
  }

  private putExtra(record: Record<string, unknown>, v: RowValues): void {
    const n = v.extraCount;
    if (n === 0) return;
    const extra: { header: string; value: string; hxl?: string }[] = [];
    const tags = this.o.hashtags;
    for (let k = 0; k < n; k++) {
      const i = v.extraIndex[k]!;
      const header = this.extraHeader(i);
      const value = v.extraText[k]!;
      // The column's hashtag goes with it, for an HXL export to write back.
      const hxl = tags?.[i];
      extra.push(hxl ? { header, value, hxl } : { header, value });
    }
    record.extra = extra;
  }

  private fromValidation(
    row: number,
    record: Record<string, unknown>,
    cells: readonly string[],
    i: Issue,
  ): RowIssue {
    const m = i.path ? columnAt(this.mapped, record, i.path) : undefined;
    const p: CellProblem = { code: i.code, severity: i.severity, detail: i.message as Localized };
    return m
      ? this.issue(row, p, { header: m.header, field: m.column.key }, cells[m.index])
      : this.issue(row, p);
  }
}

/**
 * Whether a row holds the header's column names again, or its hashtags (files joined one after
 * another): at least one name, every cell as in the header. Most rows differ in their first
 * cell, so this costs one comparison.
 */
function repeatsNames(cells: readonly string[], names: readonly string[]): boolean {
  let named = 0;
  const n = Math.max(cells.length, names.length);
  for (let i = 0; i < n; i++) {
    const c = cells[i] ?? "";
    const h = names[i] ?? "";
    if (c !== h) {
      const t = c.trim();
      if (t !== h.trim()) return false;
      if (t === "") continue;
    } else if (h === "") continue;
    named++;
  }
  return named > 0;
}

function repeatsHashtags(cells: readonly string[], tags: readonly (string | null)[]): boolean {
  let named = 0;
  const n = Math.max(cells.length, tags.length);
  for (let i = 0; i < n; i++) {
    const c = cells[i] ?? "";
    const tag = tags[i] ?? null;
    if (c.trim() === "" && tag === null) continue;
    if (tag === null || c.indexOf("#") < 0) return false;
    const h = parseHashtag(c);
    if (!h || formatHashtag(h) !== tag) return false;
    named++;
  }
  return named > 0;
}

/** The cells with the listed ones emptied (a copy). */
function withoutCells(
  cells: readonly string[],
  over: readonly OversizeCell[] | undefined,
  unc: readonly UncomputedCell[] | undefined,
): string[] {
  const out = cells.slice();
  for (const o of over ?? []) if (o.index < out.length) out[o.index] = "";
  for (const u of unc ?? []) if (u.index < out.length) out[u.index] = "";
  return out;
}

/** The detail of a cell issue: its message after "file, row, column:". */
function detailOf(i: RowIssue): Localized {
  const cut = (s: string, lang: "zh-CN" | "en") => {
    const marker = lang === "zh-CN" ? "列：" : "”: ";
    const at = s.indexOf(marker);
    return at >= 0 ? s.slice(at + marker.length) : s;
  };
  return { "zh-CN": cut(i.message["zh-CN"], "zh-CN"), en: cut(i.message.en, "en") };
}
