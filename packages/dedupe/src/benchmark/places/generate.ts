import { expectArgument } from "@linli/core";
import { random } from "../synthetic/random.js";
import { Draw, fillTemplate, type Organization, organizationsOf } from "./entities.js";
import { addressFormat, type OrgNoiseKind, phoneFormat, spacing, traditional } from "./noise.js";
import type { SyntheticOrganization, SyntheticOrganizations } from "./types.js";

/** Options of {@link synthesizeOrganizations}. */
export interface SynthesizeOrganizationsOptions {
  /** About how many records to make. */
  readonly records: number;
  /** Seed: the same seed gives the same data. Default 1. */
  readonly seed?: number;
  /** Share of organisations listed more than once. Default 0.3. */
  readonly duplicateRate?: number;
  /** Number of lists (sources) records are spread over. Default 4. */
  readonly sources?: number;
}

/** The organisation's own name: its place in full, with its city for some county bodies. */
function canonicalName(o: Organization): string {
  const full = (o.withCity && o.city ? o.city.full : "") + o.place.full;
  return fillTemplate(o, o.pattern.zh, full);
}

function addressLine(o: Organization, withProvince: boolean): string {
  const city = o.city?.full ?? "";
  return `${withProvince ? o.province.full : ""}${city}${o.place.full}${o.road[0]}${o.road[1]}${o.number}号`;
}

function englishAddress(o: Organization): string {
  const city = o.city ? `, ${o.city.en}` : "";
  return `No.${o.number} ${o.road[2]} ${o.road[3]}, ${o.place.en}${city}`;
}

/**
 * Seeded lists of real-shaped organisations and facilities: hospitals, clinics, community
 * centres, shelters and warehouses of GB/T 2260 cities and counties, named by the patterns
 * lists use (X县人民医院, X市第一人民医院, X镇卫生院, X号应急物资仓库…). Duplicates are
 * re-typed as people do: short forms (鄂州一医院, 疾控中心), 市/县 dropped, province added,
 * city dropped, English names, traditional characters, spacing, changed or reformatted phones,
 * addresses written otherwise or in English, missing credit codes. Hard negatives come with
 * the patterns: the same pattern in another county, another number or campus in the same city,
 * the same town name (城关镇) in many counties.
 *
 * @example
 * ```ts
 * import { synthesizeOrganizations } from "@linli/dedupe/benchmark";
 * const data = synthesizeOrganizations({ records: 500, seed: 3 });
 * data.records[0]?.name; // e.g. "鄂州市中心医院"
 * data.entity[0]; // the true organisation of record 0
 * ```
 */
