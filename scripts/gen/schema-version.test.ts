import { describe, expect, it } from "vitest";
import { withSchemaVersion } from "./schema-version.js";

describe("withSchemaVersion", () => {
  it("sets every literal schema version, in code, JSON and prose", () => {
    const text = [
      'validate("resident", { meta: { id: "r-1", schemaVersion: "0.0.0" } });',
      '{ "meta": { "schemaVersion": "0.0.0" } }',
      "' * x({ meta: { schemaVersion: \"0.1.0\" } })',",
    ].join("\n");
    expect(withSchemaVersion(text, "0.3.0")).toBe(text.replace(/\d\.\d\.\d/g, "0.3.0"));
  });

  it("leaves versions of other things and non-literal ones alone", () => {
    const text =
      'const v = { schemaVersion: SCHEMA_VERSION, version: "0.1.0", schemaVersion2: "1" };';
    expect(withSchemaVersion(text, "0.3.0")).toBe(text);
  });
});
