import { open } from "node:fs/promises";
import {
  type CoordinateSystem,
  detectEntity,
  type EntityGuess,
  entityLabel,
  ImportError,
  readDefaults,
  type UserVocabulary,
} from "@linli/adapters/node";
import {
  columns,
  type EntityName,
  entities,
  entityNames,
  isPhoneCountry,
  type Localized,
} from "@linli/core";
import { didYouMean, joinText, listText } from "./args/parse.js";
import { CommandLineError, type Context, type OptionSpec, UsageError } from "./command.js";
import { entityOption, sheetOption, vocabOption } from "./data-files.js";
import { io } from "./locales/import-options.js";

/** Options of the commands that import files, besides `--entity`, `--mapping`, `--sheet`. */
export const IMPORT_OPTIONS = {
  set: { type: "string", multiple: true, example: "category=medicine" },
  crs: { type: "string", choices: ["wgs84", "gcj02", "bd09"] },
  path: { type: "string", example: "services" },
  "phone-country": { type: "string", example: "US" },
} as const satisfies OptionSpec;

/** `--path`: where the records of a JSON file are (`services`, `data.results`). */
export function pathOption(ctx: Context): string | undefined {
  const p = ctx.values.path as string | undefined;
  return p === undefined || p.trim() === "" ? undefined : p.trim();
}

const CRS: Record<string, CoordinateSystem> = { wgs84: "WGS84", gcj02: "GCJ-02", bd09: "BD-09" };

/** `--crs`: the coordinate system of the files' latitudes and longitudes. */
export function crsOption(ctx: Context): CoordinateSystem | undefined {
  const v = ctx.values.crs as string | undefined;
  return v === undefined ? undefined : CRS[v];
}

/**
 * `--phone-country`: where phone numbers written without a country code are from (ISO 3166),
 * upper-cased; a code with no known numbering plan is refused.
 */
export function phoneCountryOption(ctx: Context): string | undefined {
  const v = (ctx.values["phone-country"] as string | undefined)?.trim();
  if (v === undefined || v === "") return undefined;
  if (!isPhoneCountry(v)) throw new CommandLineError(io("phoneCountry.unknown", { value: v }));
  return v.toUpperCase();
}

/** `--set field=value …` as given, by field (not yet checked against an entity). */
export function setValues(ctx: Context): Record<string, string> | undefined {
  const list = (ctx.values.set as string[] | undefined) ?? [];
  if (list.length === 0) return undefined;
  const out: Record<string, string> = {};
  for (const value of list) {
    const at = value.indexOf("=");
    const field = value.slice(0, at).trim();
    if (at <= 0 || field === "") throw new CommandLineError(io("set.format", { value }));
    out[field] = value.slice(at + 1).trim();
  }
  return out;
}

/**
 * `--set` checked against an entity: each field a column of it (else a "did you mean"), each
 * value one its column can take — the words of `--vocab` and `--phone-country` included.
 */
export function setOption(
  ctx: Context,
  entity: EntityName,
  vocabulary?: UserVocabulary,
  phoneCountry?: string,
): Record<string, string> | undefined {
  const given = setValues(ctx);
  if (!given) return undefined;
  const keys = columns(entities[entity])
    .map((c) => c.key)
    .filter((k) => !k.startsWith("meta."));
  for (const [field, text] of Object.entries(given)) {
    const value = `${field}=${text}`;
    if (!keys.includes(field)) {
      throw new CommandLineError(
        joinText(
          io("set.field", { value, field, entity, examples: listText(keys.slice(0, 4)) }),
          didYouMean(field, keys),
        ),
      );
    }
    try {
      readDefaults(entity, { [field]: text }, "--set", vocabulary, phoneCountry);
    } catch (e) {
      if (!(e instanceof ImportError)) throw e;
      const detail = e.params.detail as string | Localized | undefined;
      throw new CommandLineError(detail ? io("set.value", { value, detail }) : e.localized);
    }
  }
  return given;
}

/**
 * How the command line asks for files to be read, in the importers' terms: only what was given
 * (no key is ever `undefined`). See {@link importOptions}.
 */
export interface CommandImportOptions {
  readonly sheet?: string | number;
  readonly defaults?: Readonly<Record<string, string>>;
  readonly crs?: CoordinateSystem;
  readonly phoneCountry?: string;
  readonly path?: string;
  readonly vocabulary?: UserVocabulary;
}

/**
 * The import options of every command that reads files (`--mapping` apart), only those given:
 * `--sheet`, `--vocab`, `--phone-country`, `--set` (checked against `entity`), `--crs`,
 * `--path`, read in that order. Without an entity — an Open Referral HSDS package, whose tables
 * say what they hold — only those that apply to a whole package: `--vocab`, `--crs` and
 * `--phone-country`.
 */
export async function importOptions(
  ctx: Context,
  entity?: EntityName,
): Promise<CommandImportOptions> {
  const sheet = entity === undefined ? undefined : sheetOption(ctx);
  const vocabulary = await vocabOption(ctx);
  const phoneCountry = phoneCountryOption(ctx);
  const defaults =
    entity === undefined ? undefined : setOption(ctx, entity, vocabulary, phoneCountry);
  const crs = crsOption(ctx);
  const path = entity === undefined ? undefined : pathOption(ctx);
  return {
    ...(sheet !== undefined ? { sheet } : {}),
    ...(defaults ? { defaults } : {}),
    ...(crs ? { crs } : {}),
    ...(phoneCountry ? { phoneCountry } : {}),
    ...(path ? { path } : {}),
    ...(vocabulary ? { vocabulary } : {}),
  };
}

