import { SCHEMA_VERSION } from "@linli/core";
import { beforeAll, describe, expect, it } from "vitest";
import { type Pseudonymizer, pseudonymizer } from "../pseudonym/pseudonymizer.js";
import { applyProfile } from "./apply-profile.js";
import { applyProfileToRow } from "./apply-row.js";

let keyed: Pseudonymizer;
beforeAll(async () => {
  keyed = await pseudonymizer("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
});
const ID = "110101199003077777";
type Shared = { meta: { id: string }; identifiers: { value: string }[] };
const record = (id: string) => ({
  meta: { id, schemaVersion: SCHEMA_VERSION },
  name: "王伟",
  identifiers: [{ scheme: "cn-citizen-id", value: ID }],
});

// A register whose record number (记录编号) is the ID number or the phone.
describe("record IDs that hold an identifier", () => {
  it("partner-ngo: pseudonymised with the ID number's own key, so references still meet", () => {
    const out = applyProfile("resident", record(ID), "partner-ngo", {
      pseudonymizer: keyed,
    }) as Shared;
    expect(out.meta.id).not.toContain(ID);
    expect(out.meta.id).toBe(out.identifiers[0]!.value);
    const row = applyProfileToRow("resident", { "meta.id": ID, name: "王伟" }, "partner-ngo", {
      pseudonymizer: keyed,
    });
    expect(row["meta.id"]).toBe(out.meta.id);
    const phone = applyProfileToRow("resident", { "meta.id": "138 0013 8000" }, "partner-ngo", {
      pseudonymizer: keyed,
    });
    expect(phone["meta.id"]).toMatch(/^tel\./);
  });

  it("without a secret such an ID is dropped; other IDs and the internal profile keep theirs", () => {
    const row = applyProfileToRow("resident", { "meta.id": ID, name: "王伟" }, "partner-ngo");
    expect(row["meta.id"]).toBeUndefined();
    const plain = applyProfileToRow("resident", { "meta.id": "r-17" }, "partner-ngo");
    expect(plain["meta.id"]).toBe("r-17");
    expect((applyProfile("resident", record(ID), "internal") as Shared).meta.id).toBe(ID);
  });
});
