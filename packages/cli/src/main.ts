import {
  expectArgument,
  isLocalized,
  type Locale,
  type Localized,
  systemLocale,
} from "@linli/core";
import type { LinliError } from "linli";
import { commandName, langArgument, parseCommandLine } from "./args/parse.js";
import {
  type Command,
  CommandLineError,
  type Context,
  EXIT,
  type Io,
  UsageError,
} from "./command.js";
import { commands } from "./commands/index.js";
import { pickLang } from "./lang.js";
import { argText } from "./locales/args.js";
import { interruptedExit } from "./outputs.js";

const say = (lang: "zh-CN" | "en", text: Localized) => text[lang];

function helpText(lang: "zh-CN" | "en", command?: Command): string {
  if (command) {
    return [
      `linli ${command.name} ${command.usage}`,
      "",
      say(lang, command.summary),
      ...(command.help ? ["", say(lang, command.help)] : []),
      "",
    ].join("\n");
  }
  const width = commands.reduce((m, c) => Math.max(m, c.name.length), 0);
  return [
    lang === "zh-CN"
      ? "linli（邻里）：社区互助数据的校验、合并与导出"
      : "linli (邻里): validate, merge and export community mutual-aid data",
    "",
    lang === "zh-CN" ? "用法：linli <命令> [选项]" : "Usage: linli <command> [options]",
    "",
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${say(lang, c.summary)}`),
    "",
    lang === "zh-CN"
      ? "通用选项：--lang zh-CN|en（默认为系统语言）  --json（机器可读输出）  --progress（输出不是终端时也显示进度）  --help"
      : "Global options: --lang zh-CN|en (default: the system language)  --json (machine-readable output)  --progress (show progress even when the output is not a terminal)  --help",
    lang === "zh-CN"
      ? "退出码：0 正常；1 数据有问题；2 用法或读写错误；130/143 被中断（输出均未改动）"
      : "Exit codes: 0 ok; 1 data issues found; 2 usage or I/O error; 130/143 interrupted (no output changed)",
    "",
  ].join("\n");
}

/**
 * Run the `linli` command line with `argv` (without the node and script paths) and return
 * the exit code: 0 ok, 1 data issues found, 2 usage or I/O error.
 *
 * @example
 * ```ts
 * import { main } from "@linli/cli";
 * const code = await main(["schema", "resident", "--format", "md"], {
 *   stdout: process.stdout, stderr: process.stderr, isTTY: false, cwd: process.cwd(), env: process.env,
 * });
 * ```
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  expectArgument("main", "argv", "texts", argv);
  expectArgument("main", "io", "record", io);
  let lang: Locale = systemLocale(io.env);
  let where = "linli";
  const name = commandName(argv);
  if (name !== undefined && commands.some((c) => c.name === name)) where = `linli ${name}`;
  try {
    // --lang first, so that every later message is in the language asked for.
    const asked = langArgument(argv);
    if (asked !== undefined) {
      const chosen = pickLang(asked, io.env);
      if (!chosen) throw new CommandLineError(argText("args.lang", { value: asked }));
      lang = chosen;
    }
    const { command, values, positionals } = parseCommandLine(argv, commands);
    if (values.version) {
      io.stdout.write(`${await version()}\n`);
      return EXIT.ok;
    }
    if (!command || values.help) {
      io.stdout.write(helpText(lang, command));
      return command || values.help ? EXIT.ok : EXIT.usage;
    }
    const json = values.json === true;
    const ctx: Context = {
      values,
      positionals,
      lang,
      json,
      progress: !json && (values.progress === true || io.isTTY),
      io,
      t: (text) => text[lang],
    };
    return await command.run(ctx);
  } catch (e) {
    const stopped = interruptedExit(e);
    if (stopped !== undefined) {
      io.stderr.write(`linli: ${(e as LinliError).localized[lang]}\n`);
      return stopped;
    }
    // Every linli error carries its message in both languages.
    const localized = (e as { localized?: unknown } | undefined)?.localized;
    const text: Localized =
      e instanceof UsageError
        ? e.localized
        : isLocalized(localized)
          ? localized
          : {
              "zh-CN": `出错了：${(e as Error).message ?? String(e)}`,
              en: `Something went wrong: ${(e as Error).message ?? String(e)}`,
            };
    const hint =
      e instanceof CommandLineError
        ? `\n${argText(where === "linli" ? "args.commands" : "args.help", { command: where })[lang]}`
        : "";
    io.stderr.write(`linli: ${text[lang]}${hint}\n`);
    return EXIT.usage;
  }
}

async function version(): Promise<string> {
  const { createRequire } = await import("node:module");
  return (createRequire(import.meta.url)("../package.json") as { version: string }).version;
}
