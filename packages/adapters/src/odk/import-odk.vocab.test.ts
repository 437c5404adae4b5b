import { describe, expect, it } from "vitest";
import { importOdkExport } from "./import-odk.js";
import { koboResidents } from "./kobo-fixture.js";

const file = (name: string, bytes: Uint8Array) => ({ name, bytes });
const csv = (rows: string[][]) =>
  new TextEncoder().encode(`${rows.map((r) => r.join(",")).join("\n")}\n`);

describe("importOdkExport: repeat rows read choices as cells are", () => {
  // A form whose members' relationship was typed as households write it (妻, 儿子) and in the
  // community's own word (内人): the model's words and the user's vocabulary both apply.
  const kobo = koboResidents(4);
  const [head, ...rows] = kobo.members;
  const at = head!.findIndex((h) => /relationship$/.test(h));
  const written = ["妻", "儿子", "内人"];
  const members = [head!, ...rows.map((r, i) => r.map((c, k) => (k === at ? written[i % 3]! : c)))];
  const files = [file("居民登记.csv", csv(kobo.main)), file("members.csv", csv(members))];
  const relations = (r: Awaited<ReturnType<typeof importOdkExport<"resident">>>) =>
    r.records.flatMap((x) => x.household?.members ?? []).map((m) => m.relationship);

  const count = (w: string) => rows.filter((_, i) => written[i % 3] === w).length;

  it("reads the standard words of a repeat's choices; the unknown word is said", async () => {
    const r = await importOdkExport(files, { entity: "resident" });
    const got = relations(r);
    expect(got.filter((x) => x === "spouse")).toHaveLength(count("妻"));
    expect(got.filter((x) => x === "child")).toHaveLength(count("儿子"));
    expect(r.issues.filter((i) => /内人/.test(i.message.en))).toHaveLength(count("内人"));
  });

  it("reads the user's words for a repeat's choices (--vocab)", async () => {
    const r = await importOdkExport(files, {
      entity: "resident",
      vocabulary: { relationship: { spouse: ["内人"] } },
    });
    const got = relations(r);
    expect(got).toHaveLength(rows.length);
    expect(got.filter((x) => x === "spouse")).toHaveLength(count("妻") + count("内人"));
    expect(r.issues.filter((i) => /内人/.test(i.message.en))).toEqual([]);
  });
});
