import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { mergeVocabularies, parseVocabulary, type UserVocabulary } from "@linli/adapters";
import { type EntityName, entityNames, type Localized } from "@linli/core";
import { LinliError, type SavedMapping } from "linli";
import { checkChoice, didYouMean, joinText, listText } from "./args/parse.js";
import { CommandLineError, type Context, type OptionSpec, UsageError } from "./command.js";
import { folderPackage } from "./hsds-files.js";
import { ex } from "./locales/export.js";
import { vm } from "./locales/validate-merge.js";

/** Options every command reading data files takes. */
export const DATA_OPTIONS = {
  entity: { type: "string", choices: entityNames },
  mapping: { type: "string", multiple: true, example: "列对应.json" },
  sheet: { type: "string", example: "all" },
  vocab: { type: "string", multiple: true, example: "词表.json" },
} as const satisfies OptionSpec;

/**
 * The files named on the command line; each must exist and be a file, or, with `packages`,
 * a folder holding an Open Referral HSDS package.
 */
export async function dataFiles(
  ctx: Context,
  command: string,
  packages = false,
): Promise<string[]> {
  const files = [...ctx.positionals];
  if (files.length === 0) throw new CommandLineError(vm("err.noFiles", { command }));
  for (const f of files) {
    try {
      const s = await stat(f);
      if (s.isDirectory() && !(packages && (await folderPackage(f)))) {
        throw new LinliError("input.isFolder", { path: f });
      }
    } catch (e) {
      throw new UsageError(errorText(e, f));
    }
  }
  return files;
}

/** `--entity`, default resident. */
export function entityOption(ctx: Context): EntityName {
  const e = (ctx.values.entity as string | undefined) ?? "resident";
  checkChoice("--entity", e, entityNames);
  return e as EntityName;
}

/**
 * The kind of data named as the first argument (`linli schema resident`): one of the model's
 * entities, with a "did you mean" for a near miss.
 */
export function entityArgument(ctx: Context): EntityName {
  const [name, ...extra] = ctx.positionals;
  if (
    name === undefined ||
    extra.length > 0 ||
    !(entityNames as readonly string[]).includes(name)
  ) {
    throw new CommandLineError(
      joinText(
        ex("err.entityArg", { entities: listText(entityNames) }),
        name === undefined ? undefined : didYouMean(name, entityNames),
      ),
    );
  }
  return name as EntityName;
}

/** `--columns a,b`: column keys, each one of `known` (a near miss gets a "did you mean"). */
export function columnsOption(
  ctx: Context,
  known: readonly string[],
  shown: readonly string[],
): string[] | undefined {
  const list = ctx.values.columns as string | undefined;
  if (list === undefined) return undefined;
  const keys = list
    .split(/[,，、]/)
    .map((k) => k.trim())
    .filter(Boolean);
  const bad = keys.find((k) => !known.includes(k));
  if (bad !== undefined || keys.length === 0) {
    throw new CommandLineError(
      joinText(
        ex("err.columns", { column: bad ?? "", columns: listText([...shown.slice(0, 8), "…"]) }),
        bad === undefined ? undefined : didYouMean(bad, known),
      ),
    );
  }
  return keys;
}

/** `--sheet`: a name, a 0-based index or `all`. */
export function sheetOption(ctx: Context): string | number | undefined {
  const s = ctx.values.sheet as string | undefined;
  if (s === undefined) return undefined;
  if (s.trim() === "") throw new CommandLineError(vm("err.sheet"));
  return /^\d+$/.test(s) ? Number(s) : s;
}

/**
 * `--vocab` files: the user's words for the model's choices, as JSON
 * (`{"relationToHead": {"spouse": ["老伴"]}}`), checked against the model and joined.
 */
export async function vocabOption(ctx: Context): Promise<UserVocabulary | undefined> {
  const files = (ctx.values.vocab as string[] | undefined) ?? [];
  if (files.length === 0) return undefined;
  const all: UserVocabulary[] = [];
  for (const file of files) {
    try {
      all.push(parseVocabulary(await readFile(resolve(ctx.io.cwd, file), "utf8"), file));
    } catch (e) {
      throw new UsageError(errorText(e, file));
    }
  }
  return mergeVocabularies(all);
}

/** What a saved mapping looks like, for messages about one that is not. */
const MAPPING_EXAMPLE = '{"entity": "resident", "columns": {"姓名": "name", "联系电话": "phone"}}';

/** `--mapping` files, read and joined into one saved mapping. */
export async function mappingOption(
  ctx: Context,
  entity: EntityName,
): Promise<SavedMapping | undefined> {
  const files = (ctx.values.mapping as string[] | undefined) ?? [];
  if (files.length === 0) return undefined;
  const columns: Record<string, string | null> = {};
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (e) {
      // Missing, a folder, unreadable: said as for any input file, in both languages.
      throw new UsageError(errorText(e, file));
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      throw new UsageError(
        vm("err.mappingJson", { file, detail: (e as Error).message, example: MAPPING_EXAMPLE }),
      );
    }
    const m = parsed as Partial<SavedMapping>;
    if (
      typeof m !== "object" ||
      m === null ||
      Array.isArray(m) ||
      typeof m.columns !== "object" ||
      m.columns === null ||
      Array.isArray(m.columns)
    ) {
      throw new UsageError(vm("err.mappingShape", { file, example: MAPPING_EXAMPLE }));
    }
    if (m.entity !== undefined && m.entity !== entity) {
      throw new UsageError(vm("err.mappingEntity", { file, mapped: String(m.entity), entity }));
    }
    Object.assign(columns, m.columns);
  }
  return { entity, columns };
}

/** A problem reading a file, as a person can act on it. */
export function errorText(e: unknown, file?: string): Localized {
  // Every linli error (and UsageError) carries its message in every locale.
  const localized = (e as { localized?: Partial<Localized> } | undefined)?.localized;
  if (typeof localized?.["zh-CN"] === "string" && typeof localized.en === "string") {
    return localized as Localized;
  }
  const code = (e as { code?: string } | undefined)?.code;
  if (file && (code === "ENOENT" || code === "ENOTDIR")) {
    return new LinliError("input.notFound", { path: file }).localized;
  }
  if (file && code === "EISDIR") return new LinliError("input.isFolder", { path: file }).localized;
  if (file && typeof code === "string" && code.startsWith("E")) {
    return new LinliError("input.unreadable", { path: file, detail: code }).localized;
  }
  const m = (e as Error)?.message ?? String(e);
  return { "zh-CN": `出错了：${m}`, en: `Something went wrong: ${m}` };
}
