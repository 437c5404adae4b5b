import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { entities } from "@linli/core";
import { describe, expect, it } from "vitest";
import { ImportError } from "../errors.js";
import { hsdsTableOf, tableOfName } from "./package-tables.js";
import { hsdsPackageFiles, importHsdsPackage } from "./read-package.js";

const dir = (d: string) => fileURLToPath(new URL(`../../../../fixtures/${d}/`, import.meta.url));
const folder = (d: string) =>
  readdirSync(dir(d))
    .filter((f) => f.endsWith(".csv"))
    .map((name) => ({ name, bytes: readFileSync(`${dir(d)}${name}`) }));
const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

describe("HSDS package tables", () => {
  it("names tables by file name, with prefixes, singulars and spaces", () => {
    expect(tableOfName("simple_phones.csv")).toBe("phones");
    expect(tableOfName("data/Service At Location.csv")).toBe("service_at_location");
    expect(tableOfName("organization_identifiers.csv")).toBe("organization_identifiers");
    expect(tableOfName("Organization.xlsx")).toBe("organizations");
    expect(tableOfName("居民.csv")).toBeUndefined();
  });
  it("knows the phones and services tables by their columns", () => {
    expect(hsdsTableOf("x.csv", ["id", "organization_id", "number", "type"])).toBe("phones");
    expect(hsdsTableOf("x.csv", ["id", "organization_id", "name", "status"])).toBe("services");
    expect(hsdsTableOf("x.csv", ["姓名", "电话"])).toBeUndefined();
  });
  it("takes files together as a package only with a main table and another", () => {
    expect(hsdsPackageFiles(["a/organizations.csv", "a/phones.csv", "notes.txt"])).toEqual([
      "a/organizations.csv",
      "a/phones.csv",
    ]);
    expect(hsdsPackageFiles(["phones.csv", "contacts.csv"])).toBeUndefined();
    expect(hsdsPackageFiles(["organizations.csv"])).toBeUndefined();
  });
});

