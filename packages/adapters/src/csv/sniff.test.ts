import { describe, expect, it } from "vitest";
import { sniffDelimiter } from "./sniff.js";

describe("sniffDelimiter", () => {
  it("finds comma, tab, semicolon and pipe", () => {
    expect(sniffDelimiter("姓名,电话,住址\n王伟,138,绿地\n")).toBe(",");
    expect(sniffDelimiter("姓名\t电话\n王伟\t138\n")).toBe("\t");
    expect(sniffDelimiter("Qué?;;;Quién?\nRegistro;Sector;Sub;Org\n001;WASH;H;ACNUR\n")).toBe(";");
    expect(sniffDelimiter("a|b\nc|d\n")).toBe("|");
  });

  it("ignores delimiters inside quoted cells", () => {
    expect(sniffDelimiter('姓名;备注\n王伟;"行动不便,需送药,已联系"\n李娜;无\n')).toBe(";");
  });

  it("falls back to comma for a single column", () => {
    expect(sniffDelimiter("姓名\n王伟\n")).toBe(",");
  });
});
