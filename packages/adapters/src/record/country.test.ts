import { describe, expect, it } from "vitest";
import { importFile } from "../import/import-file.js";
import { countryCode } from "./country.js";

describe("countryCode", () => {
  it("reads codes in any case and names in Chinese and English", () => {
    expect(countryCode("ph")).toBe("PH");
    expect(countryCode("Philippines")).toBe("PH");
    expect(countryCode("菲律宾")).toBe("PH");
    expect(countryCode(" United  Kingdom ")).toBe("GB");
    expect(countryCode("UK")).toBe("GB");
    expect(countryCode("中国")).toBe("CN");
    expect(countryCode("Atlantis")).toBeUndefined();
    expect(countryCode("constructor")).toBeUndefined();
  });

  it("keeps a country written as a name instead of withholding it", async () => {
    const csv = "Name,Country\nNROC WAREHOUSE A,Philippines\nDepot,Atlantis\n";
    const { records, summary } = await importFile(new TextEncoder().encode(csv), {
      entity: "location",
      fileName: "w.csv",
    });
    expect(records[0]!.country).toBe("PH");
    expect(summary.withheldCells).toBe(1);
    expect(records[1]!.meta.withheld?.[0]?.value).toBe("Atlantis");
  });
});
