import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromBase64 } from "../crypto/base64.js";
import { PrivacyError } from "../errors.js";
import { pseudonymizer } from "../pseudonym/pseudonymizer.js";
import { dice, dicePairs, packClks, popcount } from "./dice.js";
import { clkEncoder } from "./encoder.js";
import { febrlClkSchema } from "./febrl.js";
import { residentClkSchema } from "./resident.js";
import { type ClkSchema, validateClkSchema } from "./schema.js";
import { clkTokens, prepareValue } from "./tokens.js";

const secret = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
const other = "q3V0Y2kL9x1mRk2p7ZsQeW4tYb8uNf6hJd0aXc3vLg5=";

describe("validateClkSchema", () => {
  const codes = (s: unknown) => {
    const r = validateClkSchema(s);
    return r.ok ? [] : r.issues.map((i) => `${i.code}@${(i.path ?? []).join(".")}`);
  };
  it("accepts the built-in schemas and reports each problem", () => {
    expect(codes(febrlClkSchema)).toEqual([]);
    expect(codes(residentClkSchema)).toEqual([]);
    expect(codes("x")).toEqual(["clk.notObject@"]);
    expect(
      codes({
        name: "",
        bits: 1000,
        hashing: "md5",
        salt: 1,
        fields: [
          { name: "a", k: 10, bitsPerField: 100 },
          { name: "a", k: 10 },
          { name: "b", prepare: "soundex", q: 9, positional: "yes", k: 10 },
          { name: "c", q: 2, positional: true, k: 0 },
          { name: "d", get: "address..x", k: 5, weight: 2 },
          { name: "e", k: 5, filter: "" },
        ],
      }),
    ).toEqual([
      "clk.unknownKey@salt",
      "clk.name@name",
      "clk.bits@bits",
      "clk.hashing@hashing",
      "clk.strength@fields.0.k",
      "clk.fieldName@fields.1",
      "clk.prepare@fields.2.prepare",
      "clk.q@fields.2.q",
      "clk.flag@fields.2.positional",
      "clk.positional@fields.3.q",
      "clk.strength@fields.3.k",
      "clk.unknownKey@fields.4.weight",
      "clk.get@fields.4.get",
      "clk.filter@fields.5.filter",
    ]);
    expect(codes({ name: "x", fields: [] })).toEqual(["clk.fields@fields"]);
    expect(
      codes({
        name: "x",
        fields: [{ name: "a", k: 5, filter: "home" }],
        keys: [
          { name: "id", kind: "citizen-id", get: "identifiers" },
          { name: "id", kind: "phone" },
          { name: "tel", kind: "fax", get: "a..b", scope: 1 },
        ],
        household: ["home", "elsewhere"],
      }),
    ).toEqual([
      "clk.keyName@keys.1",
      "clk.unknownKey@keys.2.scope",
      "clk.get@keys.2.get",
      "clk.keyKind@keys.2.kind",
      "clk.household@household",
    ]);
    expect(codes({ name: "x", fields: [{ name: "a", k: 5 }], keys: {} })).toEqual([
      "clk.keys@keys",
    ]);
  });
});

describe("tokens", () => {
  it("prepares names, pinyin, dates and digits", () => {
    expect(prepareValue(" 張 靜 ", "name")).toBe("张静");
    expect(prepareValue("王伟", "pinyin")).toBe("wangwei");
    expect(prepareValue("Wang Wei", "pinyin")).toBe("wangwei");
    expect(prepareValue("单雄信", "pinyin")).toBe("shanxiongxin");
    expect(prepareValue("1950年3月2日", "date")).toBe("19500302");
    expect(prepareValue("1950-03-02", "date")).toBe("19500302");
    expect(prepareValue("2000 NSW", "digits")).toBe("2000");
    expect(prepareValue(undefined, "text")).toBe("");
  });

  it("cuts padded bigrams, positional characters and exact tokens", () => {
    const schema: ClkSchema = {
      name: "t",
      fields: [
        { name: "name", prepare: "pinyin", k: 10 },
        { name: "dob", prepare: "date", q: 1, positional: true, k: 5 },
        { name: "sex", get: "gender", prepare: "exact", k: 5 },
        { name: "phones", get: "p", prepare: "digits", q: 3, padding: false, k: 1 },
      ],
    };
    expect(
      clkTokens(schema, { name: "王伟", dob: "1950-03-02", gender: "Male", p: ["1234", "2345"] }),
    ).toEqual({
      name: ["_w", "wa", "an", "ng", "gw", "we", "ei", "i_"],
      dob: ["1:1", "2:9", "3:5", "4:0", "5:0", "6:3", "7:0", "8:2"],
      sex: ["male"],
      phones: ["123", "234", "345"],
    });
  });
});

