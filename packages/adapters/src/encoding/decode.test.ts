import { describe, expect, it } from "vitest";
import { ImportError } from "../errors.js";
import { decodeText } from "./decode.js";
import { encodeText } from "./encode.js";

async function* chunks(bytes: Uint8Array, size: number) {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}
const collect = async (it: AsyncIterable<string>) => {
  let s = "";
  for await (const t of it) s += t;
  return s;
};

describe("decodeText", () => {
  it("keeps characters split across chunks and drops the BOM", async () => {
    const text = "姓名,住址\n王伟,丈八社区3号楼";
    for (const enc of ["utf-8", "gb18030", "utf-16le"] as const) {
      const bom = enc === "gb18030" ? [] : enc === "utf-8" ? [0xef, 0xbb, 0xbf] : [0xff, 0xfe];
      const bytes = new Uint8Array([...bom, ...encodeText(text, enc)]);
      expect(await collect(decodeText(chunks(bytes, 3), enc, "a.csv"))).toBe(text);
    }
  });

  it("rejects bytes that are not valid in the encoding, naming the file and offset", async () => {
    const bytes = new Uint8Array([0x41, 0x42, 0xff, 0xfe, 0x41]);
    const err = await collect(decodeText(chunks(bytes, 2), "utf-8", "坏.csv")).catch((e) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect(err.code).toBe("encoding.undecodable");
    expect(err.localized["zh-CN"]).toContain("坏.csv");
  });

  it("switches to GB18030 when a guessed UTF-8 file turns out to be GB18030 after ASCII", async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode("name,phone\n"),
      ...encodeText("王伟,138\n", "gb18030"),
    ]);
    expect(await collect(decodeText(chunks(bytes, 12), "utf-8", "a.csv", { guessed: true }))).toBe(
      "name,phone\n王伟,138\n",
    );
  });
});