describe("importHsdsPackage", () => {
  it("keeps every row of the Open Referral sample: services and phones joined by id", async () => {
    const r = await importHsdsPackage(folder("realworld/openreferral"));
    const t = Object.fromEntries(r.tables.map((x) => [x.table, x]));
    expect(t.organizations).toMatchObject({ rows: 10, kept: 10, rejected: 0 });
    expect(t.locations).toMatchObject({ rows: 10, kept: 10, rejected: 0 });
    expect(t.services).toMatchObject({ rows: 13, kept: 13, rejected: 0 });
    // Four phones join their organisation, location or service; the fifth names a
    // service_at_location that is not in the package: kept on its own, the reference withheld.
    expect(t.phones).toMatchObject({ rows: 5, kept: 5, rejected: 0, withheldCells: 6 });
    const dangling = r.issues.filter((i) => i.code === "hsds.dangling");
    expect(dangling).toHaveLength(1);
    expect(dangling[0]).toMatchObject({
      file: "simple_phones.csv",
      row: 6,
      column: "service_at_location_id",
      severity: "withheld",
      value: "c54183ce-b165-4e4a-9ace-57221ccc13da",
    });
    expect(dangling[0]!.message.en).toContain("(773) 2351 2461");
    expect(dangling[0]!.message["zh-CN"]).toContain("找不到");
    expect(r.phones).toEqual([
      {
        id: "e9c19752-c8d4-494f-b527-b65c9c86c8ce",
        kind: "mobile",
        note: "Managers number at Bubbles at the Cross",
        withheld: [
          {
            column: "simple_phones.csv › service_at_location_id",
            value: "c54183ce-b165-4e4a-9ace-57221ccc13da",
            code: "hsds.dangling",
          },
          { column: "simple_phones.csv › number", value: "(773) 2351 2461", code: "phone.invalid" },
        ],
        file: "simple_phones.csv",
        row: 6,
      },
    ]);
    expect(r.issues.some((i) => i.severity === "error")).toBe(false);
    const services = r.organizations.flatMap((o) => o.services ?? []);
    expect(services).toHaveLength(13);
    const sanctuary = r.organizations.find((o) => o.name === "Sanctuary Example City")!;
    expect(sanctuary.services?.map((s) => s.name)).toEqual(["Never Homeless Helpline"]);
    // The sample's numbers have no country code: withheld in their parent, with their text.
    const trust = r.organizations.find((o) => o.meta.id.startsWith("18997068"))!;
    expect(trust.meta.withheld?.map((w) => w.value)).toEqual([
      "(223) 346 12361",
      "(223) 346 12361",
      "(223) 4567 12534",
    ]);
    const loc = r.locations.find((l) => l.meta.id.startsWith("30b84570"))!;
    expect(loc.meta.withheld?.[0]).toMatchObject({
      value: "(0123) 4567 8900",
      code: "phone.invalid",
    });
    expect(r.locations[0]!.organizationId).toBe("1899600a-649c-11e6-8b77-86f30ca893d3");
    for (const o of r.organizations) expect(entities.organization.safeParse(o).success).toBe(true);
    for (const l of r.locations) expect(entities.location.safeParse(l).success).toBe(true);
  });

  it("joins every table of the HSDS 3.0 example and names the tables it does not read", async () => {
    const r = await importHsdsPackage(folder("hsds-3.0/examples/csv"));
    const svc = r.organizations[0]!.services![0]!;
    expect(svc.phones?.[0]).toMatchObject({ number: "+441234234567", kind: "landline" });
    expect(svc.schedules?.[0]).toMatchObject({ days: ["TH", "FR"], opensAt: "10:00" });
    expect(svc.extra?.some((e) => e.header === "application_process")).toBe(true);
    expect(r.organizations[0]!.identifiers?.[0]).toMatchObject({ value: "1234567" });
    const unread = r.tables.filter((x) => !x.read).map((x) => x.table);
    expect(unread).toContain("funding");
    expect(r.issues.filter((i) => i.code === "hsds.unread")).toHaveLength(unread.length);
    // Every row is accounted for.
    for (const x of r.tables.filter((x) => x.read)) expect(x.kept + x.rejected).toBe(x.rows);
  });

  it("joins phones readable as numbers, with type, extension and description", async () => {
    const r = await importHsdsPackage([
      file("organizations.csv", "id,name\no1,Food Bank\no2,Shelter\n"),
      file("locations.csv", "id,organization_id,name\nl1,o1,Depot\n"),
      file("services.csv", "id,organization_id,name,status\ns1,o1,Meals,open\ns2,o9,Lost,active\n"),
      file(
        "phones.csv",
        "id,organization_id,location_id,service_id,number,extension,type,description\n" +
          "p1,o1,,,+44 20 7946 0000,12,voice,Front desk\n" +
          "p2,,l1,,13800138000,,cell,\n" +
          "p3,,,s1,029-88886666,,fax,\n" +
          "p4,o1,,s9,+44 20 7946 0001,,,\n" +
          "p5,,,,+44 20 7946 0002,,,\n",
      ),
    ]);
    const bank = r.organizations[0]!;
    expect(bank.phones).toEqual([
      { number: "+442079460000", kind: "landline", note: "Front desk; ext. 12" },
      { number: "+442079460001", kind: "landline" },
    ]);
    // p4's service is nowhere: the reference is withheld, the phone kept on its organisation.
    expect(bank.meta.withheld).toEqual([
      { column: "phones.csv › service_id", value: "s9", code: "hsds.dangling" },
    ]);
    expect(r.locations[0]!.phones).toEqual([{ number: "13800138000", kind: "mobile" }]);
    expect(bank.services?.[0]?.phones).toEqual([
      { number: "02988886666", kind: "landline", note: "fax" },
    ]);
    expect(bank.services?.[0]?.status).toBe("active");
    expect(r.issues.find((i) => i.code === "hsds.status")?.message.en).toContain("“open”");
    // A service of an organisation that is not in the package has no place: listed, rejected.
    const lost = r.issues.find((i) => i.code === "hsds.dangling" && i.severity === "error");
    expect(lost?.message.en).toContain("o9");
    const withheld = r.issues.find((i) => i.code === "hsds.dangling" && i.column === "service_id");
    expect(withheld).toMatchObject({ row: 5, severity: "withheld", value: "s9" });
    expect(withheld?.message["zh-CN"]).toContain("找不到 s9");
    // p5 names no parent (all optional in HSDS 3.0): kept on its own, with a warning.
    expect(r.issues.find((i) => i.code === "hsds.alone")).toMatchObject({ row: 6 });
    expect(r.phones).toEqual([
      {
        id: "p5",
        number: "+442079460002",
        kind: "landline",
        withheld: [],
        file: "phones.csv",
        row: 6,
      },
    ]);
    expect(r.tables.find((x) => x.table === "phones")).toMatchObject({ kept: 5, rejected: 0 });
    expect(r.organizations[1]!.phones).toBeUndefined();
  });

  it("refuses files that are no package, in both languages", async () => {
    const e = await importHsdsPackage([file("居民.csv", "姓名\n王伟\n")]).catch((x) => x);
    expect(e).toBeInstanceOf(ImportError);
    expect(e.code).toBe("hsds.noPackage");
    expect(e.localized["zh-CN"]).toContain("不是 Open Referral HSDS 数据包");
  });
});
