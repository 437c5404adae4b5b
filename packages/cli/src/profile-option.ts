// `--profile` and `--secret-file` of the commands that write data for others (`linli convert`,
// `linli merge`).
import { readFile } from "node:fs/promises";
import { basename, resolve } from "node:path";
import type { EntityName, Localized } from "@linli/core";
import type { OutputSet } from "linli/node";
import {
  type ApplyProfileOptions,
  type BuiltinProfileName,
  builtinProfileNames,
  exportLog,
  exportLogName,
  PrivacyError,
  parseProfile,
  profilePlan,
  pseudonymizer,
  type SharingProfile,
} from "linli/privacy";
import { didYouMean, joinText } from "./args/parse.js";
import { CommandLineError, type Context, type OptionSpec, UsageError } from "./command.js";
import { errorText } from "./data-files.js";
import { type ExportCliCode, ex } from "./locales/export.js";

/** `--profile` and `--secret-file`, for every command that writes data out. */
export const PROFILE_OPTIONS = {
  profile: { type: "string", example: "partner-ngo" },
  "secret-file": { type: "string", example: "hub.secret" },
} as const satisfies OptionSpec;

/** Environment variable naming the secret file when `--secret-file` is not given. */
export const SECRET_FILE_ENV = "LINLI_SECRET_FILE";

/** A message whose `detail` is itself in both languages. */
function withDetail(
  code: ExportCliCode,
  params: Record<string, string>,
  detail: Localized,
): Localized {
  return {
    "zh-CN": ex(code, { ...params, detail: detail["zh-CN"] })["zh-CN"],
    en: ex(code, { ...params, detail: detail.en }).en,
  };
}

/** `--profile`: a built-in name or a JSON file. */
export async function profileOption(
  ctx: Context,
): Promise<SharingProfile | BuiltinProfileName | undefined> {
  const p = ctx.values.profile as string | undefined;
  if (p === undefined) return undefined;
  if ((builtinProfileNames as readonly string[]).includes(p)) return p as BuiltinProfileName;
  return sharingProfile(p, await profileText(ctx, p));
}

/** The text of a profile file; a name that is no file gets a "did you mean". */
export async function profileText(ctx: Context, p: string): Promise<string> {
  try {
    return await readFile(resolve(ctx.io.cwd, p), "utf8");
  } catch (e) {
    const text = withDetail("err.profile", { profile: p }, errorText(e, p));
    // Not a file: most likely a misspelt profile name.
    const guess = didYouMean(p, builtinProfileNames);
    if (guess) throw new CommandLineError(joinText(text, guess));
    throw new UsageError(text);
  }
}

/** A sharing profile read from the text of its file. */
export function sharingProfile(p: string, text: string): SharingProfile {
  const r = parseProfile(text);
  if (!r.ok) {
    const detail = {
      "zh-CN": r.issues.map((i) => i.message["zh-CN"]).join("；"),
      en: r.issues.map((i) => i.message.en).join("; "),
    };
    throw new UsageError(withDetail("err.profile", { profile: p }, detail));
  }
  return r.value;
}

/**
 * `--secret-file` (else `LINLI_SECRET_FILE`): the file holding the hub's secret (Base64 text),
 * whose pseudonymizer the profile's pseudonymise actions use. The secret is never an
 * argument: it would land in shell history and in the process list. A named file is always
 * checked; it is passed on only when the profile writes pseudonyms, so that export logs name
 * a key id only where one was used.
 */
export async function secretOption(
  ctx: Context,
  entity: EntityName,
  profile: SharingProfile | BuiltinProfileName | undefined,
): Promise<ApplyProfileOptions> {
  const given = ctx.values["secret-file"] as string | undefined;
  if (given !== undefined && profile === undefined) {
    throw new CommandLineError(ex("err.secretNoProfile"));
  }
  const fromEnv = ctx.io.env[SECRET_FILE_ENV];
  const file = given ?? (fromEnv ? fromEnv : undefined);
  if (profile === undefined || file === undefined) return {};
  const params = { file, source: given !== undefined ? "--secret-file" : SECRET_FILE_ENV };
  let text: string;
  try {
    text = await readFile(resolve(ctx.io.cwd, file), "utf8");
  } catch (e) {
    throw new UsageError(withDetail("err.secretFile", params, errorText(e, file)));
  }
  try {
    const p = await pseudonymizer(text.trim());
    return profilePlan(entity, profile, { pseudonymizer: p }).pseudonymised
      ? { pseudonymizer: p }
      : {};
  } catch (e) {
    if (e instanceof PrivacyError) {
      throw new UsageError(withDetail("err.secretFile", params, e.localized));
    }
    throw e;
  }
}

/**
 * Write the export log of a profiled export beside its output (`<out>.log.json`): which
 * profile, when, how many records, which key id. Returns the log's path.
 */
export async function writeExportLog(
  outputs: OutputSet,
  out: string,
  entry: {
    readonly profile: SharingProfile | BuiltinProfileName;
    readonly profileOptions: ApplyProfileOptions;
    readonly entity: EntityName;
    readonly count: number;
    readonly format: string;
  },
): Promise<string> {
  const file = exportLogName(out);
  const keyId = entry.profileOptions.pseudonymizer?.keyId;
  const log = exportLog({
    profile: entry.profile,
    entity: entry.entity,
    count: entry.count,
    format: entry.format,
    file: basename(out),
    ...(keyId ? { keyId } : {}),
  });
  await outputs.write(file, [`${JSON.stringify(log, null, 2)}\n`]);
  return file;
}
