import {
  type Address,
  columns,
  entities,
  expectArgument,
  type Locale,
  type Location,
  type Organization,
  systemLocale,
} from "@linli/core";
import { type ExportNote, exportMessage } from "../export/messages.js";
import { toWgs84 } from "./coords.js";
import { addressOf, clean, EMAIL, LANGUAGE, PHONE_TYPE, webAddress } from "./parts.js";
import type {
  HsdsAttribute,
  HsdsContact,
  HsdsLocation,
  HsdsOrganization,
  HsdsPhone,
  HsdsSchedule,
  HsdsService,
} from "./types.js";
import { hsdsUnattached, type UnattachedPhone } from "./unattached.js";
import { isUuid, uuidV5 } from "./uuid.js";

/**
 * The namespace of HSDS ids made from linli ids (a fixed, random UUID).
 *
 * @example
 * ```ts
 * import { LINLI_HSDS_NAMESPACE, uuidV5 } from "@linli/adapters";
 * const id = uuidV5("org-0001", LINLI_HSDS_NAMESPACE); // the HSDS id of organisation org-0001
 * ```
 */
export const LINLI_HSDS_NAMESPACE = "2c6f1b8e-6a3d-4f0e-9b47-6c696e6c6921";

/**
 * Options of {@link toHsds}.
 *
 * @example
 * ```ts
 * import type { HsdsOptions } from "@linli/adapters";
 * const options: HsdsOptions = { lang: "en", timezone: "+08:00" };
 * ```
 */
export interface HsdsOptions {
  /** Locations the services' `locationIds` refer to. */
  readonly locations?: Iterable<Location>;
  /** Language of labels written as text (organisation kind). Default: the system language (`systemLocale()` of @linli/core). */
  readonly lang?: Locale;
  /** UTC offset of opening hours. Default `+08:00` (China Standard Time). */
  readonly timezone?: string;
  /** UUID namespace for ids made from linli ids. Default {@link LINLI_HSDS_NAMESPACE}. */
  readonly namespace?: string;
  /**
   * Phones of no organisation, service or location (`HsdsPackageResult.phones`), written to
   * `phones` with no parent link: their withheld references are not written back.
   */
  readonly phones?: Iterable<UnattachedPhone>;
}

/**
 * Organisations and services in Open Referral HSDS 3.0.
 *
 * @example
 * ```ts
 * import type { HsdsDataset } from "@linli/adapters";
 * const empty: HsdsDataset = { organizations: [], services: [], phones: [], notes: [] };
 * ```
 */
export interface HsdsDataset {
  /** `organization` objects with contacts, phones, locations (their address) and identifiers. */
  readonly organizations: HsdsOrganization[];
  /** `service` objects with phones, schedules, locations and category. */
  readonly services: HsdsService[];
  /** `phone` objects that belong to no organisation, service or location (see `HsdsOptions.phones`). */
  readonly phones: HsdsPhone[];
  /** What was left out: service locations not among `locations`, emails and web addresses HSDS would refuse. */
  readonly notes: ExportNote[];
}

/**
 * Convert linli organisations (with their services) and locations to Open Referral HSDS
 * 3.0: organisations with contacts, phones, identifiers and their address as a location;
 * services with phones, weekly schedules, their locations (with addresses and WGS-84
 * coordinates, converted from GCJ-02 or BD-09) and their category as a taxonomy term. Ids
 * become UUIDs: kept when they are UUIDs, else derived (version 5) from the linli ids, so
 * the same record always gets the same id. The input is not changed.
 *
 * @example
 * ```ts
 * import { toHsds } from "@linli/adapters";
 * const { organizations, services } = toHsds([
 *   {
 *     meta: { id: "o-1", schemaVersion: "0.0.0" },
 *     name: "丈八社区居民委员会",
 *     kind: "neighbourhood-committee",
 *     services: [{ id: "s-1", name: "代购药品", status: "active", schedules: [{ days: ["MO", "WE"], opensAt: "09:00", closesAt: "17:00" }] }],
 *   },
 * ]);
 * services[0]?.schedules?.[0]?.byday; // "MO,WE"
 * ```
 */
