// `--profile` of `linli merge`: a sharing profile for the outputs, a linkage profile for
// finding duplicates, or one of each, told apart by what the file holds.
import type { EntityName, Localized } from "@linli/core";
import { type Profile, parseLinkageProfile } from "linli/dedupe";
import { type BuiltinProfileName, builtinProfileNames, type SharingProfile } from "linli/privacy";
import { CommandLineError, type Context, UsageError } from "./command.js";
import { vm } from "./locales/validate-merge.js";
import { profileText, sharingProfile } from "./profile-option.js";

/** The profiles given to `linli merge`. */
export interface MergeProfiles {
  readonly sharing?: SharingProfile | BuiltinProfileName;
  readonly linkage?: Profile;
}

const isLinkage = (json: unknown) =>
  typeof json === "object" && json !== null && "fields" in json && "blocking" in json;

function detail(issues: readonly { message: Localized }[]): Localized {
  return {
    "zh-CN": issues.map((i) => i.message["zh-CN"]).join("；"),
    en: issues.map((i) => i.message.en).join("; "),
  };
}

/**
 * Each `--profile`: a built-in sharing profile by name, or a JSON file: a linkage profile when
 * it has `fields` and `blocking` (checked against the entity, every problem named), otherwise a
 * sharing profile. At most one of each.
 */
export async function mergeProfiles(ctx: Context, entity: EntityName): Promise<MergeProfiles> {
  const raw = ctx.values.profile;
  const given = raw === undefined ? [] : Array.isArray(raw) ? raw : [String(raw)];
  const sharing: (SharingProfile | BuiltinProfileName)[] = [];
  const linkage: Profile[] = [];
  for (const p of given) {
    if ((builtinProfileNames as readonly string[]).includes(p)) {
      sharing.push(p as BuiltinProfileName);
      continue;
    }
    const text = await profileText(ctx, p);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    if (!isLinkage(json)) {
      sharing.push(sharingProfile(p, text));
      continue;
    }
    const r = parseLinkageProfile(json, entity);
    if (!r.ok) {
      const d = detail(r.issues);
      throw new UsageError({
        "zh-CN": vm("err.linkageProfile", { profile: p, detail: d["zh-CN"] })["zh-CN"],
        en: vm("err.linkageProfile", { profile: p, detail: d.en }).en,
      });
    }
    linkage.push(r.value);
  }
  if (sharing.length > 1 || linkage.length > 1) throw new CommandLineError(vm("err.profiles"));
  return {
    ...(sharing[0] ? { sharing: sharing[0] } : {}),
    ...(linkage[0] ? { linkage: linkage[0] } : {}),
  };
}
