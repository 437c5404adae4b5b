import { parseArgs } from "node:util";
import type { Localized } from "@linli/core";
import { expectArgument, expectText } from "@linli/core";
import { type Command, CommandLineError, type OptionDef, type OptionSpec } from "../command.js";
import { argText } from "../locales/args.js";
import { closest } from "./suggest.js";

/**
 * Options every command takes: `--lang`, `--json`, `--progress`, `--help`, `--version`.
 *
 * @example
 * ```ts
 * import { GLOBAL_OPTIONS } from "@linli/cli";
 * Object.keys(GLOBAL_OPTIONS); // ["lang", "json", "progress", "help", "version"]
 * ```
 */
export const GLOBAL_OPTIONS = {
  lang: { type: "string", example: "zh-CN" },
  json: { type: "boolean" },
  progress: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const satisfies OptionSpec;

/** What the command line says: the command (when one is named), option values, positionals. */
export interface ParsedArgs {
  readonly command?: Command;
  readonly values: Record<string, string | boolean | string[] | undefined>;
  readonly positionals: readonly string[];
}

const END = { "zh-CN": /[。？！）…]$/, en: /[.?!)…]$/ };
const STOP = { "zh-CN": "。", en: "." };

/**
 * Texts joined as the sentences of each language: each ends with a full stop (。 or .)
 * unless it has one, then Chinese runs on and English takes a space. Missing parts are left out.
 *
 * @example
 * ```ts
 * joinText({ "zh-CN": "没有这个命令", en: "No such command" }, { "zh-CN": "请检查。", en: "Check it." });
 * // { "zh-CN": "没有这个命令。请检查。", en: "No such command. Check it." }
 * ```
 */
export function joinText(...parts: (Localized | undefined)[]): Localized {
  const present = parts.filter((p): p is Localized => p !== undefined);
  const join = (lang: "zh-CN" | "en", sep: string) =>
    present
      .map((p) => p[lang].trim())
      .map((t, i) => (i < present.length - 1 && !END[lang].test(t) ? t + STOP[lang] : t))
      .join(sep);
  return { "zh-CN": join("zh-CN", ""), en: join("en", " ") };
}

/** A list in each language: 甲、乙、丙 and a, b, c. */
export function listText(items: readonly string[]): Localized {
  return { "zh-CN": items.join("、"), en: items.join(", ") };
}

/** "Did you mean “x”?" when a candidate is close to `input`, else nothing. */
export function didYouMean(
  input: string,
  candidates: readonly string[],
  show: (c: string) => string = (c) => c,
): Localized | undefined {
  const c = closest(input, candidates);
  return c === undefined ? undefined : argText("args.didYouMean", { suggestion: show(c) });
}

/**
 * Check a value against the values an option takes: an {@link CommandLineError} naming them,
 * with a "did you mean", when it is not one of them.
 *
 * @example
 * ```ts
 * import { checkChoice } from "@linli/cli";
 * checkChoice("--format", "mdd", ["json-schema", "ts", "md"]);
 * // throws: “mdd” is not a value of --format; use one of json-schema, ts, md. Did you mean “md”?
 * ```
 */
export function checkChoice(option: string, value: string, choices: readonly string[]): void {
  expectText("checkChoice", "option", option);
  expectText("checkChoice", "value", value);
  expectArgument("checkChoice", "choices", "texts", choices);
  if (choices.includes(value)) return;
  throw new CommandLineError(
    joinText(
      argText("args.choice", { value, option, choices: listText(choices) }),
      didYouMean(value, choices),
    ),
  );
}

/** The value of `--lang` when the command line has one, read before anything else. */
export function langArgument(argv: readonly string[]): string | undefined {
  let lang: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") break;
    // A following option is not a language; the parser reports the missing value.
    if (a === "--lang" && i + 1 < argv.length && !argv[i + 1]!.startsWith("-")) lang = argv[++i];
    else if (a.startsWith("--lang=")) lang = a.slice(7);
  }
  return lang;
}

/** The command named on the command line: its first word that is not an option or a value. */
export function commandName(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") return undefined;
    if (a === "--lang") i++;
    else if (!a.startsWith("-") || a === "-") return a;
  }
  return undefined;
}

