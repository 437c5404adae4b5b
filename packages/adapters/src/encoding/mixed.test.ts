import { importFile } from "@linli/adapters";
import { describe, expect, it } from "vitest";
import { encodeText } from "./encode.js";
import { LineEncodingScan } from "./mixed.js";

const utf8 = (t: string) => new TextEncoder().encode(t);
const gb = (t: string) => encodeText(t, "gb18030");
const join = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
const importCode = async (bytes: Uint8Array) => {
  try {
    await importFile(bytes, { entity: "resident", fileName: "混合.csv" });
    return "no error";
  } catch (e) {
    return (e as { code?: string }).code;
  }
};

describe("mixed and invalid encodings", () => {
  const header = "姓名,电话,住址\n";
  const rows = Array.from(
    { length: 50 },
    (_, i) => `王伟${i},1380013${String(i).padStart(4, "0")},丈八社区幸福路${i}号\n`,
  );

  it("GB18030 lines among UTF-8 lines, or the reverse: refused, naming the line", async () => {
    const a = join(utf8(header + rows.slice(0, 3).join("")), gb(rows.slice(3).join("")));
    expect(await importCode(a)).toBe("encoding.mixed");
    await expect(importFile(a, { entity: "resident", fileName: "混合.csv" })).rejects.toMatchObject(
      {
        localized: { "zh-CN": expect.stringContaining("第 5 行") },
      },
    );
    const b = join(gb(header + rows.slice(0, 3).join("")), utf8(rows.slice(3).join("")));
    expect(await importCode(b)).toBe("encoding.mixed");
  });

  it("a UTF-8 line after 64 KB of GB18030 is found while reading", async () => {
    const many = gb(header + rows.join("").repeat(40));
    expect(many.length).toBeGreaterThan(65_536);
    expect(await importCode(join(many, utf8(rows[0]!)))).toBe("encoding.mixed");
  });

  it("damaged bytes in a UTF-8 file are refused, not read as Windows-1252", async () => {
    const bytes = utf8(header + rows.slice(0, 5).join(""));
    bytes[header.length + 20] = 0xff;
    expect(await importCode(bytes)).toMatch(/^encoding\.(mixed|undecodable)$/);
    const noise = Uint8Array.from({ length: 400 }, (_, i) =>
      i % 7 === 6 ? 0x2c : 0x80 + ((i * 37) % 120),
    );
    expect(await importCode(join(utf8("a,b\n"), noise))).toBe("encoding.invalid");
  });

  it("files in one encoding still read: UTF-8, GB18030, Western text", async () => {
    for (const bytes of [utf8(header + rows.join("")), gb(header + rows.join(""))]) {
      const r = await importFile(bytes, { entity: "resident", fileName: "a.csv" });
      expect(r.records).toHaveLength(50);
    }
    const latin = encodeText("Name,City\nJosé Núñez,Bogotá\nZoë,Köln\n", "windows-1252");
    expect(
      (await importFile(latin, { entity: "resident", fileName: "a.csv" })).records.map(
        (r) => r.name,
      ),
    ).toEqual(["José Núñez", "Zoë"]);
  });

  it("the scan agrees however the bytes are cut", () => {
    const bytes = join(utf8(header + rows.slice(0, 3).join("")), gb(rows.slice(3, 6).join("")));
    for (const piece of [1, 3, 7, 64, bytes.length]) {
      const scan = new LineEncodingScan();
      let found: ReturnType<LineEncodingScan["push"]>;
      for (let at = 0; at < bytes.length && !found; at += piece)
        found = scan.push(bytes.subarray(at, at + piece));
      expect(found ?? scan.end()).toMatchObject({ line: 5 });
    }
  });
});
