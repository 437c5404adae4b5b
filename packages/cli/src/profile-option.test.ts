import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateSecret } from "linli/privacy";
import { describe, expect, it } from "vitest";
import { main } from "./main.js";
import { memoryIo } from "./testing/memory-io.js";

const tmp = mkdtempSync(join(tmpdir(), "linli-secret-"));
const ID = "11010519491231002X";

const io = (lang = "zh_CN.UTF-8", env: Record<string, string> = {}) =>
  memoryIo({ cwd: tmp, env: { LANG: lang, ...env } });

writeFileSync(
  join(tmp, "丈八.csv"),
  `姓名,身份证号,联系电话\n王伟,${ID},13800138000\n李娜,610113195604123516,13900139000\n`,
);
// The same two people, the ID written in its 15-digit form: same person, same pseudonym.
writeFileSync(join(tmp, "小寨.csv"), "姓名,身份证号\n王伟,110105491231002\n");
writeFileSync(join(tmp, "a.secret"), `${generateSecret()}\n`);
writeFileSync(join(tmp, "b.secret"), generateSecret());

/** The pseudonyms (`cid.<key id>.<hash>`) in a file, in order. */
const pseudonyms = (file: string) =>
  readFileSync(join(tmp, file), "utf8").match(/cid\.[0-9a-f]{8}\.[\w-]{22}/g) ?? [];

async function convert(out: string, ...extra: string[]) {
  const t = io("zh_CN.UTF-8");
  const code = await main(
    ["convert", "丈八.csv", "-o", out, "--profile", "partner-ngo", ...extra],
    t.io,
  );
  return { code, ...t };
}

