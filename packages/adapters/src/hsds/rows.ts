// HSDS rows of the tables with no entity of their own, as parts of linli records: services,
// phones, schedules, addresses, contacts and identifiers.
import {
  describe,
  fromZodIssue,
  type Localized,
  parsePhones,
  Schedule,
  Service,
  type WithheldCell,
} from "@linli/core";
import type * as z from "zod";
import type { SubmissionTable } from "../odk/tables.js";

/** One row of an HSDS table, read by column name. */
export interface HsdsRow {
  readonly row: number;
  get(column: string): string | undefined;
  /** The cells no linli field takes, with their headers. */
  rest(taken: readonly string[]): { header: string; value: string }[];
}

/** The non-blank rows of a table. */
export function rowsOf(t: SubmissionTable): HsdsRow[] {
  const at = new Map<string, number>();
  t.headers.forEach((h, i) => {
    const k = h.trim().toLowerCase();
    if (!at.has(k)) at.set(k, i);
  });
  const out: HsdsRow[] = [];
  t.rows.forEach((cells, i) => {
    if (cells.every((c) => c.trim() === "")) return;
    const get = (c: string) => {
      const v = cells[at.get(c) ?? -1]?.trim();
      return v === undefined || v === "" ? undefined : v;
    };
    const rest = (taken: readonly string[]) =>
      t.headers.flatMap((h, k) =>
        !taken.includes(h.trim().toLowerCase()) && (cells[k] ?? "").trim() !== ""
          ? [{ header: h, value: cells[k]!.trim() }]
          : [],
      );
    out.push({ row: t.rowNumbers[i]!, get, rest });
  });
  return out;
}

/** A part that did not fit its schema, cell by cell: what was kept and what was withheld. */
export interface Fitted<T> {
  readonly value?: T;
  readonly withheld: { key: string; value: string; code: string; detail: Localized }[];
  /** Why a required key failed, when it did. */
  readonly failed?: Localized;
}

/**
 * Fit an object to a zod schema by leaving out the optional keys that fail: the part is kept,
 * only its unreadable cells are withheld. Fails (no value) when a required key fails.
 */
export function fit<T>(
  schema: z.ZodType<T>,
  input: Record<string, unknown>,
  required: readonly string[],
): Fitted<T> {
  const o: Record<string, unknown> = { ...input };
  const withheld: Fitted<T>["withheld"] = [];
  for (let tries = 0; tries < 50; tries++) {
    const r = schema.safeParse(o);
    if (r.success) return { value: r.data, withheld };
    const bad = new Set(r.error.issues.map((i) => String(i.path[0] ?? "")));
    for (const key of bad) {
      const z = r.error.issues.find((i) => String(i.path[0] ?? "") === key)!;
      const i = fromZodIssue(describe(schema), z);
      if (key === "" || required.includes(key) || !(key in o)) {
        return { withheld, failed: i.message };
      }
      withheld.push({ key, value: text(o[key]), code: i.code, detail: i.message });
      delete o[key];
    }
  }
  return { withheld };
}

const text = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));

const STATUS = new Set(["active", "inactive", "defunct", "temporarily closed"]);
const SERVICE_COLUMNS = [
  "id",
  "organization_id",
  "name",
  "description",
  "url",
  "email",
  "status",
  "eligibility_description",
  "fees_description",
  "fees",
];

/** An HSDS service row as a linli service (its organisation link apart). */
export function serviceOf(r: HsdsRow, fallbackId: string) {
  const status = r.get("status")?.toLowerCase();
  const extra = r.rest(SERVICE_COLUMNS);
  const fees = r.get("fees_description") ?? r.get("fees");
  const input: Record<string, unknown> = {
    id: r.get("id") ?? fallbackId,
    name: r.get("name"),
    status: status && STATUS.has(status) ? status : "active",
    ...opt("description", r.get("description")),
    ...opt("url", r.get("url")),
    ...opt("email", r.get("email")),
    ...opt("eligibility", r.get("eligibility_description")),
    ...opt("fees", fees),
    ...(extra.length > 0 ? { extra } : {}),
  };
  const statusUnread =
    status === undefined || !STATUS.has(status) ? (r.get("status") ?? "") : undefined;
  return { fitted: fit(Service, input, ["id", "name", "status"]), statusUnread };
}

const opt = (k: string, v: string | undefined) => (v === undefined ? {} : { [k]: v });

const CELL: Record<string, "mobile" | "landline" | "service" | undefined> = { cell: "mobile" };

/** An HSDS phone row as a linli phone, or the reason its number cannot be read. */
export function phoneOf(
  r: HsdsRow,
  country?: string,
):
  | { phone: { number: string; kind?: string; note?: string } }
  | { unread: string; code: string; detail: Localized; kind?: string; note?: string } {
  const raw = r.get("number") ?? "";
  const options = country ? { defaultCountry: country } : {};
  const parsed = raw ? parsePhones(raw.replace(/^"+|"+$/g, ""), options) : undefined;
  const first = parsed?.ok ? parsed.value[0] : undefined;
  const type = r.get("type")?.toLowerCase();
  const ext = r.get("extension");
  const note = [
    r.get("description"),
    type && type !== "voice" && type !== "cell" ? type : undefined,
    ext ? `ext. ${ext}` : undefined,
    first?.note,
  ]
    .filter(Boolean)
    .join("; ")
    .slice(0, 100);
  const kind = type ? CELL[type] : undefined;
  if (!first) {
    const i = parsed && !parsed.ok ? parsed.issues[0] : undefined;
    const empty = { "zh-CN": "电话号码为空", en: "the number is empty" };
    return {
      unread: raw,
      code: i?.code ?? "phone.empty",
      detail: i?.message ?? empty,
      ...(kind ? { kind } : {}),
      ...(note ? { note } : {}),
    };
  }
  return { phone: { number: first.number, kind: kind ?? first.kind, ...(note ? { note } : {}) } };
}

const DAYS = new Set(["MO", "TU", "WE", "TH", "FR", "SA", "SU"]);
const clock = (v: string | undefined) => v?.match(/^(\d{2}:\d{2})/)?.[1];

/** An HSDS schedule row as a linli weekly schedule, when it is one. */
export function scheduleOf(r: HsdsRow) {
  const days = (r.get("byday") ?? "")
    .toUpperCase()
    .split(/[\s,]+/)
    .map((d) => d.replace(/^[+-]?\d+/, ""))
    .filter((d) => DAYS.has(d));
  const input: Record<string, unknown> = {
    days: [...new Set(days)],
    ...opt("opensAt", clock(r.get("opens_at"))),
    ...opt("closesAt", clock(r.get("closes_at"))),
    ...opt("description", r.get("description")?.slice(0, 200)),
  };
  return fit(Schedule, input, ["days"]);
}

/** A withheld cell of a joined part, kept in its record's `meta.withheld`. */
export function withheldCell(
  file: string,
  column: string,
  value: string,
  code: string,
): WithheldCell {
  return { column: `${file} › ${column}`.slice(0, 200), value, code };
}
