// Type test, checked by `pnpm typecheck`: the types json-schema-to-typescript derives from the
// published JSON Schemas and the zod types are assignable to each other in both directions,
// entity by entity. A field that differs in name, optionality or type fails compilation.
import type * as Json from "../generated/json-schema-types.js";
import type * as Ts from "../generated/ts-types.js";
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
  commitment: Json.Commitment;
  allocation: Json.Allocation;
  "delivery-task": Json.DeliveryTask;
  "match-run": Json.MatchRun;
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
  Assert<Same<FromJson["commitment"], EntityRecord<"commitment">>>,
  Assert<Same<FromJson["allocation"], EntityRecord<"allocation">>>,
  Assert<Same<FromJson["delivery-task"], EntityRecord<"delivery-task">>>,
  Assert<Same<FromJson["match-run"], EntityRecord<"match-run">>>,
];

type FromToTypeScript = {
  resident: Ts.Resident;
  household: Ts.Household;
  location: Ts.Location;
  organization: Ts.Organization;
  need: Ts.Need;
  "supply-item": Ts.SupplyItem;
  "stock-movement": Ts.StockMovement;
  volunteer: Ts.Volunteer;
  shift: Ts.Shift;
  "health-check": Ts.HealthCheck;
  commitment: Ts.Commitment;
  allocation: Ts.Allocation;
  "delivery-task": Ts.DeliveryTask;
  "match-run": Ts.MatchRun;
};

// The declarations `linli schema <entity> --format ts` prints match the zod types too.
export type TsChecks = [
  Assert<Same<FromToTypeScript["resident"], EntityRecord<"resident">>>,
  Assert<Same<FromToTypeScript["household"], EntityRecord<"household">>>,
  Assert<Same<FromToTypeScript["location"], EntityRecord<"location">>>,
  Assert<Same<FromToTypeScript["organization"], EntityRecord<"organization">>>,
  Assert<Same<FromToTypeScript["need"], EntityRecord<"need">>>,
  Assert<Same<FromToTypeScript["supply-item"], EntityRecord<"supply-item">>>,
  Assert<Same<FromToTypeScript["stock-movement"], EntityRecord<"stock-movement">>>,
  Assert<Same<FromToTypeScript["volunteer"], EntityRecord<"volunteer">>>,
  Assert<Same<FromToTypeScript["shift"], EntityRecord<"shift">>>,
  Assert<Same<FromToTypeScript["health-check"], EntityRecord<"health-check">>>,
  Assert<Same<FromToTypeScript["commitment"], EntityRecord<"commitment">>>,
  Assert<Same<FromToTypeScript["allocation"], EntityRecord<"allocation">>>,
  Assert<Same<FromToTypeScript["delivery-task"], EntityRecord<"delivery-task">>>,
  Assert<Same<FromToTypeScript["match-run"], EntityRecord<"match-run">>>,
];
