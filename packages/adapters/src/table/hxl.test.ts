import { describe, expect, it } from "vitest";
import { formatHashtag, isHashtagRow, looksLikeBareHashtags, parseHashtag } from "./hxl.js";

describe("HXL hashtags", () => {
  it("parses tags with attributes, tolerating spaces and case", () => {
    expect(parseHashtag("#date+reported")).toEqual({ tag: "#date", attributes: ["reported"] });
    expect(parseHashtag(" #Contact +Phone ")).toEqual({ tag: "#contact", attributes: ["phone"] });
    expect(parseHashtag("date")).toBeUndefined();
    expect(parseHashtag("#1abc")).toBeUndefined();
    expect(formatHashtag(parseHashtag("#adm1 +name +code")!)).toBe("#adm1+name+code");
  });

  it("recognises a hashtag row when at least half of its filled cells are tags", () => {
    expect(isHashtagRow(["", "#sector+es", "#org", "country", "adm1"])).toBe(true);
    expect(isHashtagRow(["#org", "Name", "Phone"])).toBe(false);
    expect(isHashtagRow(["", ""])).toBe(false);
  });

  it("spots tags written without #", () => {
    expect(looksLikeBareHashtags(["", "sector+es", "org+es", "country"])).toEqual([
      "sector+es",
      "org+es",
    ]);
    expect(looksLikeBareHashtags(["姓名", "电话"])).toBeUndefined();
  });
});
