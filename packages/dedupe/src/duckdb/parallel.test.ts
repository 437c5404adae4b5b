import {
  comparators,
  dedupe,
  organizationProfile,
  type Profile,
  residentProfile,
} from "@linli/dedupe";
import { synthesizeOrganizations, synthesizeResidents } from "@linli/dedupe/benchmark";
import { describe, expect, it } from "vitest";
import { FieldEncoder } from "../engine/encode.js";
import { resolveComparator } from "../engine/resolve.js";
import { normalize, type RecordSource } from "./load.js";
import { ParallelEncoding } from "./parallel.js";

const encoded = async (source: RecordSource, profile: Profile, threads: number) => {
  const data = await normalize(
    source,
    profile,
    { duckdb: { normalizeThreads: threads } },
    () => {},
  );
  return data.fields.map((f) => ({ codes: Array.from(f.codes), keys: f.keys, multi: f.multi }));
};

// Values of every kind the threads must give back as this thread would: texts, JSON-safe
// objects and lists, and what stays here (dates, numbers, nested or odd objects).
const odd: unknown[] = [
  { name: "张静", birthDate: new Date(Date.UTC(1985, 2, 2)), phones: [{ number: 13800138000 }] },
  { name: " 張靜 ", birthDate: "1985年3月2日", address: { compound: "枫林公寓", building: 6 } },
  { name: "", address: { compound: "枫林公寓", building: "6", extra: { deep: 1 } } },
  {
    name: null,
    phone: ["13800138000", "+86 138 0013 8000", "13900139000"],
    address: "雁塔区枫林公寓6号楼",
  },
  { name: "王伟", address: { compound: "枫林公寓", building: -0, note: undefined } },
  {
    name: "王伟",
    citizenId: "610118200510210868",
    gender: "男",
    address: Object.create({ inherited: 1 }),
  },
];

describe("normalisation on worker threads (DuckDB engine)", () => {
  it("gives the same keys and key ids as this thread, on generated residents and odd values", async () => {
    const { records } = synthesizeResidents({ records: 3000, seed: 4 });
    const all = [...odd, ...records, ...odd];
    // The threads do start here (a failed start would fall back to this thread unseen).
    const encoders = residentProfile().fields.map(
      (f) => new FieldEncoder(f, resolveComparator(f.comparator, undefined)),
    );
    const pool = await ParallelEncoding.start(residentProfile().fields, encoders, 1, () => {});
    expect(pool).toBeDefined();
    pool?.close();
    const here = await encoded(all, residentProfile(), 0);
    expect(here[0]!.keys.length).toBeGreaterThan(1000);
    expect(await encoded(all, residentProfile(), 2)).toEqual(here);
    // As a stream of chunks.
    async function* chunks() {
      for (let i = 0; i < all.length; i += 700) yield all.slice(i, i + 700);
    }
    expect(await encoded(chunks(), residentProfile(), 2)).toEqual(here);
  });

  it("normalises organisations, and keeps your own comparators in this thread", async () => {
    const { records } = synthesizeOrganizations({ records: 300, seed: 3 });
    expect(await encoded(records, organizationProfile(), 2)).toEqual(
      await encoded(records, organizationProfile(), 0),
    );
    const upper: Profile = {
      ...residentProfile(),
      fields: residentProfile().fields.map((f) =>
        f.name === "name"
          ? {
              ...f,
              comparator: {
                ...comparators.chineseName(),
                normalize: (v: unknown) => (typeof v === "string" ? v.toUpperCase() : undefined),
              },
            }
          : f,
      ),
    };
    const people = [{ name: "ab" }, { name: "AB" }, { name: "cd" }];
    const [name] = await encoded(people, upper, 2);
    expect(name!.keys).toEqual(["AB", "CD"]);
  });

  it("links as before with threads on", async () => {
    const { records } = synthesizeResidents({ records: 1200, seed: 9 });
    const threaded = await dedupe(records, { engine: "duckdb", duckdb: { normalizeThreads: 2 } });
    expect(threaded.clusters).toEqual(dedupe(records).clusters);
  });
});
