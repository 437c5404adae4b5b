import { describe, expect, it } from "vitest";
import { main } from "./main.js";
import { memoryIo } from "./testing/memory-io.js";

const io = (env: Record<string, string> = {}) => memoryIo({ env });

describe("linli", () => {
  it("lists the commands in the system language", async () => {
    const t = io({ LANG: "zh_CN.UTF-8" });
    expect(await main(["--help"], t.io)).toBe(0);
    expect(t.out()).toContain("用法");
    expect(t.out()).toContain("schema");
    const e = io({ LANG: "en_US.UTF-8" });
    await main(["--help"], e.io);
    expect(e.out()).toContain("Usage");
  });

  it("exits 2 with a message for an unknown command or option", async () => {
    const t = io({ LANG: "en_US.UTF-8" });
    expect(await main(["frobnicate"], t.io)).toBe(2);
    expect(t.err()).toMatch(/There is no command “frobnicate”/);
    const z = io({ LANG: "en_US.UTF-8" });
    expect(await main(["schema", "resident", "--nope", "--lang", "zh-CN"], z.io)).toBe(2);
    expect(z.err()).toMatch(/linli schema --help/);
  });

  it("rejects an unsupported --lang", async () => {
    const t = io();
    expect(await main(["--help", "--lang", "fr"], t.io)).toBe(2);
    expect(t.err()).toMatch(/zh-CN or en/);
  });

  it("prints the version", async () => {
    const t = io();
    expect(await main(["--version"], t.io)).toBe(0);
    expect(t.out()).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe("linli schema", () => {
  it("prints the JSON Schema by default", async () => {
    const t = io();
    expect(await main(["schema", "resident"], t.io)).toBe(0);
    const js = JSON.parse(t.out());
    expect(js.$id).toMatch(/\/resident\.schema\.json$/);
    expect(js.properties.name["x-label"]["zh-CN"]).toBe("姓名");
  });

  it("prints TypeScript and Markdown", async () => {
    const ts = io();
    await main(["schema", "need", "--format", "ts"], ts.io);
    expect(ts.out()).toMatch(/export interface Need \{/);
    const md = io();
    await main(["schema", "need", "-f", "md"], md.io);
    expect(md.out()).toMatch(/^## Need · 需求/);
  });

  it("explains a missing or unknown entity in the chosen language", async () => {
    const t = io();
    expect(await main(["schema", "person", "--lang", "zh-CN"], t.io)).toBe(2);
    expect(t.err()).toMatch(/请给出一种数据类型：resident、household/);
    const f = io();
    expect(await main(["schema", "resident", "--format", "yaml"], f.io)).toBe(2);
    expect(f.err()).toMatch(/“yaml” is not a value of --format; use one of json-schema, ts, md/);
  });
});
