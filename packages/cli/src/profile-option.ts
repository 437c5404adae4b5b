// `--profile` of the commands that write data for others (`linli convert`, `linli merge`).
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import {
  type BuiltinProfileName,
  builtinProfileNames,
  parseProfile,
  type SharingProfile,
} from "linli/privacy";
import { type Context, UsageError } from "./command.js";
import { errorText } from "./data-files.js";
import { ex } from "./locales/export.js";

/** `--profile`: a built-in name or a JSON file. */
export async function profileOption(
  ctx: Context,
): Promise<SharingProfile | BuiltinProfileName | undefined> {
  const p = ctx.values.profile as string | undefined;
  if (p === undefined) return undefined;
  if ((builtinProfileNames as readonly string[]).includes(p)) return p as BuiltinProfileName;
  let text: string;
  try {
    text = await readFile(resolve(ctx.io.cwd, p), "utf8");
  } catch (e) {
    throw new UsageError(ex("err.profile", { profile: p, detail: errorText(e, p)[ctx.lang] }));
  }
  const r = parseProfile(text);
  if (!r.ok) {
    const detail = r.issues.map((i) => i.message[ctx.lang]).join("; ");
    throw new UsageError(ex("err.profile", { profile: p, detail }));
  }
  return r.value;
}
