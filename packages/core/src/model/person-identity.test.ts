import {
  columns,
  identityColumns,
  Resident,
  SCHEMA_VERSION,
  Volunteer,
  validate,
} from "@linli/core";
import { describe, expect, it } from "vitest";

// A resident and a volunteer are identified alike: by the name or by any one identity
// document, every scheme the documents' field projects to a column of its own.
const keys = (alts: ReturnType<typeof identityColumns>) => alts.map((a) => a.map((c) => c.key));
const meta = { id: "v-1", schemaVersion: SCHEMA_VERSION };

describe("what identifies a person", () => {
  it.each([
    ["resident", Resident],
    ["volunteer", Volunteer],
  ] as const)("%s: the name, or each identity document's column alone", (_, schema) => {
    const documents = columns(schema).filter((c) => c.path[0] === "identifiers");
    expect(documents.map((c) => c.key)).toContain("foreignerResidencePermit");
    expect(keys(identityColumns(schema))).toEqual([["name"], ...documents.map((c) => [c.key])]);
  });

  it("takes a volunteer known by a document alone, and refuses one with neither", () => {
    const passport = [{ scheme: "passport", value: "E12345678" }];
    expect(validate("volunteer", { meta, identifiers: passport }).ok).toBe(true);
    const none = validate("volunteer", { meta });
    expect(none.ok).toBe(false);
    expect(none.ok ? [] : none.issues.map((i) => i.code)).toContain("record.identity");
  });
});
