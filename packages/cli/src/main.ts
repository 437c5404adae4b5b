import { parseArgs } from "node:util";
import type { Localized } from "@linli/core";
import { type Command, type Context, EXIT, type Io, UsageError } from "./command.js";
import { commands } from "./commands/index.js";
import { pickLang } from "./lang.js";

const GLOBAL = {
  lang: { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

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
    `${lang === "zh-CN" ? "用法" : "Usage"}: linli <command> [options]`,
    "",
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${say(lang, c.summary)}`),
    "",
    lang === "zh-CN"
      ? "通用选项：--lang zh-CN|en  --json（机器可读输出）  --help"
      : "Global options: --lang zh-CN|en  --json (machine-readable output)  --help",
    lang === "zh-CN"
      ? "退出码：0 正常；1 数据有问题；2 用法或读写错误"
      : "Exit codes: 0 ok; 1 data issues found; 2 usage or I/O error",
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
  const name = argv[0] && !argv[0].startsWith("-") ? argv[0] : undefined;
  const command = name ? commands.find((c) => c.name === name) : undefined;
  const rest = name ? argv.slice(1) : argv;
  let lang = pickLang(undefined, io.env) ?? "en";
  try {
    const parsed = parseArgs({
      args: [...rest],
      options: { ...GLOBAL, ...(command?.options ?? {}) },
      allowPositionals: true,
      strict: true,
    });
    const values = parsed.values as Context["values"];
    const chosen = pickLang(values.lang as string | undefined, io.env);
    if (!chosen) {
      throw new UsageError({
        "zh-CN": `不支持的语言“${values.lang}”，可用：zh-CN、en`,
        en: `Unsupported language "${values.lang}"; use zh-CN or en`,
      });
    }
    lang = chosen;
    if (values.version) {
      io.stdout.write(`${await version()}\n`);
      return EXIT.ok;
    }
    if (name && !command) {
      throw new UsageError({
        "zh-CN": `没有“${name}”这个命令。运行 linli --help 查看可用命令。`,
        en: `There is no command "${name}". Run linli --help to see the commands.`,
      });
    }
    if (!command || values.help) {
      io.stdout.write(helpText(lang, command));
      return command || values.help ? EXIT.ok : EXIT.usage;
    }
    const ctx: Context = {
      values,
      positionals: parsed.positionals,
      lang,
      json: values.json === true,
      io,
      t: (text) => text[lang],
    };
    return await command.run(ctx);
  } catch (e) {
    const text: Localized =
      e instanceof UsageError
        ? e.text
        : isParseArgsError(e)
          ? {
              "zh-CN": `命令参数有误：${(e as Error).message}。运行 linli ${name ?? ""} --help 查看用法。`,
              en: `${(e as Error).message}. Run linli ${name ?? ""} --help for usage.`,
            }
          : {
              "zh-CN": `出错了：${(e as Error).message ?? String(e)}`,
              en: `Something went wrong: ${(e as Error).message ?? String(e)}`,
            };
    io.stderr.write(`linli: ${text[lang]}\n`);
    return EXIT.usage;
  }
}

function isParseArgsError(e: unknown): boolean {
  const code = (e as { code?: string } | undefined)?.code;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS");
}

async function version(): Promise<string> {
  const { createRequire } = await import("node:module");
  return (createRequire(import.meta.url)("../package.json") as { version: string }).version;
}
