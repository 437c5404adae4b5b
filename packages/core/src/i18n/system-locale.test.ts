import { describe, expect, it } from "vitest";
import { systemLocale } from "./system-locale.js";

describe("systemLocale", () => {
  it("reads LC_ALL, then LC_MESSAGES, then LANG", () => {
    expect(systemLocale({ LANG: "zh_CN.UTF-8" })).toBe("zh-CN");
    expect(systemLocale({ LANG: "zh_TW.UTF-8" })).toBe("zh-CN");
    expect(systemLocale({ LANG: "en_US.UTF-8" })).toBe("en");
    expect(systemLocale({ LANG: "de_DE.UTF-8" })).toBe("en");
    expect(systemLocale({ LC_MESSAGES: "zh_CN.UTF-8", LANG: "en_US.UTF-8" })).toBe("zh-CN");
    expect(systemLocale({ LC_ALL: "en_US.UTF-8", LC_MESSAGES: "zh_CN.UTF-8" })).toBe("en");
    expect(systemLocale({ LC_ALL: "", LANG: "zh_CN.GB18030" })).toBe("zh-CN");
  });

  it("falls back to the runtime's locale when the environment names none (C, POSIX, unset)", () => {
    const runtime = Intl.DateTimeFormat().resolvedOptions().locale.startsWith("zh")
      ? "zh-CN"
      : "en";
    expect(systemLocale({ LANG: "C.UTF-8" })).toBe(runtime);
    expect(systemLocale({})).toBe(runtime);
  });

  it("reads the process environment by default", () => {
    const saved = { ...process.env };
    try {
      process.env.LC_ALL = "zh_CN.UTF-8";
      expect(systemLocale()).toBe("zh-CN");
      process.env.LC_ALL = "en_US.UTF-8";
      expect(systemLocale()).toBe("en");
    } finally {
      process.env.LC_ALL = saved.LC_ALL;
      if (saved.LC_ALL === undefined) delete process.env.LC_ALL;
    }
  });
});
