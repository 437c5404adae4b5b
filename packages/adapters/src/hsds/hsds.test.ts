import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Location, Organization } from "@linli/core";
import { location, organization } from "@linli/core/testing";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gcjToWgs, toWgs84, wgsToGcj } from "./coords.js";
import { toHsds } from "./hsds.js";
import { importHsdsPackage } from "./read-package.js";
import { uuidV5 } from "./uuid.js";

const SCHEMAS = fileURLToPath(new URL("../../../../fixtures/hsds-3.0/schema/", import.meta.url));

/**
 * Ajv with the HSDS 3.0 schemas. `additionalProperties: false` is added to every object, so
 * that a misspelt or invented property fails too (the published schemas allow any).
 */
function hsdsAjv() {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  const close = (node: unknown): void => {
    if (typeof node !== "object" || node === null) return;
    const o = node as Record<string, unknown>;
    if (o.type === "object" && o.properties) o.additionalProperties = false;
    for (const v of Object.values(o)) close(v);
  };
  for (const f of readdirSync(SCHEMAS)) {
    if (!f.endsWith(".json") || f === "openapi.json") continue;
    const schema = JSON.parse(readFileSync(`${SCHEMAS}${f}`, "utf8"));
    close(schema);
    ajv.addSchema(schema, f);
  }
  return ajv;
}

/** Generated organisations whose services point at generated locations. */
function dataset(seed: number): { orgs: Organization[]; locations: Location[] } {
  const locations = fc.sample(location, { numRuns: 12, seed });
  const orgs = fc.sample(organization, { numRuns: 40, seed: seed + 1 }).map((o, i) => ({
    ...o,
    services: o.services?.map((s, k) => ({
      ...s,
      locationIds: [locations[(i + k) % 12]!.meta.id, locations[(i * 7 + k) % 12]!.meta.id],
    })),
  }));
  return { orgs, locations };
}

