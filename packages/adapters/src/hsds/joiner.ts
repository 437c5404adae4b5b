// Joins the rows of an HSDS package's child tables to the records of its parents, by id,
// and accounts for every row: kept, withheld cells, or listed with its reason.
import {
  entities,
  type Localized,
  type Location,
  type Organization,
  OrganizationContact,
  type Phone,
  type WithheldCell,
} from "@linli/core";
import { type AdapterMessageCode, adapterMessage } from "../messages.js";
import type { RowIssue } from "../types.js";
import type { HsdsTable } from "./package-tables.js";
import type { HsdsPackageResult, HsdsTableSummary } from "./read-package.js";
import { fit, type HsdsRow, phoneOf, scheduleOf, serviceOf, withheldCell } from "./rows.js";
import type { UnattachedPhone } from "./unattached.js";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Org = Mutable<Organization>;
type Loc = Mutable<Location>;
type Svc = NonNullable<Organization["services"]>[number] & { phones?: Phone[] };
type Where = { record: Org | Loc; file: string; row: number };
type Link = { c: string; id: string };
// What each list holds at most (the model's limits).
const MAX = { phones: 10, services: 100, contacts: 20, identifiers: 10, withheld: 500 };

/** The list at `key` of an object, made when it has none yet. */
function listOf<T>(o: object, key: string): T[] {
  const r = o as Record<string, T[] | undefined>;
  const list = r[key] ?? [];
  r[key] = list;
  return list;
}

// What a row of each child table is, in messages.
const WHAT: Partial<Record<HsdsTable, AdapterMessageCode>> = {
  phones: "hsds.what.phones",
  services: "hsds.what.services",
  contacts: "hsds.what.contacts",
  addresses: "hsds.what.addresses",
  schedules: "hsds.what.schedules",
  service_at_location: "hsds.what.service_at_location",
  organization_identifiers: "hsds.what.organization_identifiers",
  locations: "hsds.what.locations",
};
const what = (t: HsdsTable): Localized => adapterMessage(WHAT[t] ?? "hsds.what.locations");

/** A cell's message: where it is, withheld, and why. */
const cellMessage = (file: string, row: number, column: string, detail: Localized) =>
  adapterMessage("row.cell", {
    file,
    row,
    column,
    detail: adapterMessage("cell.withheld", { detail }),
  } as never);

export class Joiner {
  readonly issues: RowIssue[] = [];
  private readonly orgs = new Map<string, Where & { record: Org }>();
  private readonly locs = new Map<string, Where & { record: Loc }>();
  private readonly services = new Map<string, { service: Svc; org: Org }>();
  private readonly contacts = new Map<string, { org: Org; index: number }>();
  private readonly atLocation = new Map<string, string>();
  private readonly tables: Mutable<HsdsTableSummary>[] = [];
  private readonly phones: UnattachedPhone[] = [];
  private current!: Mutable<HsdsTableSummary>;

  /** `country`: where numbers written without a country code are from (default China). */
  constructor(private readonly country?: string) {}

  add(entity: "organization" | "location", record: Org & Loc, file: string, row: number) {
    const map = entity === "organization" ? this.orgs : this.locs;
    if (!map.has(record.meta.id)) map.set(record.meta.id, { record, file, row });
  }

  count(
    file: string,
    table: HsdsTable,
    rows: number,
    kept: number,
    rejected: number,
    [withheldRows, withheldCells]: [number, number],
    read = true,
  ) {
    this.tables.push({ file, table, read, rows, kept, rejected, withheldRows, withheldCells });
  }

  /** Each row of a child table, counted kept unless it was rejected. */
  table(file: string, table: HsdsTable, rows: HsdsRow[], each: (r: HsdsRow, f: string) => void) {
    this.current = {
      file,
      table,
      read: true,
      rows: rows.length,
      kept: 0,
      rejected: 0,
      withheldRows: 0,
      withheldCells: 0,
    };
    this.tables.push(this.current);
    for (const r of rows) {
      const before = this.current.rejected;
      const cells = this.current.withheldCells;
      each(r, file);
      if (this.current.rejected === before) this.current.kept++;
      if (this.current.rejected === before && this.current.withheldCells > cells) {
        this.current.withheldRows++;
      }
    }
  }

