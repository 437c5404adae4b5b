import { columns, entities } from "@linli/core";
import { describe, expect, it } from "vitest";
import { fieldKind } from "./field-kind.js";

const kinds = (entity: keyof typeof entities) =>
  Object.fromEntries(columns(entities[entity]).map((c) => [c.key, fieldKind(c)]));

describe("fieldKind", () => {
  it("reads the kinds of the resident's columns off the model's metadata", () => {
    expect(kinds("resident")).toMatchObject({
      "meta.id": "record-id",
      "meta.submission.by": "name",
      name: "name",
      gender: "category",
      birthDate: "birth-date",
      citizenId: "citizen-id",
      passport: "document",
      taiwanPermit: "document",
      phone: "phone",
      phone2: "phone",
      "household.id": "record-id",
      "household.headName": "name",
      "household.size": "number",
      "address.province": "address",
      "address.room": "address",
      "address.line": "address",
      "address.geo.crs": "address",
      origin: "text",
      arrivalDate: "date",
      vulnerabilities: "category",
      "quarantine.site": "text",
      notes: "free-text",
    });
  });

  it("knows names, phones and free text in other entities, and that org codes are no person's ID", () => {
    expect(kinds("organization")).toMatchObject({
      name: "text",
      creditCode: "text",
      contactName: "name",
      contactPhone: "phone",
      description: "free-text",
    });
    expect(kinds("shift")).toMatchObject({
      assigneeNames: "name",
      assigneeIds: "record-id",
      leaderName: "name",
    });
    expect(kinds("volunteer")).toMatchObject({ availabilityNote: "free-text", skills: "category" });
    expect(kinds("stock-movement")).toMatchObject({ donorName: "text", handledBy: "name" });
    expect(kinds("location")).toMatchObject({ building: "address", name: "text" });
  });
});