describe("toHsds", () => {
  it("makes version 5 UUIDs", () => {
    expect(uuidV5("www.example.com", "6ba7b810-9dad-11d1-80b4-00c04fd430c8")).toBe(
      "2ed6657d-e927-568b-95e1-2665a8aea6a2",
    );
    expect(uuidV5("邻里".repeat(40), "6ba7b810-9dad-11d1-80b4-00c04fd430c8")).toBe(
      "0f5d1b7f-b98b-5d6c-925a-6ae6a3e601fb",
    );
    expect(uuidV5("o-1", "2c6f1b8e-6a3d-4f0e-9b47-6c696e6c6921")).toBe(
      "9afcad41-1c09-5688-a237-a841f7827af4",
    );
  });

  it("converts GCJ-02 and BD-09 coordinates to WGS-84", () => {
    // Xi'an Bell Tower: WGS-84 34.259500, 108.942000 is about 34.2580, 108.9467 in GCJ-02.
    const [lat, lon] = wgsToGcj(34.2595, 108.942);
    expect(lat).toBeCloseTo(34.258, 3);
    expect(lon).toBeCloseTo(108.9467, 3);
    const [back1, back2] = gcjToWgs(lat, lon);
    expect(Math.abs(back1 - 34.2595)).toBeLessThan(1e-7);
    expect(Math.abs(back2 - 108.942)).toBeLessThan(1e-7);
    expect(toWgs84(34.2595, 108.942, "WGS84")).toEqual([34.2595, 108.942]);
    expect(toWgs84(51.5, -0.12, "GCJ-02")).toEqual([51.5, -0.12]); // outside China: no offset
  });

  it("writes organisations and services with every linked object, deterministically", () => {
    const org: Organization = {
      meta: { id: "o-1", schemaVersion: "0.0.0" },
      name: "丈八社区居民委员会",
      kind: "neighbourhood-committee",
      identifiers: [{ scheme: "cn-uscc", value: "91610113MA6TXXXX0X" }],
      phones: [{ number: "02988886666", kind: "landline" }],
      contacts: [{ name: "王伟", title: "主任", phone: "13800138000" }],
      address: {
        province: "陕西省",
        city: "西安市",
        district: "雁塔区",
        community: "丈八社区",
        compound: "绿地世纪城",
        building: "3",
        geo: { lat: 34.258, lon: 108.9467, crs: "GCJ-02" },
      },
      services: [
        {
          id: "s-1",
          name: "代购药品",
          status: "active",
          category: "物资保障",
          schedules: [{ days: ["MO", "WE"], opensAt: "09:00", closesAt: "17:00" }],
          locationIds: ["l-1", "l-missing"],
        },
      ],
    };
    const loc: Location = {
      meta: { id: "l-1", schemaVersion: "0.0.0" },
      name: "丈八社区物资发放点",
      city: "西安市",
    };
    const before = structuredClone(org);
    const { organizations, services, notes } = toHsds([org], { locations: [loc] });
    expect(org).toEqual(before);
    const o = organizations[0]!;
    expect(o.id).toBe(uuidV5("o-1", "2c6f1b8e-6a3d-4f0e-9b47-6c696e6c6921"));
    expect(o.description).toBe("社区居委会");
    expect(o.legal_status).toBe("社区居委会");
    expect(o.phones).toEqual([
      expect.objectContaining({ number: "02988886666", type: "voice", organization_id: o.id }),
    ]);
    expect(o.contacts?.[0]?.phones?.[0]?.number).toBe("13800138000");
    expect(o.organization_identifiers?.[0]).toMatchObject({
      identifier_type: "统一社会信用代码",
      identifier: "91610113MA6TXXXX0X",
    });
    const place = o.locations![0]!;
    expect(place.addresses?.[0]).toMatchObject({
      address_1: "绿地世纪城3号楼",
      address_2: "丈八社区",
      city: "西安市",
      region: "雁塔区",
      state_province: "陕西省",
      country: "CN",
    });
    expect(place.latitude).toBeCloseTo(34.2595, 3);
    const s = services[0]!;
    expect(s.organization_id).toBe(o.id);
    expect(s.schedules?.[0]).toMatchObject({
      freq: "WEEKLY",
      byday: "MO,WE",
      opens_at: "09:00+08:00",
      closes_at: "17:00+08:00",
    });
    expect(s.service_at_locations?.map((x) => x.location.name)).toEqual(["丈八社区物资发放点"]);
    expect(s.attributes?.[0]?.taxonomy_term.name).toBe("物资保障");
    expect(notes.map((n) => [n.code, n.message["zh-CN"]])).toEqual([
      ["hsds.location", "服务“代购药品”：未提供编号为“l-missing”的地点，未导出"],
    ]);
    expect(toHsds([org], { locations: [loc] })).toEqual({
      organizations,
      services,
      phones: [],
      notes,
    });
  });

  it("leaves out emails and web addresses HSDS would refuse, encodes the others", () => {
    const r = toHsds([
      {
        meta: { id: "o-2", schemaVersion: "0.0.0" },
        name: "爱心企业",
        email: "!@#.a",
        website: "https://例子.中国/路径?q=一",
        services: [
          { id: "s", name: "送菜", status: "active", url: "http://a b", email: "help@example.org" },
        ],
      },
    ]);
    expect(r.organizations[0]?.email).toBeUndefined();
    expect(r.organizations[0]?.website).toBe(
      "https://xn--fsqu00a.xn--fiqs8s/%E8%B7%AF%E5%BE%84?q=%E4%B8%80",
    );
    expect(r.services[0]?.email).toBe("help@example.org");
    expect(r.services[0]?.url).toBeUndefined();
    expect(r.notes.map((n) => n.code)).toEqual(["hsds.email", "hsds.url"]);
  });

  describe("against the official HSDS 3.0 schemas", () => {
    it("generated organisations and their services validate", () => {
      const ajv = hsdsAjv();
      const validOrg = ajv.getSchema("organization.json")!;
      const validService = ajv.getSchema("service.json")!;
      const seen = new Set<string>();
      for (const seed of [1, 2, 3]) {
        const { orgs, locations } = dataset(seed);
        const { organizations, services } = toHsds(orgs, {
          locations,
          lang: seed === 2 ? "en" : "zh-CN",
        });
        for (const o of organizations) {
          expect([o.name, validOrg(o) ? [] : validOrg.errors]).toEqual([o.name, []]);
          if (o.contacts) seen.add("contacts");
          if (o.phones) seen.add("phones");
          if (o.locations?.[0]?.addresses) seen.add("addresses");
          if (o.organization_identifiers) seen.add("identifiers");
        }
        for (const s of services) {
          expect([s.name, validService(s) ? [] : validService.errors]).toEqual([s.name, []]);
          if (s.schedules) seen.add("schedules");
          if (s.service_at_locations) seen.add("locations");
          if (s.phones) seen.add("service phones");
        }
        expect(services.length).toBeGreaterThan(10);
      }
      expect([...seen].sort()).toEqual(
        [
          "addresses",
          "contacts",
          "identifiers",
          "locations",
          "phones",
          "schedules",
          "service phones",
        ].sort(),
      );
    });

    it("the check is strict: an invented property or a non-UUID id fails", () => {
      const ajv = hsdsAjv();
      const valid = ajv.getSchema("organization.json")!;
      const o = toHsds([{ meta: { id: "o-1", schemaVersion: "0.0.0" }, name: "x" }])
        .organizations[0]!;
      expect(valid(o)).toBe(true);
      expect(valid({ ...o, services: [] })).toBe(false);
      expect(valid({ ...o, id: "o-1" })).toBe(false);
    });
  });

  it("writes back what an HSDS package read: ids, services, phones and schedules (round trip)", async () => {
    const dir = fileURLToPath(
      new URL("../../../../fixtures/hsds-3.0/examples/csv/", import.meta.url),
    );
    const files = readdirSync(dir)
      .filter((f) => f.endsWith(".csv"))
      .map((name) => ({ name, bytes: readFileSync(`${dir}${name}`) }));
    const read = await importHsdsPackage(files);
    const back = toHsds(read.organizations, { locations: read.locations, lang: "en" });
    const org = back.organizations[0]!;
    expect(org).toMatchObject({
      id: "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610",
      name: "Example Organization Inc.",
    });
    expect(org.organization_identifiers?.[0]).toMatchObject({ identifier: "1234567" });
    const service = back.services[0]!;
    expect(service).toMatchObject({
      id: "ac148810-d857-441c-9679-408f346de14b",
      organization_id: org.id,
      name: "Community Counselling",
      status: "active",
    });
    expect(service.phones?.[0]?.number).toBe("+441234234567");
    expect(service.schedules?.[0]).toMatchObject({ byday: "TH,FR", opens_at: "10:00+08:00" });
    const ajv = hsdsAjv();
    const validOrg = ajv.getSchema("organization.json")!;
    const validService = ajv.getSchema("service.json")!;
    expect([validOrg(org), validOrg.errors]).toEqual([true, null]);
    expect([validService(service), validService.errors]).toEqual([true, null]);
  });

  it("keeps a phone whose parent is not in the package: written on its own, its reference withheld", async () => {
    const dir = fileURLToPath(
      new URL("../../../../fixtures/realworld/openreferral/", import.meta.url),
    );
    const files = readdirSync(dir)
      .filter((f) => f.endsWith(".csv"))
      .map((name) => ({ name, bytes: readFileSync(`${dir}${name}`) }));
    const read = await importHsdsPackage(files);
    const extra = {
      id: "p-alone",
      number: "+442079460002",
      kind: "landline" as const,
      withheld: [],
      file: "phones.csv",
      row: 9,
    };
    const back = toHsds(read.organizations, {
      locations: read.locations,
      phones: [...read.phones, extra],
      lang: "en",
    });
    // The number linli could not read is written as the file gave it (HSDS requires one);
    // no parent link is written, none is invented.
    expect(back.phones).toEqual([
      {
        id: "e9c19752-c8d4-494f-b527-b65c9c86c8ce",
        number: "(773) 2351 2461",
        type: "cell",
        description: "Managers number at Bubbles at the Cross",
      },
      {
        id: uuidV5("phone/p-alone", "2c6f1b8e-6a3d-4f0e-9b47-6c696e6c6921"),
        number: "+442079460002",
        type: "voice",
      },
    ]);
    const valid = hsdsAjv().getSchema("phone.json")!;
    for (const p of back.phones) expect([valid(p), valid.errors]).toEqual([true, null]);
  });
});