  private reject(
    code: "hsds.dangling" | "hsds.noLink" | "hsds.full" | "hsds.unreadable",
    r: HsdsRow,
    file: string,
    params: Record<string, unknown>,
  ) {
    this.current.rejected++;
    this.issues.push({
      file,
      row: r.row,
      code,
      severity: "error",
      message: adapterMessage(code, {
        file,
        row: r.row,
        what: what(this.current.table),
        ...params,
      } as never),
    });
  }

  /**
   * The first of the row's parent links that is in the package, and those that are not. A
   * row with no link in the package is rejected, unless `alone` keeps it (and returns true).
   */
  private parent<T>(
    r: HsdsRow,
    file: string,
    links: [string, (id: string) => T | undefined][],
    alone?: (dangling: Link[], value: string) => boolean,
  ) {
    const given = links.flatMap(([c, f]) => {
      const id = r.get(c);
      return id === undefined ? [] : [{ c, id, found: f(id) }];
    });
    const value = r.get("number") ?? r.get("name") ?? r.get("identifier") ?? r.get("id") ?? "";
    const hit = given.find((g) => g.found !== undefined);
    const dangling = given.filter((g) => g.found === undefined);
    if (given.length === 0) {
      if (alone?.([], value)) return undefined;
      this.reject("hsds.noLink", r, file, { value, links: links.map(([c]) => c).join(" / ") });
      return undefined;
    }
    if (!hit) {
      if (alone?.(dangling, value)) return undefined;
      const ids = given.map((g) => `${g.c} ${g.id}`).join(", ");
      this.reject("hsds.dangling", r, file, { value, links: ids, count: given.length });
      return undefined;
    }
    return { found: hit.found as T, column: hit.c, value, dangling };
  }

  /** Report a withheld cell of the current table. */
  private withheldIssue(
    file: string,
    r: HsdsRow,
    column: string,
    value: string,
    code: string,
    message: Localized,
  ) {
    this.current.withheldCells++;
    this.issues.push({ file, row: r.row, column, code, severity: "withheld", message, value });
  }

  /** A reference to a parent that is nowhere in the package, withheld. */
  private dangling(file: string, r: HsdsRow, g: Link, value: string, alone: boolean) {
    const key = alone ? "hsds.danglingAlone" : "hsds.danglingWithheld";
    const params = { file, row: r.row, column: g.c, id: g.id, value };
    this.withheldIssue(file, r, g.c, g.id, "hsds.dangling", adapterMessage(key, params));
    return withheldCell(file, g.c, g.id, "hsds.dangling");
  }

  /** A phone whose parents are nowhere in the package (or that names none), kept on its own. */
  private unattached(r: HsdsRow, file: string, dangling: Link[], value: string): boolean {
    const id = r.get("id");
    if (id === undefined && r.get("number") === undefined) return false;
    const withheld = dangling.map((g) => this.dangling(file, r, g, value, true));
    if (dangling.length === 0) {
      this.issues.push({
        file,
        row: r.row,
        code: "hsds.alone",
        severity: "warning",
        message: adapterMessage("hsds.alone", { file, row: r.row, value }),
      });
    }
    const got = phoneOf(r, this.country);
    if ("unread" in got) {
      const message = cellMessage(file, r.row, "number", got.detail);
      this.withheldIssue(file, r, "number", got.unread, got.code, message);
      withheld.push(withheldCell(file, "number", got.unread, got.code));
    }
    const { kind, note } = "unread" in got ? got : got.phone;
    this.phones.push({
      id: id ?? `${file}#${r.row}`,
      ...("unread" in got ? {} : { number: got.phone.number }),
      ...(kind ? { kind: kind as UnattachedPhone["kind"] } : {}),
      ...(note ? { note } : {}),
      withheld,
      file,
      row: r.row,
    });
    return true;
  }

  private withhold(
    record: Org | Loc,
    file: string,
    r: HsdsRow,
    column: string,
    value: string,
    code: string,
    detail: Localized,
  ) {
    const list = listOf<WithheldCell>(record.meta, "withheld");
    if (list.length < MAX.withheld) list.push(withheldCell(file, column, value, code));
    this.withheldIssue(file, r, column, value, code, cellMessage(file, r.row, column, detail));
  }

