import { Allocation } from "./allocation.js";
import { Commitment } from "./commitment.js";
import { DeliveryTask } from "./delivery-task.js";
import { HealthCheck } from "./health-check.js";
import { Household } from "./household.js";
import { Location } from "./location.js";
import { MatchRun } from "./match-run.js";
import { Need } from "./need.js";
import { Organization } from "./organization.js";
import { Resident } from "./resident.js";
import { Shift } from "./shift.js";
import { StockMovement } from "./stock-movement.js";
import { SupplyItem } from "./supply-item.js";
import { Volunteer } from "./volunteer.js";

export { Address, addressShape } from "./address.js";
export {
  ALLOCATION_STATUS_TRANSITIONS,
  Allocation,
  AllocationReason,
  AllocationStatus,
} from "./allocation.js";
export { choice, type OptionSpec, type OptionWords, splitOptions } from "./choice.js";
export { Commitment, CommitmentLine } from "./commitment.js";
export {
  date,
  dateTime,
  Extra,
  email,
  GeoPoint,
  partialDate,
  RecordMeta,
  ref,
  SCHEMA_VERSION_PATTERN,
  text,
  url,
  WithheldCell,
} from "./common.js";
export {
  CITIZEN_ID_PATTERN,
  Identifier,
  IdentifierScheme,
  identifiers,
  PHONE_PATTERN,
  Phone,
  phones,
} from "./contact.js";
export { entity, entityMeta, field, fieldMeta, L, unwrap } from "./define.js";
export { DeliveryTask } from "./delivery-task.js";
export { HealthCheck } from "./health-check.js";
export { Household, Tenure } from "./household.js";
export { Location } from "./location.js";
export { MatchRun } from "./match-run.js";
export type {
  ColumnProjection,
  EntityMeta,
  FieldMeta,
  FormHint,
  PiiClass,
  Widget,
} from "./meta.js";
export { NEED_STATUS_TRANSITIONS, Need, NeedFulfilment, NeedStatus } from "./need.js";
export { NeedItem } from "./need-item.js";
export {
  CREDIT_CODE_PATTERN,
  Organization,
  OrganizationContact,
  OrganizationIdentifier,
  Schedule,
  Service,
  Weekday,
} from "./organization.js";
export { Gender, HouseholdMember, Relationship } from "./person.js";
export { Quarantine, Resident, ResidentHousehold } from "./resident.js";
export { Shift } from "./shift.js";
export { StockMovement } from "./stock-movement.js";
export { SupplyCategory, SupplyItem } from "./supply-item.js";
export { Skill, Volunteer } from "./volunteer.js";
export { Vulnerability } from "./vulnerability.js";

/**
 * Every entity of the data model by its stable name, in a fixed order.
 *
 * @example
 * ```ts
 * import { entities } from "@linli/core";
 * Object.keys(entities); // ["resident", "household", "location", …]
 * entities.resident.safeParse({}).success; // false
 * ```
 */
export const entities = {
  resident: Resident,
  household: Household,
  location: Location,
  organization: Organization,
  need: Need,
  "supply-item": SupplyItem,
  "stock-movement": StockMovement,
  volunteer: Volunteer,
  shift: Shift,
  "health-check": HealthCheck,
  commitment: Commitment,
  allocation: Allocation,
  "delivery-task": DeliveryTask,
  "match-run": MatchRun,
} as const;

/** The stable name of an entity, e.g. `resident` or `stock-movement`. */
export type EntityName = keyof typeof entities;

/** The record type of an entity by name. */
export type EntityRecord<N extends EntityName> = import("zod").infer<(typeof entities)[N]>;

/**
 * Every entity name, in the order of {@link entities}.
 *
 * @example
 * ```ts
 * import { entityNames, validate } from "@linli/core";
 * for (const name of entityNames) validate(name, {});
 * ```
 */
export const entityNames = Object.keys(entities) as EntityName[];