describe("clkEncoder", () => {
  it("is deterministic given the secret and differs across secrets", async () => {
    const a = await clkEncoder(febrlClkSchema, secret);
    const b = await clkEncoder(febrlClkSchema, secret);
    const c = await clkEncoder(febrlClkSchema, other);
    const r = {
      given_name: "james",
      surname: "waller",
      date_of_birth: "19710213",
      soc_sec_id: "6375537",
    };
    expect(a.encodeBase64(r)).toBe(b.encodeBase64(r));
    expect(a.encode(r)).toEqual(b.encode(r));
    expect(a.keyId).toBe(b.keyId);
    expect(c.keyId).not.toBe(a.keyId);
    expect(dice(a.encode(r), c.encode(r))).toBeLessThan(0.7);
    expect(Array.from(fromBase64(a.encodeBase64(r))!)).toEqual(Array.from(a.encode(r)));
    expect(a.encode(r).length).toBe(128);
  });

  it("sets at most k bits per token, and the same token differently in different fields", async () => {
    const schema: ClkSchema = {
      name: "k",
      bits: 1024,
      fields: [
        { name: "x", prepare: "exact", k: 20 },
        { name: "y", prepare: "exact", k: 20 },
      ],
    };
    const enc = await clkEncoder(schema, secret);
    const onlyX = enc.encode({ x: "abc" });
    const onlyY = enc.encode({ y: "abc" });
    expect(popcount(onlyX)).toBeGreaterThan(15);
    expect(popcount(onlyX)).toBeLessThanOrEqual(20);
    expect(dice(onlyX, onlyY)).toBeLessThan(0.3);
    expect(popcount(enc.encode({}))).toBe(0);
  });

  it("gives high Dice to close values and low Dice to different ones (random and double hashing)", async () => {
    for (const hashing of ["random", "double"] as const) {
      const enc = await clkEncoder({ ...residentClkSchema, hashing }, secret);
      const base = {
        name: "王小伟",
        birthDate: "1950-03-02",
        gender: "male",
        address: { compound: "绿地世纪城", building: "3" },
      };
      const same = enc.encode(base);
      const homophone = enc.encode({ ...base, name: "王晓伟" });
      const typoDate = enc.encode({ ...base, birthDate: "1950年3月20日" });
      const stranger = enc.encode({
        name: "李娜",
        birthDate: "1987-11-30",
        gender: "female",
        address: { compound: "雁塔西苑", building: "26" },
      });
      expect(dice(same, enc.encode(structuredClone(base)))).toBe(1);
      expect(dice(same, homophone)).toBeGreaterThan(0.85);
      expect(dice(same, typoDate)).toBeGreaterThan(0.85);
      expect(dice(same, stranger)).toBeLessThan(0.5);
      expect(dice(same, homophone)).toBeGreaterThan(dice(same, stranger));
    }
  });

  it("encodes each field into its own filter, leaving missing values out", async () => {
    const enc = await clkEncoder(residentClkSchema, secret);
    const fields = enc.encodeFields({ name: "王小伟", address: { building: "3" } });
    expect(fields.name?.length).toBe(64);
    expect(fields.birthDate).toBeUndefined();
    expect(fields.building).toBeInstanceOf(Uint8Array);
    expect(Object.keys(fields)).toEqual(residentClkSchema.fields.map((f) => f.name));
  });

  it("encodes records for linkage: field-level filters shared by the fields that name them", async () => {
    const enc = await clkEncoder(febrlClkSchema, secret);
    expect(enc.filters).toEqual(["name", "address", "dob", "ssn"]);
    const r = { given_name: "james", surname: "waller", date_of_birth: "19710213", state: "nsw" };
    const out = enc.encodeRecord(r);
    expect(Object.keys(out)).toEqual(["filters"]);
    expect(Object.keys(out.filters!)).toEqual(["name", "address", "dob"]); // no soc_sec_id
    const name = fromBase64(out.filters!.name!)!;
    expect(name.length).toBe(64);
    // The name filter is the union of the given name's and the surname's own filters.
    const own = enc.encodeFields(r);
    const union = own.given_name!.map((b, i) => b | own.surname![i]!);
    expect(Array.from(name)).toEqual(Array.from(union));
    // Nothing readable: Base64 only, and no value of the record appears in it.
    const text = JSON.stringify(out);
    for (const v of Object.values(r)) expect(text).not.toContain(v);
    expect(enc.encodeRecord(r, { clk: true }).clk).toBe(enc.encodeBase64(r));
    expect(enc.encodeRecord(r, { filters: false })).toEqual({});
    expect(enc.encodeRecord({}).filters).toEqual({});
    // A schema that names no filters gives the record-level CLK.
    const plain = await clkEncoder({ name: "p", fields: [{ name: "x", k: 10 }] }, secret);
    expect(plain.filters).toEqual([]);
    expect(plain.encodeRecord({ x: "abc" })).toEqual({ clk: plain.encodeBase64({ x: "abc" }) });
  });

  it("sends identifiers as linkage-scoped keyed pseudonyms, citizen IDs only when valid", async () => {
    const enc = await clkEncoder(residentClkSchema, secret);
    const keys = await pseudonymizer(secret);
    expect(enc.keys).toEqual([
      { name: "id", cannotLink: true },
      { name: "phone", cannotLink: false },
    ]);
    expect(enc.household).toEqual(["address", "phone"]);
    const valid = "11010519491231002X";
    const person = {
      name: "王小伟",
      identifiers: [
        { scheme: "passport", value: "E12345678" },
        { scheme: "cn-citizen-id", value: valid },
      ],
      phones: [{ number: "138 0013 8000" }, { number: "029-8888 6666" }, { number: "13800138000" }],
    };
    const out = enc.encodeRecord(person);
    expect(out.keys!.id).toBe(keys.key(valid, "citizen-id", "linkage"));
    // Not the pseudonym an export with the same secret would show.
    expect(out.keys!.id).not.toBe(keys.key(valid, "citizen-id"));
    expect(out.keys!.phone).toEqual(
      [
        keys.key("13800138000", "phone", "linkage")!,
        keys.key("02988886666", "phone", "linkage")!,
      ].sort(),
    );
    // A citizen ID with a wrong check character gets no key; nothing readable is sent.
    const typo = enc.encodeRecord({
      ...person,
      identifiers: [{ scheme: "cn-citizen-id", value: "110105194912310021" }],
    });
    expect(typo.keys!.id).toBeUndefined();
    const text = JSON.stringify(out);
    for (const v of [valid, "13800138000", "8000", "E12345678", "王小伟"])
      expect(text).not.toContain(v);
    expect(enc.encodeRecord(person, { keys: false }).keys).toBeUndefined();
  });

  it("rejects invalid schemas and secrets", async () => {
    await expect(clkEncoder({ name: "x", fields: [] }, secret)).rejects.toThrow(PrivacyError);
    await expect(clkEncoder(febrlClkSchema, "c2hvcnQ=")).rejects.toThrow(PrivacyError);
  });
});

