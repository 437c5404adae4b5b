import { describe, expect, it } from "vitest";
import { detectEncoding, encodingName } from "./detect.js";
import { encodeText } from "./encode.js";

describe("detectEncoding", () => {
  it("trusts byte-order marks", () => {
    expect(detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toBe("utf-8");
    expect(detectEncoding(new Uint8Array([0xff, 0xfe, 0x41, 0]))).toBe("utf-16le");
    expect(detectEncoding(new Uint8Array([0xfe, 0xff, 0, 0x41]))).toBe("utf-16be");
  });

  it("recognises UTF-16 without a BOM by its zero bytes", () => {
    expect(detectEncoding(encodeText("姓名,电话\r\nWang,138\r\n", "utf-16le"))).toBe("utf-16le");
    expect(detectEncoding(encodeText("姓名,电话\r\nWang,138\r\n", "utf-16be"))).toBe("utf-16be");
  });

  it("prefers strict UTF-8, then GB18030", () => {
    expect(detectEncoding(encodeText("姓名,住址\n王伟,丈八社区", "utf-8"))).toBe("utf-8");
    expect(detectEncoding(encodeText("姓名,住址\n王伟,丈八社区", "gb18030"))).toBe("gb18030");
    expect(detectEncoding(new TextEncoder().encode("name,phone\n"))).toBe("utf-8");
  });

  it("reads Western text that is neither as Windows-1252 (Latin-1)", () => {
    const latin1 = encodeText(
      "Qué?,Quién?,Organización,País,Chocó,Formación de enseñadores",
      "windows-1252",
    );
    expect(detectEncoding(latin1)).toBe("windows-1252");
  });

  it("tolerates a character cut off at the end of the sample", () => {
    const bytes = encodeText("姓名,住址\n王伟,丈八社区", "utf-8");
    expect(detectEncoding(bytes.subarray(0, bytes.length - 1))).toBe("utf-8");
  });

  it("maps labels to canonical names", () => {
    expect(encodingName("GBK")).toBe("gb18030");
    expect(encodingName("latin1")).toBe("windows-1252");
    expect(encodingName("big5")).toBeUndefined();
  });
});