  identifier(r: HsdsRow, file: string) {
    const p = this.parent(r, file, [["organization_id", (id) => this.orgs.get(id)]]);
    if (!p) return;
    const org = p.found.record;
    const value = r.get("identifier");
    if (!value) return this.reject("hsds.noLink", r, file, { value: "", links: "identifier" });
    const list = listOf(org, "identifiers") as NonNullable<Org["identifiers"]>[number][];
    if (list.length >= MAX.identifiers)
      return this.reject("hsds.full", r, file, { name: org.name, max: MAX.identifiers, value });
    const name = (r.get("identifier_type") ?? r.get("identifier_scheme"))?.slice(0, 60);
    list.push({ scheme: "other", value: value.slice(0, 64), ...(name ? { name } : {}) });
  }

  contact(r: HsdsRow, file: string) {
    const p = this.parent(r, file, [["organization_id", (id) => this.orgs.get(id)]]);
    if (!p) return;
    const org = p.found.record;
    const list = listOf(org, "contacts") as NonNullable<Org["contacts"]>[number][];
    if (list.length >= MAX.contacts)
      return this.reject("hsds.full", r, file, {
        name: org.name,
        max: MAX.contacts,
        value: p.value,
      });
    const got = fit(
      OrganizationContact,
      { name: r.get("name") ?? r.get("department"), title: r.get("title"), email: r.get("email") },
      ["name"],
    );
    if (!got.value) {
      const detail = got.failed ?? { "zh-CN": "", en: "" };
      return this.reject("hsds.unreadable", r, file, { value: r.get("id") ?? "", detail });
    }
    for (const w of got.withheld) this.withhold(org, file, r, w.key, w.value, w.code, w.detail);
    list.push(got.value);
    const id = r.get("id");
    if (id) this.contacts.set(id, { org, index: list.length - 1 });
  }

  service(r: HsdsRow, file: string) {
    const p = this.parent(r, file, [["organization_id", (id) => this.orgs.get(id)]]);
    if (!p) return;
    const org = p.found.record;
    const list = listOf(org, "services") as Svc[];
    if (list.length >= MAX.services)
      return this.reject("hsds.full", r, file, {
        name: org.name,
        max: MAX.services,
        value: p.value,
      });
    const { fitted, statusUnread } = serviceOf(r, `${file}#${r.row}`);
    if (!fitted.value) {
      const detail = fitted.failed ?? { "zh-CN": "", en: "" };
      return this.reject("hsds.unreadable", r, file, { value: r.get("id") ?? "", detail });
    }
    for (const w of fitted.withheld) this.withhold(org, file, r, w.key, w.value, w.code, w.detail);
    if (statusUnread !== undefined) {
      this.issues.push({
        file,
        row: r.row,
        column: "status",
        code: "hsds.status",
        severity: "warning",
        message: adapterMessage("hsds.status", {
          file,
          row: r.row,
          name: fitted.value.name,
          value: statusUnread,
        }),
      });
    }
    list.push(fitted.value as Svc);
    this.services.set(fitted.value.id, { service: fitted.value as Svc, org });
  }

  serviceAt(r: HsdsRow, file: string) {
    const p = this.parent(r, file, [["service_id", (id) => this.services.get(id)]]);
    if (!p) return;
    const id = r.get("id");
    if (id) this.atLocation.set(id, r.get("service_id")!);
    const loc = r.get("location_id");
    if (!loc || !this.locs.has(loc)) {
      return this.reject("hsds.dangling", r, file, {
        value: p.found.service.name,
        links: `location_id ${loc ?? ""}`,
        count: 1,
      });
    }
    const ids = listOf<string>(p.found.service, "locationIds");
    if (!ids.includes(loc) && ids.length < 100) ids.push(loc);
  }

  private serviceVia = (id: string) => {
    const s = this.atLocation.get(id);
    return s === undefined ? undefined : this.services.get(s);
  };

  schedule(r: HsdsRow, file: string) {
    const p = this.parent(r, file, [
      ["service_id", (id) => this.services.get(id)],
      ["service_at_location_id", this.serviceVia],
    ]);
    if (!p) return;
    const got = scheduleOf(r);
    const s = p.found.service as { schedules?: unknown[] };
    if (!got.value || (s.schedules?.length ?? 0) >= 20) {
      return this.withhold(
        p.found.org,
        file,
        r,
        "byday",
        r.get("byday") ?? r.get("description") ?? "",
        "schedule.unread",
        adapterMessage("hsds.what.schedules"),
      );
    }
    listOf(s, "schedules").push(got.value);
  }

