import { checkArgument, isLocalized, type Locale, type Localized } from "@linli/core";
import type { OutputFs } from "linli/node";

/** Where a command writes, and what it knows of the terminal. */
export interface Io {
  readonly stdout: {
    /** Write text as it is (no newline added). */
    write(s: string): unknown;
  };
  readonly stderr: {
    /** Write text as it is (no newline added). */
    write(s: string): unknown;
  };
  /** Standard error is a terminal: progress bars redraw in place. */
  readonly isTTY: boolean;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The file operations outputs are written with (default `node:fs/promises`). */
  readonly fs?: OutputFs;
  /**
   * Listen for SIGINT and SIGTERM while outputs are written (the command then leaves the
   * folder as it was and exits 130 or 143); returns the function that stops listening.
   * `bin.ts` connects it to the process.
   */
  onInterrupt?(listener: (signal: "SIGINT" | "SIGTERM") => void): () => void;
}

/** One option of a command, in the shape of `node:util` `parseArgs` plus what checks it. */
export interface OptionDef {
  readonly type: "string" | "boolean";
  /** One letter: `-o` for `--out`. */
  readonly short?: string;
  /** May be given more than once; the values come as a list. */
  readonly multiple?: boolean;
  readonly default?: string | boolean;
  /** The values a string option takes: anything else is an argument error with a "did you mean". */
  readonly choices?: readonly string[];
  /** A value to show in "needs a value, e.g. --out 合并结果" (default: the first choice). */
  readonly example?: string;
}

/** The options of a command, by long name (without `--`). */
export type OptionSpec = Readonly<Record<string, OptionDef>>;

/** What a command receives. */
export interface Context {
  readonly values: Record<string, string | boolean | string[] | undefined>;
  readonly positionals: readonly string[];
  readonly lang: Locale;
  /** `--json`: print one JSON document on stdout and nothing else there. */
  readonly json: boolean;
  /** Show progress on stderr: it is a terminal, or `--progress` was given (never with `--json`). */
  readonly progress?: boolean;
  readonly io: Io;
  /** The text in the chosen language. */
  t(text: Localized): string;
}

/**
 * Exit codes: 0 ok, 1 data issues found, 2 usage or I/O error, 130 interrupted (SIGINT),
 * 143 terminated (SIGTERM). Whenever the code is not 0 or 1, no output was changed.
 *
 * @example
 * ```ts
 * import { EXIT, main } from "@linli/cli";
 * const code = await main(["validate", "居民.csv"], {
 *   stdout: process.stdout, stderr: process.stderr, isTTY: false, cwd: process.cwd(), env: process.env,
 * });
 * if (code === EXIT.dataIssues) console.log("some rows were rejected");
 * ```
 */
export const EXIT = { ok: 0, dataIssues: 1, usage: 2, interrupted: 130, terminated: 143 } as const;

/** One `linli <name>` command. */
export interface Command {
  readonly name: string;
  /** Arguments after the name, for the help text, e.g. `<files…> -o <dir>`. */
  readonly usage: string;
  readonly summary: Localized;
  /** Longer help: what the options mean, what is written where. */
  readonly help?: Localized;
  readonly options: OptionSpec;
  /** Do the work; resolves with the exit code ({@link EXIT}). */
  run(ctx: Context): Promise<number>;
}

/**
 * An error a user can fix (bad arguments, unreadable file): printed without a stack, exit 2.
 *
 * @example
 * ```ts
 * import { UsageError } from "@linli/cli";
 * throw new UsageError({ "zh-CN": "缺少 -o 参数", en: "-o is missing" });
 * ```
 */
export class UsageError extends Error {
  readonly code: "usage" | "usage.commandLine" = "usage";
  readonly localized: Localized;
  constructor(localized: Localized) {
    checkArgument(isLocalized(localized), "UsageError", "localized", "localized", localized);
    super(localized.en);
    this.name = "UsageError";
    this.localized = localized;
  }

  /** @deprecated Use `localized`, as every linli error has it. */
  get text(): Localized {
    return this.localized;
  }
}

/**
 * A usage error in the command line itself (an unknown option, a missing or wrong value):
 * printed with a pointer to the command's `--help`, exit 2. (A wrong argument in code is
 * `@linli/core`'s `ArgumentError`, the one class every linli package throws for that.)
 *
 * @example
 * ```ts
 * import { CommandLineError } from "@linli/cli";
 * throw new CommandLineError({ "zh-CN": "--min-count 应为正整数", en: "--min-count must be a whole number" });
 * ```
 */
export class CommandLineError extends UsageError {
  override readonly code = "usage.commandLine" as const;
  constructor(localized: Localized) {
    super(localized);
    this.name = "CommandLineError";
  }
}
