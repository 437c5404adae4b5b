import { describe, expect, it } from "vitest";
import { GLOBAL_OPTIONS } from "../args/parse.js";
import type { OptionSpec } from "../command.js";
import { commands } from "../commands/index.js";
import { main } from "../main.js";
import { memoryIo } from "../testing/memory-io.js";

// Every command, every way of getting its arguments wrong, in both languages: exit 2, nothing
// on stdout, one clear message on stderr that names what would be right. New commands and
// options are covered as they are added.

type Lang = "zh-CN" | "en";
const LANGS: Lang[] = ["zh-CN", "en"];

async function run(argv: string[], lang: Lang) {
  const t = memoryIo({ env: { LANG: lang === "zh-CN" ? "zh_CN.UTF-8" : "en_US.UTF-8" } });
  const code = await main(argv, t.io);
  return { code, out: t.out(), err: t.err() };
}

/** What every argument error must look like, in either language. */
function wellFormed(err: string, lang: Lang, command?: string) {
  expect(err).toMatch(/^linli: /);
  expect(err.endsWith("\n")).toBe(true);
  expect(err.split("“").length, `balanced quotes: ${err}`).toBe(err.split("”").length);
  expect(err.replace(/^ +/gm, ""), "no double spaces").not.toMatch(/ {2}/);
  expect(err).not.toMatch(/undefined|\{\w+\}|\{\w+, plural/);
  const hint = command
    ? lang === "zh-CN"
      ? `运行“linli ${command} --help”查看用法。`
      : `Run “linli ${command} --help” for usage.`
    : lang === "zh-CN"
      ? "运行“linli --help”查看所有命令。"
      : "Run “linli --help” to see the commands.";
  expect(err.trimEnd().split("\n").at(-1)).toBe(hint);
  // Chinese messages are in Chinese, English ones have no Chinese but data (file names, examples).
  if (lang === "zh-CN") expect(err).toMatch(/[\u4e00-\u9fff]/);
  else expect(err.split("\n")[0]).toMatch(/[A-Za-z]{3}/);
}

/** A near miss of a name: one letter dropped from the middle. */
const typo = (name: string) => name.slice(0, name.length >> 1) + name.slice((name.length >> 1) + 1);

const cases = commands.flatMap((c) => {
  const options: OptionSpec = { ...GLOBAL_OPTIONS, ...c.options };
  const strings = Object.entries(options).filter(([, d]) => d.type === "string");
  const choices = strings.filter(([, d]) => d.choices).map(([n, d]) => [n, d.choices!] as const);
  return LANGS.flatMap((lang) => [
    {
      c,
      lang,
      what: "an unknown option",
      argv: [c.name, "--nope"],
      expect:
        lang === "zh-CN"
          ? `linli ${c.name} 没有“--nope”这个选项`
          : `“--nope” is not an option of linli ${c.name}`,
    },
    ...Object.keys(c.options)
      .filter((n) => n.length >= 4)
      .map((n) => ({
        c,
        lang,
        what: `a misspelt --${n}`,
        argv: [c.name, `--${typo(n)}`, "x"],
        expect: lang === "zh-CN" ? `是不是想写“--${n}”？` : `Did you mean “--${n}”?`,
      })),
    ...strings.map(([n]) => ({
      c,
      lang,
      what: `--${n} without its value`,
      argv: [c.name, `--${n}`],
      expect:
        lang === "zh-CN"
          ? `“--${n}”后面需要写一个值，例如 --${n} `
          : `“--${n}” needs a value, e.g. --${n} `,
    })),
    ...strings.map(([n]) => ({
      c,
      lang,
      what: `--${n} followed by another option`,
      argv: [c.name, `--${n}`, "--json"],
      expect: lang === "zh-CN" ? `“--${n}”后面需要写一个值` : `“--${n}” needs a value`,
    })),
    ...choices.map(([n, d]) => ({
      c,
      lang,
      what: `an unknown value of --${n}`,
      argv: [c.name, `--${n}`, "zzzz"],
      expect:
        lang === "zh-CN"
          ? `“zzzz”不是 --${n} 可用的值；可用：${d.join("、")}`
          : `“zzzz” is not a value of --${n}; use one of ${d.join(", ")}`,
    })),
    ...choices.map(([n, d]) => {
      const right = d.at(-1)!;
      return {
        c,
        lang,
        what: `a misspelt value of --${n}`,
        argv: [c.name, `--${n}=${right}x`],
        expect: lang === "zh-CN" ? `是不是想写“${right}”？` : `Did you mean “${right}”?`,
      };
    }),
    {
      c,
      lang,
      what: "a value given to a flag",
      argv: [c.name, "--json=yes"],
      expect:
        lang === "zh-CN"
          ? "“--json”后面不带值，只写 --json 即可"
          : "“--json” takes no value; write --json alone",
    },
  ]);
});

describe("argument errors of every command", () => {
  it("cover every command", () => {
    expect(new Set(cases.map((x) => x.c.name))).toEqual(new Set(commands.map((c) => c.name)));
  });

  it.each(cases.map((x) => [`${x.c.name}: ${x.what} (${x.lang})`, x] as const))(
    "%s",
    async (_, x) => {
      // The language from --lang and from the system, both.
      for (const argv of [[...x.argv, "--lang", x.lang], x.argv]) {
        const r = await run(argv, x.lang);
        expect(r.code, r.err).toBe(2);
        expect(r.out).toBe("");
        expect(r.err).toContain(x.expect);
        wellFormed(r.err, x.lang, x.c.name);
      }
    },
  );
});

describe("argument errors before a command", () => {
  it.each(LANGS)("an unknown or misspelt command (%s)", async (lang) => {
    const r = await run(["valdate", "a.csv", "--lang", lang], lang);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      lang === "zh-CN"
        ? "没有“valdate”这个命令。是不是想写“validate”？"
        : "There is no command “valdate”. Did you mean “validate”?",
    );
    wellFormed(r.err, lang);
  });

  it.each(LANGS)("an unknown global option (%s)", async (lang) => {
    const r = await run(["--verison", "--lang", lang], lang);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      lang === "zh-CN" ? "是不是想写“--version”？" : "Did you mean “--version”?",
    );
    wellFormed(r.err, lang);
  });

  it("an unsupported --lang, in the system language", async () => {
    const r = await run(["validate", "--lang", "fr"], "zh-CN");
    expect(r.err).toContain("不支持的语言“fr”，可用：zh-CN、en。");
    wellFormed(r.err, "zh-CN", "validate");
  });

  it("an option of another command says which", async () => {
    const r = await run(["validate", "a.csv", "-o", "x"], "en");
    expect(r.err).toContain("“-o” is an option of linli merge");
    wellFormed(r.err, "en", "validate");
  });

  it("an option given twice", async () => {
    const r = await run(["merge", "a.csv", "-o", "x", "--out", "y"], "zh-CN");
    expect(r.err).toContain("“--out”给了两次（“x”和“y”），请只给一次。");
    wellFormed(r.err, "zh-CN", "merge");
  });
});