  address(r: HsdsRow, file: string) {
    const p = this.parent(r, file, [["location_id", (id) => this.locs.get(id)]]);
    if (!p) return;
    const loc = p.found.record as Record<string, unknown>;
    const line = [r.get("address_1"), r.get("address_2")].filter(Boolean).join(", ");
    const parts: [string, string | undefined][] = [
      ["line", line || undefined],
      ["city", r.get("city")],
      ["district", r.get("region")],
      ["province", r.get("state_province")],
      ["postcode", r.get("postal_code")],
      ["country", r.get("country")?.toUpperCase()],
    ];
    for (const [k, v] of parts) if (v !== undefined && loc[k] === undefined) loc[k] = v;
  }

  phone(r: HsdsRow, file: string) {
    type T = {
      record: Org | Loc;
      list: () => Phone[];
      name: string;
      contact?: NonNullable<Org["contacts"]>[number];
    };
    const onOrg = (org: Org): T => ({
      record: org,
      list: () => listOf(org, "phones") as Phone[],
      name: org.name,
    });
    const onService = (x: { service: Svc; org: Org }): T => ({
      record: x.org,
      list: () => listOf(x.service, "phones"),
      name: x.service.name,
    });
    const p = this.parent<T>(
      r,
      file,
      [
        [
          "service_id",
          (id) => {
            const s = this.services.get(id);
            return s && onService(s);
          },
        ],
        [
          "service_at_location_id",
          (id) => {
            const s = this.serviceVia(id);
            return s && onService(s);
          },
        ],
        [
          "location_id",
          (id) => {
            const l = this.locs.get(id)?.record;
            return l && { record: l, list: () => listOf(l, "phones") as Phone[], name: l.name };
          },
        ],
        [
          "contact_id",
          (id) => {
            const c = this.contacts.get(id);
            return (
              c && {
                ...onOrg(c.org),
                contact: (c.org.contacts as NonNullable<Org["contacts"]>)[c.index],
              }
            );
          },
        ],
        [
          "organization_id",
          (id) => {
            const o = this.orgs.get(id)?.record;
            return o && onOrg(o);
          },
        ],
      ],
      (dangling, value) => this.unattached(r, file, dangling, value),
    );
    if (!p) return;
    for (const g of p.dangling) {
      const list = listOf<WithheldCell>(p.found.record.meta, "withheld");
      const cell = this.dangling(file, r, g, p.value, false);
      if (list.length < MAX.withheld) list.push(cell);
    }
    const got = phoneOf(r, this.country);
    if ("unread" in got)
      return this.withhold(p.found.record, file, r, "number", got.unread, got.code, got.detail);
    const c = p.found.contact as { phone?: string; name: string } | undefined;
    if (c && c.phone === undefined) {
      c.phone = got.phone.number;
      return;
    }
    const list = p.found.list();
    if (list.length >= MAX.phones)
      return this.reject("hsds.full", r, file, {
        name: p.found.name,
        max: MAX.phones,
        value: p.value,
      });
    list.push({ ...(got.phone as Phone), ...(c ? { name: c.name } : {}) });
  }

  /** The records, checked once more against the model, and the account. */
  done(): HsdsPackageResult {
    const check = <R extends Org | Loc>(
      w: Where & { record: R },
      entity: "organization" | "location",
    ) => {
      const got = fit(entities[entity] as never, w.record as never, ["meta", "name"]);
      for (const x of got.withheld) {
        this.current = {
          file: w.file,
          table: "organizations",
          read: true,
          rows: 0,
          kept: 0,
          rejected: 0,
          withheldRows: 0,
          withheldCells: 0,
        };
        this.withhold(
          w.record,
          w.file,
          { row: w.row } as HsdsRow,
          x.key,
          x.value.slice(0, 32_767),
          x.code,
          x.detail,
        );
      }
      return (got.value ?? w.record) as R;
    };
    const at = ({ file, row }: Where) => ({ file, row });
    return {
      origins: {
        organizations: [...this.orgs.values()].map(at),
        locations: [...this.locs.values()].map(at),
      },
      organizations: [...this.orgs.values()].map((w) => check(w, "organization")) as Organization[],
      locations: [...this.locs.values()].map((w) => check(w, "location")) as Location[],
      phones: this.phones,
      issues: this.issues,
      tables: this.tables,
    };
  }
}
