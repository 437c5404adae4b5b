// Type test, checked by `pnpm typecheck`: the types json-schema-to-typescript derives from the
// published JSON Schemas and the zod types are assignable to each other in both directions,
// entity by entity. A field that differs in name, optionality or type fails compilation.
import type * as Json from "../generated/json-schema-types.js";
import type { EntityName, EntityRecord } from "./index.js";

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

type FromJson = {
  resident: Json.Resident;
  household: Json.Household;
  location: Json.Location;
  organization: Json.Organization;
  need: Json.Need;
  "supply-item": Json.SupplyItem;
  "stock-movement": Json.StockMovement;
  volunteer: Json.Volunteer;
  shift: Json.Shift;
  "health-check": Json.HealthCheck;
};

// Every entity is listed: adding one to the model without its JSON type fails here.
export type AllListed = Assert<Same<keyof FromJson, EntityName>>;

export type Checks = [
  Assert<Same<FromJson["resident"], EntityRecord<"resident">>>,
  Assert<Same<FromJson["household"], EntityRecord<"household">>>,
  Assert<Same<FromJson["location"], EntityRecord<"location">>>,
  Assert<Same<FromJson["organization"], EntityRecord<"organization">>>,
  Assert<Same<FromJson["need"], EntityRecord<"need">>>,
  Assert<Same<FromJson["supply-item"], EntityRecord<"supply-item">>>,
  Assert<Same<FromJson["stock-movement"], EntityRecord<"stock-movement">>>,
  Assert<Same<FromJson["volunteer"], EntityRecord<"volunteer">>>,
  Assert<Same<FromJson["shift"], EntityRecord<"shift">>>,
  Assert<Same<FromJson["health-check"], EntityRecord<"health-check">>>,
];