function example(option: string, def: OptionDef): string {
  return `${option} ${def.example ?? def.choices?.[0] ?? "…"}`;
}

/**
 * Read a `linli` command line: find the command, then its options and positionals, and check
 * every option against what the command declares (plus {@link GLOBAL_OPTIONS}). Each problem
 * is an {@link CommandLineError} in both languages that says what would be right: an unknown
 * command or option with the closest match, a missing value with an example, a value given
 * to a flag, an option given twice, a value outside an option's `choices`.
 *
 * @example
 * ```ts
 * import { commands, parseCommandLine } from "@linli/cli";
 * const { command, values } = parseCommandLine(["merge", "a.csv", "-o", "out"], commands);
 * command?.name; // "merge"
 * values.out; // "out"
 * ```
 */
export function parseCommandLine(
  argv: readonly string[],
  commands: readonly Command[],
): ParsedArgs {
  expectArgument("parseCommandLine", "argv", "texts", argv);
  expectArgument("parseCommandLine", "commands", "list", commands);
  const name = commandName(argv);
  const command = name === undefined ? undefined : commands.find((c) => c.name === name);
  const where = command ? `linli ${command.name}` : "linli";
  if (name !== undefined && !command) {
    const names = commands.map((c) => c.name);
    throw new CommandLineError(
      joinText(argText("args.unknownCommand", { name }), didYouMean(name, names)),
    );
  }
  const spec: OptionSpec = { ...GLOBAL_OPTIONS, ...(command?.options ?? {}) };
  const { tokens } = parseArgs({
    args: [...argv],
    options: Object.fromEntries(
      Object.entries(spec).map(([n, d]) => [
        n,
        { type: d.type, ...(d.short ? { short: d.short } : {}) },
      ]),
    ),
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const values: Record<string, string | boolean | string[] | undefined> = {};
  const positionals: string[] = [];
  let seenCommand = false;
  const fail = (text: Localized): never => {
    throw new CommandLineError(text);
  };
  for (const t of tokens) {
    if (t.kind === "option-terminator") continue;
    if (t.kind === "positional") {
      if (command && !seenCommand && t.value === command.name) seenCommand = true;
      else positionals.push(t.value);
      continue;
    }
    const option = t.rawName;
    // parseArgs gives a known short option its long name.
    const long = Object.hasOwn(spec, t.name) ? t.name : undefined;
    const def = long === undefined ? undefined : spec[long];
    if (!def || long === undefined) {
      const names = Object.keys(spec);
      const elsewhere = commands
        .filter(
          (c) =>
            c !== command &&
            Object.entries(c.options).some(([n, d]) => n === t.name || d.short === t.name),
        )
        .map((c) => `linli ${c.name}`);
      const guess = didYouMean(t.name, names, (n) => `--${n}`);
      fail(
        joinText(
          command && elsewhere.length > 0 && !guess
            ? argText("args.otherCommand", {
                option,
                command: where,
                commands: elsewhere.join(", "),
              })
            : argText("args.unknownOption", { option, command: where }),
          guess ?? argText("args.options", { options: names.map((n) => `--${n}`).join(" ") }),
        ),
      );
      continue;
    }
    if (def.type === "boolean") {
      if (t.value !== undefined) fail(argText("args.noValue", { option }));
      values[long] = true;
      continue;
    }
    const value = t.value;
    // A following option is not a value: `-o --json` forgot the folder.
    if (value === undefined || value === "" || (!t.inlineValue && /^-[^\d.]/.test(value))) {
      fail(argText("args.missingValue", { option, example: example(option, def) }));
    }
    if (def.choices) checkChoice(option, value!, def.choices);
    const before = values[long];
    if (def.multiple) values[long] = [...((before as string[] | undefined) ?? []), value!];
    else if (before !== undefined && before !== value) {
      fail(argText("args.twice", { option, first: String(before), second: value! }));
    } else values[long] = value;
  }
  for (const [n, d] of Object.entries(spec)) {
    if (values[n] === undefined && d.default !== undefined) values[n] = d.default;
  }
  return { ...(command ? { command } : {}), values, positionals };
}
