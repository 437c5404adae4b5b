import { describe, expect, it } from "vitest";
import { csvRowFormatter, formatCsv, writeCsv } from "./write.js";

describe("formatCsv", () => {
  it("quotes only cells that need it and doubles quotes", () => {
    expect(
      formatCsv([
        ["姓名", "备注"],
        ["王伟", '说"好"'],
        ["a,b", " x"],
        [null, 3, true],
      ]),
    ).toBe('姓名,备注\r\n王伟,"说""好"""\r\n"a,b"," x"\r\n,3,true\r\n');
  });

  it("quotes every cell on request and uses the given delimiter and newline", () => {
    expect(formatCsv([["a", "b"]], { quote: "all", delimiter: "\t", newline: "\n" })).toBe(
      '"a"\t"b"\n',
    );
  });
});

describe("writeCsv", () => {
  it("writes UTF-8 with a BOM by default, so Excel reads it", () => {
    expect([...writeCsv([["a"]])]).toEqual([0xef, 0xbb, 0xbf, 0x61, 0x0d, 0x0a]);
  });

  it("writes GB18030 without a BOM and UTF-16LE with one", () => {
    expect([...writeCsv([["你"]], { encoding: "gb18030" })]).toEqual([0xc4, 0xe3, 0x0d, 0x0a]);
    expect([...writeCsv([["A"]], { encoding: "utf-16le" })]).toEqual([
      0xff, 0xfe, 0x41, 0, 0x0d, 0, 0x0a, 0,
    ]);
  });
});

describe("formulas", () => {
  it("writeCsv neutralises formula-like text by default; formatCsv keeps it unless asked", () => {
    const rows = [["=1+1", -5, "@x"]];
    expect(new TextDecoder().decode(writeCsv(rows, { bom: false }))).toBe("'=1+1,-5,'@x\r\n");
    expect(new TextDecoder().decode(writeCsv(rows, { bom: false, formulas: "keep" }))).toBe(
      "=1+1,-5,@x\r\n",
    );
    expect(formatCsv(rows)).toBe("=1+1,-5,@x\r\n");
    expect(formatCsv(rows, { formulas: "neutralize" })).toBe("'=1+1,-5,'@x\r\n");
    expect(csvRowFormatter({ delimiter: ";" })(["a;b", 1])).toBe('"a;b";1');
  });
});