/** The entity of a file: `--entity`, or the one its columns fit best. */
export interface FileEntity {
  readonly entity: EntityName;
  /** Set when the entity was guessed. */
  readonly guess?: EntityGuess;
}

/** A file whose entity cannot be guessed: the message lists the candidates. */
export class EntityUnknown extends Error {
  readonly code = "entity.unknown";
  constructor(readonly localized: Localized) {
    super(localized.en);
  }
}

/**
 * The entity of a file: `--entity` when given, else guessed from its headers, names and file
 * name ({@link EntityUnknown} when nothing fits).
 */
export async function fileEntity(
  ctx: Context,
  file: string,
  sheet?: string | number,
): Promise<FileEntity> {
  const given = ctx.values.entity as EntityName | undefined;
  if (given !== undefined) return { entity: given };
  const guess = await detectEntity(file, {
    fileName: file,
    ...(sheet !== undefined && sheet !== "all" ? { sheet } : {}),
  });
  if (guess.entity) return { entity: guess.entity, guess };
  if (guess.hsdsMessage) throw new EntityUnknown(guess.hsdsMessage);
  const headers = guess.info.headers.filter((h) => h.trim() !== "");
  const cols = listText(headers.length > 0 ? headers : ["—"]);
  const near = guess.candidates.slice(0, 3);
  if (near.length === 0) {
    throw new EntityUnknown(
      io("entity.noneAtAll", { file, columns: cols, entities: listText(entityNames) }),
    );
  }
  throw new EntityUnknown(
    io("entity.none", {
      file,
      columns: cols,
      candidates: candidateList(near),
      example: near[0]!.entity,
    }),
  );
}

function candidateList(list: EntityGuess["candidates"]): Localized {
  const item = (lang: "zh-CN" | "en") =>
    list.map(
      (c) =>
        io("entity.candidate", {
          entity: `${entityLabel(c.entity, lang)} ${c.entity}`,
          columns: listText(c.columns.slice(0, 4))[lang],
        })[lang],
    );
  return { "zh-CN": item("zh-CN").join("；"), en: item("en").join("; ") };
}

/** "read as organisations, guessed from …; confidence 90%", for a guessed entity. */
export function guessText(file: string, f: FileEntity): Localized | undefined {
  const g = f.guess;
  if (!g) return undefined;
  const best = g.candidates.find((c) => c.entity === f.entity);
  const others = g.candidates.filter((c) => c.entity !== f.entity && c.identity).slice(0, 2);
  const label = { "zh-CN": entityLabel(f.entity, "zh-CN"), en: entityLabel(f.entity, "en") };
  const shown = best?.columns ?? [];
  const cols = listText(shown.length > 4 ? [...shown.slice(0, 4), "…"] : shown);
  const names = (lang: "zh-CN" | "en") =>
    others.map((c) => `${entityLabel(c.entity, lang)} ${c.entity}`);
  const other =
    others.length > 0
      ? io("entity.others", {
          candidates: { "zh-CN": names("zh-CN").join("、"), en: names("en").join(", ") },
        })
      : undefined;
  const text = (lang: "zh-CN" | "en") =>
    io("entity.guessed", {
      file,
      label: label[lang],
      entity: f.entity,
      columns: cols[lang],
      confidence: Math.round(g.confidence * 100),
      others: other?.[lang] ?? "",
    })[lang];
  return { "zh-CN": text("zh-CN"), en: text("en") };
}

/** The entity of an earlier merge's merged.json (it says so in its first bytes). */
async function earlierMerge(file: string): Promise<EntityName | undefined> {
  let head = "";
  try {
    const h = await open(file, "r");
    try {
      const buf = Buffer.alloc(512);
      const { bytesRead } = await h.read(buf, 0, buf.length, 0);
      head = buf.subarray(0, bytesRead).toString("utf8");
    } finally {
      await h.close();
    }
  } catch {
    return undefined;
  }
  const m = /^\s*\{\s*"format"\s*:\s*"linli-merge"[\s\S]*?"entity"\s*:\s*"([a-z-]+)"/.exec(head);
  const e = m?.[1] as EntityName | undefined;
  return e && (entityNames as readonly string[]).includes(e) ? e : undefined;
}

/**
 * The one entity of several files (`linli merge`): `--entity`, else each file's guess, which
 * must agree. A file whose kind cannot be told (an earlier merge's JSON) is left to the others.
 */
export async function filesEntity(
  ctx: Context,
  files: readonly string[],
  sheet?: string | number,
): Promise<{ entity: EntityName; said: Localized[] }> {
  const given = ctx.values.entity as EntityName | undefined;
  if (given !== undefined) return { entity: given, said: [] };
  const found: { file: string; f: FileEntity }[] = [];
  let first: unknown;
  for (const file of files) {
    try {
      const earlier = await earlierMerge(file);
      found.push({ file, f: earlier ? { entity: earlier } : await fileEntity(ctx, file, sheet) });
    } catch (e) {
      first ??= e;
    }
  }
  const kinds = new Set(found.map((x) => x.f.entity));
  if (kinds.size === 0) {
    if (first instanceof EntityUnknown) throw new UsageError(first.localized);
    // No file could be read to guess from: reading them for the merge says why.
    return { entity: entityOption(ctx), said: [] };
  }
  if (kinds.size > 1) {
    const each = found.map((x) => io("entity.fileKind", { file: x.file, entity: x.f.entity }));
    throw new UsageError(
      io("entity.mixed", {
        files: {
          "zh-CN": each.map((t) => t["zh-CN"]).join("；"),
          en: each.map((t) => t.en).join("; "),
        },
      }),
    );
  }
  const said = found.flatMap((x) => guessText(x.file, x.f) ?? []);
  return { entity: found[0]!.f.entity, said };
}