describe("argument errors found by a command", () => {
  const table: [string[], Lang, string][] = [
    [
      ["merge", "a.csv", "-o", "x", "--rule", "address=best"],
      "en",
      "--rule address=best: “best” is not a rule; the rules are most-frequent, most-recent, most-complete, source-priority.",
    ],
    [
      ["merge", "a.csv", "-o", "x", "--rule", "address=most-recnet"],
      "zh-CN",
      "“most-recnet”不是可用的规则；可用的规则：most-frequent、most-recent、most-complete、source-priority。是不是想写“most-recent”？",
    ],
    [
      ["merge", "a.csv", "-o", "x", "--rule", "adress=most-recent"],
      "en",
      "--rule adress=most-recent: “adress” is not a field of any kind of data. Did you mean “address”?",
    ],
    [["merge", "a.csv", "-o", "x", "--rule", "address"], "en", "--rule takes field=rule"],
    [
      ["merge", "a.csv", "-o", "x", "--threshold", "2"],
      "zh-CN",
      "--threshold 应为 0 到 1 之间的数",
    ],
    [["schema", "residnt"], "en", "Name one kind of data: resident, household"],
    [["schema", "residnt"], "zh-CN", "是不是想写“resident”？"],
    [["template", "need", "--columns", "catgory"], "en", "Did you mean “category”?"],
    [
      ["report", "quarantine-dayly", "a.csv", "-o", "r.xlsx"],
      "zh-CN",
      "是不是想写“quarantine-daily”？",
    ],
    [
      ["report", "quarantine-daily", "a.csv", "-o", "r.xlsx", "--min-count", "0"],
      "en",
      "--min-count must be a whole number",
    ],
    [["convert", "a.csv", "-o", "a.txt"], "en", "Cannot tell the output format from"],
    [
      ["convert", "a.csv", "-o", "a.csv", "--encoding", "gbk18030"],
      "en",
      "Did you mean “gb18030”?",
    ],
    [["validate"], "zh-CN", "请至少给出一个文件"],
  ];
  it.each(table)("%j (%s)", async (argv, lang, text) => {
    const r = await run([...argv, "--lang", lang], lang);
    expect(r.code, r.err).toBe(2);
    expect(r.err).toContain(text);
    wellFormed(r.err, lang, argv[0]);
  });
});