describe("--secret-file", () => {
  it("convert: the same secret gives the same pseudonyms, another secret others; no raw ID", async () => {
    expect((await convert("a1.csv", "--secret-file", "a.secret")).code).toBe(0);
    expect((await convert("a2.csv", "--secret-file", "a.secret")).code).toBe(0);
    expect((await convert("b.csv", "--secret-file", "b.secret")).code).toBe(0);
    const a1 = pseudonyms("a1.csv");
    const a2 = pseudonyms("a2.csv");
    const b = pseudonyms("b.csv");
    expect(a1).toHaveLength(2);
    expect(a2).toEqual(a1);
    expect(b).toHaveLength(2);
    for (const p of b) expect(a1).not.toContain(p);
    for (const f of readdirSync(tmp).filter((f) => /^(a1|a2|b)\.csv/.test(f))) {
      expect(readFileSync(join(tmp, f), "utf8"), f).not.toContain(ID);
    }
    // Another register holding 王伟's ID in its old 15-digit form: the same key.
    const t = io();
    const other = ["convert", "小寨.csv", "-o", "other.csv", "--profile", "partner-ngo"];
    expect(await main([...other, "--secret-file", "a.secret"], t.io)).toBe(0);
    expect(pseudonyms("other.csv")).toEqual([a1[0]]);
    const log = JSON.parse(readFileSync(join(tmp, "a1.csv.log.json"), "utf8"));
    expect(a1[0]).toContain(`.${log.keyId}.`);
    // Without a secret, IDs are dropped: no pseudonym, no key id.
    await convert("none.csv");
    expect(pseudonyms("none.csv")).toEqual([]);
    expect(JSON.parse(readFileSync(join(tmp, "none.csv.log.json"), "utf8")).keyId).toBeUndefined();
  });

  it("LINLI_SECRET_FILE names the file when --secret-file is not given", async () => {
    const t = io("zh_CN.UTF-8", { LINLI_SECRET_FILE: "a.secret" });
    const argv = ["convert", "丈八.csv", "-o", "env.csv", "--profile", "partner-ngo"];
    expect(await main(argv, t.io)).toBe(0);
    await convert("a3.csv", "--secret-file", "a.secret");
    expect(pseudonyms("env.csv")).toEqual(pseudonyms("a3.csv"));
    // --secret-file wins over the variable.
    const u = io("zh_CN.UTF-8", { LINLI_SECRET_FILE: "a.secret" });
    await main(
      [
        "convert",
        "丈八.csv",
        "-o",
        "env-b.csv",
        "--profile",
        "partner-ngo",
        "--secret-file",
        "b.secret",
      ],
      u.io,
    );
    expect(pseudonyms("env-b.csv")).not.toEqual(pseudonyms("a3.csv"));
    // Without a profile, the variable is not read: nothing to pseudonymise.
    const v = io("zh_CN.UTF-8", { LINLI_SECRET_FILE: "missing.secret" });
    expect(await main(["convert", "丈八.csv", "-o", "plain.csv"], v.io)).toBe(0);
  });

  it("merge: pseudonyms link the same person across sources and runs, with the key id in the log", async () => {
    const run = async (dir: string, secret: string) => {
      const t = io("en_US.UTF-8");
      const files = [join(tmp, "丈八.csv"), join(tmp, "小寨.csv")];
      const argv = ["merge", ...files, "-o", join(tmp, dir), "--profile", "partner-ngo"];
      expect(await main([...argv, "--secret-file", secret, "--json"], t.io)).toBe(0);
      return JSON.parse(t.out());
    };
    const first = await run("m1", "a.secret");
    await run("m2", "a.secret");
    await run("m3", "b.secret");
    expect(first.profile).toMatchObject({ name: "partner-ngo", view: "shared" });
    const m1 = pseudonyms("m1/merged.csv");
    // 王伟 of both sources is one record with one key; 李娜 has her own.
    expect(first.figures.records).toBe(2);
    expect(new Set(m1).size).toBe(2);
    expect(m1).toHaveLength(2);
    expect(pseudonyms("m2/merged.csv")).toEqual(m1);
    for (const p of pseudonyms("m3/merged.csv")) expect(m1).not.toContain(p);
    for (const f of readdirSync(join(tmp, "m1"))) {
      expect(readFileSync(join(tmp, "m1", f), "utf8"), f).not.toContain(ID);
      expect(readFileSync(join(tmp, "m1", f), "utf8"), f).not.toContain("110105491231002");
    }
    const log = JSON.parse(readFileSync(join(tmp, "m1", "export-log.json"), "utf8"));
    expect(m1[0]).toContain(`.${log.keyId}.`);
    expect(first.profile.keyId).toBe(log.keyId);
    expect(JSON.parse(readFileSync(join(tmp, "m3", "export-log.json"), "utf8")).keyId).not.toBe(
      log.keyId,
    );
  });

  it("explains a missing file, a short, empty, weak or non-Base64 secret, and a secret without a profile, exit 2", async () => {
    writeFileSync(join(tmp, "short.secret"), "c2hvcnQ=\n");
    writeFileSync(join(tmp, "words.secret"), "my hub password\n");
    writeFileSync(join(tmp, "empty.secret"), "\n");
    writeFileSync(join(tmp, "zeros.secret"), `${Buffer.alloc(32).toString("base64")}\n`);
    writeFileSync(
      join(tmp, "phrase.secret"),
      Buffer.from("Xi'an hub 2022, keep it secret!!").toString("base64"),
    );
    const base = ["convert", "丈八.csv", "-o", "x.csv"];
    const cases: [string[], Record<string, string>, RegExp, RegExp][] = [
      [
        [...base, "--profile", "partner-ngo", "--secret-file", "nope.secret"],
        {},
        /无法使用密钥文件“nope\.secret”（来自 --secret-file）：找不到文件/,
        /Cannot use the secret file “nope\.secret” \(from --secret-file\): Cannot find the file/,
      ],
      [
        [...base, "--profile", "partner-ngo"],
        { LINLI_SECRET_FILE: "nope.secret" },
        /无法使用密钥文件“nope\.secret”（来自 LINLI_SECRET_FILE）/,
        /\(from LINLI_SECRET_FILE\)/,
      ],
      [
        [...base, "--profile", "partner-ngo", "--secret-file", "short.secret"],
        {},
        /密钥只有 5 字节/,
        /The secret has 5 bytes; at least 16 bytes/,
      ],
      [
        [...base, "--profile", "partner-ngo", "--secret-file", "words.secret"],
        {},
        /openssl rand -base64 32/,
        /is not Base64 text/,
      ],
      [
        [...base, "--profile", "partner-ngo", "--secret-file", "empty.secret"],
        {},
        /密钥为空/,
        /The secret is empty/,
      ],
      [
        [...base, "--profile", "partner-ngo", "--secret-file", "zeros.secret"],
        {},
        /32 字节中只有 1 种不同的字节值/,
        /1 different byte value in 32 bytes/,
      ],
      [
        [...base, "--profile", "partner-ngo", "--secret-file", "phrase.secret"],
        {},
        /口令或短语/,
        /a password or a phrase/,
      ],
      [[...base, "--secret-file", "a.secret"], {}, /请加上 --profile/, /add --profile/],
    ];
    for (const [argv, env, zh, en] of cases) {
      for (const [lang, message] of [
        ["zh_CN.UTF-8", zh],
        ["en_US.UTF-8", en],
      ] as const) {
        const t = io(lang, env);
        expect([argv.join(" "), await main(argv, t.io)]).toEqual([argv.join(" "), 2]);
        expect(t.err()).toMatch(message);
      }
    }
    const m = io();
    const merge = [
      "merge",
      join(tmp, "丈八.csv"),
      "-o",
      join(tmp, "mx"),
      "--profile",
      "partner-ngo",
    ];
    expect(await main([...merge, "--secret-file", "short.secret"], m.io)).toBe(2);
    expect(m.err()).toMatch(/无法使用密钥文件“short\.secret”/);
    expect(readdirSync(tmp)).not.toContain("x.csv");
    expect(readdirSync(tmp)).not.toContain("mx");
  });
});
