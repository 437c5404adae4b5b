import { describe, expect, it } from "vitest";
import { ImportError } from "../errors.js";
import { readTable } from "./read-table.js";

async function failure(text: string, fileName: string): Promise<ImportError> {
  try {
    await readTable(new TextEncoder().encode(text), { fileName }).info();
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error("expected an ImportError");
}

describe("a .json file that holds no list of records", () => {
  it("says the JSON holds no table, for a lone number, text or null", async () => {
    // Before, it was read as CSV: "none of its columns (42) is a field of any kind of data".
    for (const text of ["42", '"名单"', "null", " true\n"]) {
      const e = await failure(text, "名单.json");
      expect(e.code).toBe("json.shape");
      expect(e.localized.en).toBe(
        "名单.json: the JSON holds no table; expected an array of objects or of arrays (or an object with one such array)",
      );
      expect(e.localized["zh-CN"]).toContain("名单.json");
    }
  });

  it("says it is not valid JSON when it is not", async () => {
    const e = await failure("姓名,电话\n王伟,13800138000\n", "名单.json");
    expect(e.code).toBe("json.invalid");
  });

  it("reads the same text under another name as CSV", async () => {
    const info = await readTable(new TextEncoder().encode("姓名,电话\n王伟,13800138000\n"), {
      fileName: "名单.txt",
    }).info();
    expect([info.format, info.headers]).toEqual(["csv", ["姓名", "电话"]]);
  });
});