export function synthesizeOrganizations(
  options: SynthesizeOrganizationsOptions,
): SyntheticOrganizations {
  expectArgument("synthesizeOrganizations", "options", "object", options);
  const rand = random(options.seed ?? 1);
  const draw = new Draw(rand);
  const dupRate = options.duplicateRate ?? 0.3;
  const sourceCount = options.sources ?? 4;
  const target = Math.round(options.records / (1 + dupRate * 1.35));
  const orgs: Organization[] = [];
  for (const { city, counties } of draw.cities()) {
    if (orgs.length >= target) break;
    for (const o of organizationsOf(rand, draw, city, counties)) {
      if (orgs.length < target) orgs.push(o);
    }
  }

  const records: SyntheticOrganization[] = [];
  const entity: number[] = [];
  const pattern: string[] = [];
  const place: string[] = [];
  const fill: string[] = [];
  const noise: OrgNoiseKind[][] = [];
  orgs.forEach((o, e) => {
    const copies =
      1 + (rand.chance(dupRate) ? 1 + (rand.chance(0.25) ? 1 : 0) + (rand.chance(0.1) ? 1 : 0) : 0);
    const structured = rand.chance(0.3);
    const withProvince = rand.chance(0.5);
    for (let c = 0; c < copies; c++) {
      const kinds: OrgNoiseKind[] = [];
      const r = c === 0 ? clean(o, structured, withProvince) : retyped(o, structured, kinds);
      records.push({
        ...r,
        meta: {
          id: `o${records.length}`,
          schemaVersion: "0.0.0",
          source: `来源${rand.int(1, sourceCount)}`,
        },
      });
      entity.push(e);
      pattern.push(o.pattern.id);
      place.push(o.place.code);
      fill.push(o.fill?.[0] ?? o.direction?.[0] ?? (o.ordinal ? String(o.ordinal) : ""));
      noise.push(kinds);
    }
  });

  function clean(
    o: Organization,
    structured: boolean,
    withProvince: boolean,
  ): Omit<SyntheticOrganization, "meta"> {
    return {
      name: canonicalName(o),
      ...(o.code ? { identifiers: [{ scheme: "cn-uscc" as const, value: o.code }] } : {}),
      phones: [{ number: o.phone }],
      address: structured
        ? {
            province: o.province.short,
            ...(o.city ? { city: o.city.full } : {}),
            district: o.place.full,
            line: `${o.road[0]}${o.road[1]}${o.number}号`,
          }
        : { line: addressLine(o, withProvince) },
    };
  }

  function retyped(
    o: Organization,
    structured: boolean,
    kinds: OrgNoiseKind[],
  ): Omit<SyntheticOrganization, "meta"> {
    let name = canonicalName(o);
    let weakName = false;
    const nameNoise = rand.weighted([
      ["short-form", 30],
      ["suffix-dropped", 15],
      ["province-added", 10],
      ["city-toggled", 10],
      ["english", 12],
      ["traditional", 10],
      ["spacing", 10],
    ] as const);
    kinds.push(nameNoise);
    switch (nameNoise) {
      case "short-form": {
        const t = rand.pick(o.pattern.short);
        name = fillTemplate(o, t, o.place.full);
        weakName = !t.includes("{p}") && !t.includes("{P}");
        break;
      }
      case "suffix-dropped":
        name = name
          .replace(o.place.full, o.place.short)
          .replace(o.city?.full ?? "\u0000", o.city?.short ?? "");
        break;
      case "province-added":
        name = o.province.full + name;
        break;
      case "city-toggled":
        name =
          o.withCity || !o.city ? fillTemplate(o, o.pattern.zh, o.place.full) : o.city.full + name;
        break;
      case "english":
        name = fillTemplate(o, rand.pick(o.pattern.en), o.place.full);
        break;
      case "traditional":
        name = traditional(name);
        break;
      default:
        name = spacing(rand, name);
    }
    let phone: string | undefined = o.phone;
    if (rand.chance(0.3)) {
      kinds.push("phone-changed");
      phone = o.phone2;
    } else if (rand.chance(0.15)) {
      kinds.push("phone-missing");
      phone = undefined;
    }
    if (phone && rand.chance(0.3)) {
      kinds.push("phone-format");
      phone = phoneFormat(rand, phone);
    }
    let address: SyntheticOrganization["address"] = structured
      ? {
          ...(o.city ? { city: o.city.full } : {}),
          district: o.place.full,
          line: `${o.road[0]}${o.road[1]}${o.number}号`,
        }
      : { line: addressLine(o, rand.chance(0.5)) };
    const keepsNothing = phone !== o.phone && !o.code;
    if (nameNoise === "english" && rand.chance(0.5)) {
      kinds.push("address-english");
      address = { line: englishAddress(o) };
    } else if (rand.chance(0.15) && !(keepsNothing && (weakName || nameNoise === "english"))) {
      kinds.push("address-missing");
      address = undefined;
    } else if (rand.chance(0.3) && address.line) {
      kinds.push("address-format");
      address = { ...address, line: addressFormat(rand, address.line, o.province.full) };
    }
    const code = o.code && rand.chance(0.5) ? o.code : undefined;
    if (o.code && !code) kinds.push("code-missing");
    return {
      name,
      ...(code ? { identifiers: [{ scheme: "cn-uscc" as const, value: code }] } : {}),
      ...(phone ? { phones: [{ number: phone }] } : {}),
      ...(address ? { address } : {}),
    };
  }

  return { records, entity: Int32Array.from(entity), pattern, place, fill, noise };
}
