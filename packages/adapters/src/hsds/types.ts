// The parts of Open Referral HSDS 3.0 that linli writes (see schema/*.json of the standard).

/** HSDS `phone`. */
export interface HsdsPhone {
  readonly id: string;
  readonly organization_id?: string;
  readonly service_id?: string;
  readonly location_id?: string;
  readonly contact_id?: string;
  readonly number: string;
  /** RFC 6350 type: `cell` for mobiles, `voice` for landlines. */
  readonly type?: string;
  readonly description?: string;
}

/** HSDS `address`. */
export interface HsdsAddress {
  readonly id: string;
  readonly location_id: string;
  readonly address_1: string;
  readonly address_2?: string;
  readonly city: string;
  readonly region?: string;
  readonly state_province: string;
  readonly postal_code: string;
  readonly country: string;
  readonly address_type: "physical";
}

/** HSDS `schedule` (weekly opening hours). */
export interface HsdsSchedule {
  readonly id: string;
  readonly service_id?: string;
  readonly freq: "WEEKLY";
  readonly wkst: "MO";
  readonly byday: string;
  readonly opens_at?: string;
  readonly closes_at?: string;
  readonly description?: string;
}

/** HSDS `contact`. */
export interface HsdsContact {
  readonly id: string;
  readonly organization_id?: string;
  readonly name?: string;
  readonly title?: string;
  readonly email?: string;
  readonly phones?: readonly HsdsPhone[];
}

/** HSDS `location`. */
export interface HsdsLocation {
  readonly id: string;
  readonly location_type: "physical";
  readonly organization_id?: string;
  readonly name?: string;
  readonly description?: string;
  readonly latitude?: number;
  readonly longitude?: number;
  readonly external_identifier?: string;
  readonly external_identifier_type?: string;
  readonly addresses?: readonly HsdsAddress[];
}

/** HSDS `organization_identifier`. */
export interface HsdsOrganizationIdentifier {
  readonly id: string;
  readonly organization_id: string;
  readonly identifier_type: string;
  readonly identifier: string;
}

/** HSDS `organization`, with its contacts, phones, locations and identifiers. */
export interface HsdsOrganization {
  readonly id: string;
  readonly name: string;
  readonly alternate_name?: string;
  readonly description: string;
  readonly email?: string;
  readonly website?: string;
  readonly legal_status?: string;
  readonly parent_organization_id?: string;
  readonly contacts?: readonly HsdsContact[];
  readonly phones?: readonly HsdsPhone[];
  readonly locations?: readonly HsdsLocation[];
  readonly organization_identifiers?: readonly HsdsOrganizationIdentifier[];
}

/** HSDS `service_at_location`, with the location. */
export interface HsdsServiceAtLocation {
  readonly id: string;
  readonly service_id: string;
  readonly location_id: string;
  readonly location: HsdsLocation;
}

/** HSDS `attribute` linking a service to a taxonomy term. */
export interface HsdsAttribute {
  readonly id: string;
  readonly link_id: string;
  readonly link_type: string;
  readonly link_entity: "service";
  readonly taxonomy_term_id: string;
  readonly taxonomy_term: {
    readonly id: string;
    readonly name: string;
    readonly description: string;
    readonly taxonomy: string;
    readonly language: string;
  };
}

/** HSDS `service`, with phones, schedules, locations and category. */
export interface HsdsService {
  readonly id: string;
  readonly organization_id: string;
  readonly name: string;
  readonly description?: string;
  readonly url?: string;
  readonly email?: string;
  readonly status: "active" | "inactive" | "defunct" | "temporarily closed";
  readonly eligibility_description?: string;
  readonly fees_description?: string;
  readonly phones?: readonly HsdsPhone[];
  readonly schedules?: readonly HsdsSchedule[];
  readonly service_at_locations?: readonly HsdsServiceAtLocation[];
  readonly attributes?: readonly HsdsAttribute[];
}