describe("dice and dicePairs", () => {
  it("computes Dice and bit counts", () => {
    expect(popcount(new Uint8Array([0b1011, 0, 0, 1]))).toBe(4);
    expect(dice(new Uint8Array([0b1111, 0, 0, 0]), new Uint8Array([0b0011, 0, 0, 0]))).toBeCloseTo(
      2 / 3,
    );
    expect(dice(new Uint8Array(4), new Uint8Array(4))).toBe(0);
    expect(() => dice(new Uint8Array(4), new Uint8Array(8))).toThrow(RangeError);
    expect(() => popcount(new Uint8Array(3))).toThrow(RangeError);
    // Views at odd offsets are copied, not misread.
    const buf = new Uint8Array(9);
    buf.set([255, 255, 0, 0], 1);
    expect(popcount(buf.subarray(1, 5))).toBe(16);
  });

  it("finds exactly the pairs at or above the threshold that brute force finds", () => {
    const filter = fc.uint8Array({ minLength: 16, maxLength: 16 });
    fc.assert(
      fc.property(
        fc.array(filter, { minLength: 1, maxLength: 12 }),
        fc.array(filter, { minLength: 1, maxLength: 12 }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        (a, b, t) => {
          const got = dicePairs(packClks(a), packClks(b), t);
          const want: string[] = [];
          a.forEach((x, i) => {
            b.forEach((y, j) => {
              if (dice(x, y) >= t) want.push(`${i}-${j}`);
            });
          });
          expect(Array.from(got.left, (l, k) => `${l}-${got.right[k]}`)).toEqual(want);
          got.score.forEach((s, k) => {
            expect(s).toBeCloseTo(dice(a[got.left[k]!]!, b[got.right[k]!]!), 12);
          });
        },
      ),
    );
  });
});

const febrl = fileURLToPath(new URL("../../../../fixtures/febrl", import.meta.url));

describe("FEBRL4 with record-level CLKs", () => {
  it("links the first 1,000 people of each file by a Dice threshold with F1 above 0.99", async () => {
    const read = (file: string) => {
      const [head, ...lines] = readFileSync(`${febrl}/${file}`, "utf8").trim().split(/\r?\n/);
      const keys = head!.split(",").map((h) => h.trim());
      return lines.map((l) => Object.fromEntries(l.split(",").map((c, i) => [keys[i]!, c.trim()])));
    };
    const entity = (r: Record<string, string>) => Number(/^rec-(\d+)-/.exec(r.rec_id!)![1]);
    const a = read("dataset4a.csv").filter((r) => entity(r) < 1000);
    const b = read("dataset4b.csv").filter((r) => entity(r) < 1000);
    const enc = await clkEncoder(febrlClkSchema, secret);
    const pairs = dicePairs(packClks(a.map(enc.encode)), packClks(b.map(enc.encode)), 0.7);
    let tp = 0;
    pairs.left.forEach((i, k) => {
      if (entity(a[i]!) === entity(b[pairs.right[k]!]!)) tp++;
    });
    const precision = tp / pairs.left.length;
    const recall = tp / 1000;
    expect((2 * precision * recall) / (precision + recall)).toBeGreaterThan(0.99);
  });
});
