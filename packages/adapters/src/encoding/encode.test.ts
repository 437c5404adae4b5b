import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { byteOrderMark, encodeText } from "./encode.js";

describe("encodeText", () => {
  it("writes GB18030 two- and four-byte sequences", () => {
    expect([...encodeText("你好", "gb18030")]).toEqual([0xc4, 0xe3, 0xba, 0xc3]);
    expect([...encodeText("€", "gb18030")]).toEqual([0xa2, 0xe3]);
    // U+0080 is the first four-byte code, U+10000 the first supplementary one.
    expect([...encodeText("\u0080", "gb18030")]).toEqual([0x81, 0x30, 0x81, 0x30]);
    expect([...encodeText("\u{10000}", "gb18030")]).toEqual([0x90, 0x30, 0x81, 0x30]);
  });

  it("round-trips any text through GB18030, UTF-8 and UTF-16 with the platform decoder", () => {
    fc.assert(
      fc.property(
        fc
          .string({ unit: "grapheme", maxLength: 40 })
          // Private-use characters that GB18030-2022 moved have no bytes the decoder maps to them.
          .filter((s) => !/[\ue000-\uf8ff]/.test(s)),
        (s) => {
          for (const enc of ["gb18030", "utf-8", "utf-16le", "utf-16be"] as const) {
            expect(new TextDecoder(enc).decode(encodeText(s, enc))).toBe(s);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("round-trips Latin-1 text through Windows-1252 and marks the rest", () => {
    expect(
      new TextDecoder("windows-1252").decode(encodeText("Panamá, Chocó", "windows-1252")),
    ).toBe("Panamá, Chocó");
    expect(new TextDecoder("windows-1252").decode(encodeText("王", "windows-1252"))).toBe("?");
  });

  it("has byte-order marks for UTF encodings only", () => {
    expect([...byteOrderMark("utf-8")]).toEqual([0xef, 0xbb, 0xbf]);
    expect([...byteOrderMark("utf-16le")]).toEqual([0xff, 0xfe]);
    expect(byteOrderMark("gb18030").length).toBe(0);
  });
});