export function toHsds(
  organizations: Iterable<Organization>,
  options: HsdsOptions = {},
): HsdsDataset {
  expectArgument("toHsds", "organizations", "object", organizations);
  expectArgument("toHsds", "options", "options", options);
  const lang = options.lang ?? systemLocale();
  const ns = options.namespace ?? LINLI_HSDS_NAMESPACE;
  const tz = options.timezone ?? "+08:00";
  const id = (name: string) => (isUuid(name) ? name.toLowerCase() : uuidV5(name, ns));
  const kinds = columns(entities.organization).find((c) => c.key === "kind")?.options ?? {};
  const locations = new Map<string, Location>();
  for (const l of options.locations ?? []) locations.set(l.meta.id, l);
  const out: HsdsDataset = {
    organizations: [],
    services: [],
    phones: hsdsUnattached(options.phones ?? [], id),
    notes: [],
  };
  const email = (v: string | undefined, where: string) => {
    if (v === undefined || EMAIL.test(v)) return v;
    out.notes.push({
      code: "hsds.email",
      message: exportMessage("hsds.email", { where, value: v }),
    });
    return undefined;
  };
  const url = (v: string | undefined, where: string) => {
    const u = webAddress(v);
    if (v !== undefined && u === undefined) {
      out.notes.push({ code: "hsds.url", message: exportMessage("hsds.url", { where, value: v }) });
    }
    return u;
  };

  const phonesOf = (
    list: Organization["phones"],
    scope: string,
    link: Partial<Pick<HsdsPhone, "organization_id" | "service_id" | "location_id">>,
  ): HsdsPhone[] | undefined =>
    list && list.length > 0
      ? list.map((p, i) =>
          clean({
            id: id(`${scope}/phone/${i}`),
            ...link,
            number: p.number,
            type: p.kind ? PHONE_TYPE[p.kind] : undefined,
            description: p.note,
          } as HsdsPhone),
        )
      : undefined;

  const locationOf = (
    key: string,
    name: string | undefined,
    address: Address | undefined,
    extra: Partial<HsdsLocation> = {},
  ): HsdsLocation => {
    const locId = id(key);
    const geo = address?.geo;
    const [latitude, longitude] = geo ? toWgs84(geo.lat, geo.lon, geo.crs) : [];
    const a = address ? addressOf(address, locId, id(`${key}/address`), lang) : undefined;
    return clean({
      id: locId,
      location_type: "physical",
      ...extra,
      name,
      latitude,
      longitude,
      external_identifier: address?.divisionCode,
      external_identifier_type: address?.divisionCode ? "GB/T 2260" : undefined,
      addresses: a ? [a] : undefined,
    } as HsdsLocation);
  };

  for (const org of organizations) {
    const orgKey = `organization/${org.meta.id}`;
    const orgId = id(org.meta.id);
    const kind = org.kind ? kinds[org.kind]?.[lang] : undefined;
    const contacts: HsdsContact[] = (org.contacts ?? []).map((c, i) => {
      const contactId = id(`${orgKey}/contact/${i}`);
      return clean({
        id: contactId,
        organization_id: orgId,
        name: c.name,
        title: c.title,
        email: email(c.email, c.name),
        phones: c.phone
          ? [{ id: id(`${orgKey}/contact/${i}/phone`), contact_id: contactId, number: c.phone }]
          : undefined,
      });
    });
    out.organizations.push(
      clean({
        id: orgId,
        name: org.name,
        alternate_name: org.shortName,
        // HSDS requires a description; an organisation without one is described by its kind.
        description: org.description ?? kind ?? org.name,
        email: email(org.email, org.name),
        website: url(org.website, org.name),
        legal_status: kind,
        parent_organization_id: org.parentId ? id(org.parentId) : undefined,
        contacts: contacts.length > 0 ? contacts : undefined,
        phones: phonesOf(org.phones, orgKey, { organization_id: orgId }),
        locations: org.address
          ? [locationOf(`${orgKey}/address`, org.name, org.address, { organization_id: orgId })]
          : undefined,
        organization_identifiers: org.identifiers?.map((i, k) =>
          clean({
            id: id(`${orgKey}/identifier/${k}`),
            organization_id: orgId,
            identifier_type:
              i.scheme === "other"
                ? (i.name ?? exportMessage("hsds.identifier.other")[lang])
                : exportMessage(`hsds.identifier.${i.scheme}`)[lang],
            identifier: i.value,
          }),
        ),
      }),
    );

    for (const s of org.services ?? []) {
      const key = `${orgKey}/service/${s.id}`;
      // A service id that is a UUID already (read from HSDS) is kept, so ids round-trip.
      const serviceId = isUuid(s.id) ? s.id.toLowerCase() : id(key);
      const atLocations = (s.locationIds ?? []).flatMap((lid, k) => {
        const l = locations.get(lid);
        if (!l) {
          out.notes.push({
            code: "hsds.location",
            message: exportMessage("hsds.location", { service: s.name, location: lid }),
          });
          return [];
        }
        const {
          meta,
          name,
          kind: _k,
          capacity: _c,
          notes: _n,
          extra: _e,
          organizationId: _o,
          phones: _p,
          ...address
        } = l;
        const location = locationOf(`location/${meta.id}`, name, address as Address);
        return [
          { id: id(`${key}/at/${k}`), service_id: serviceId, location_id: location.id, location },
        ];
      });
      const schedules: HsdsSchedule[] = (s.schedules ?? []).map((sc, k) =>
        clean({
          id: id(`${key}/schedule/${k}`),
          service_id: serviceId,
          freq: "WEEKLY",
          wkst: "MO",
          byday: sc.days.join(","),
          opens_at: sc.opensAt ? `${sc.opensAt}${tz}` : undefined,
          closes_at: sc.closesAt ? `${sc.closesAt}${tz}` : undefined,
          description: sc.description,
        }),
      );
      const termId = s.category ? id(`service-category/${s.category}`) : undefined;
      const attributes: HsdsAttribute[] | undefined =
        s.category && termId
          ? [
              {
                id: id(`${key}/category`),
                link_id: serviceId,
                link_type: "service",
                link_entity: "service",
                taxonomy_term_id: termId,
                taxonomy_term: {
                  id: termId,
                  name: s.category,
                  description: s.category,
                  taxonomy: "linli service category (free text)",
                  language: LANGUAGE[lang],
                },
              },
            ]
          : undefined;
      out.services.push(
        clean({
          id: serviceId,
          organization_id: orgId,
          name: s.name,
          description: s.description,
          url: url(s.url, s.name),
          email: email(s.email, s.name),
          status: s.status,
          eligibility_description: s.eligibility,
          fees_description: s.fees,
          phones: phonesOf(s.phones, key, { service_id: serviceId }),
          schedules: schedules.length > 0 ? schedules : undefined,
          service_at_locations: atLocations.length > 0 ? atLocations : undefined,
          attributes,
        }),
      );
    }
  }
  return out;
}
