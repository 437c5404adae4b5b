// Node: a folder given to merge that holds an Open Referral HSDS package stands for its tables.
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { hsdsPackageFiles } from "@linli/adapters";
import type { MergeInput, MergeSourceInput } from "./merge/types.js";

const TABLE_FILE = /\.(?:csv|tsv|xlsx)$/i;

/** The HSDS tables in a folder, when they make a package. */
async function packageIn(folder: string): Promise<string[] | undefined> {
  const s = await stat(folder).catch(() => undefined);
  if (!s?.isDirectory()) return undefined;
  const names = (await readdir(folder, { withFileTypes: true }))
    .filter((d) => d.isFile() && TABLE_FILE.test(d.name))
    .map((d) => join(folder, d.name))
    .sort();
  return hsdsPackageFiles(names);
}

/**
 * The inputs with each folder that holds an HSDS package (a path, or the `data` of a source)
 * replaced by its tables, which merge reads together as one source named after the folder
 * (or the source's name). Other folders stay, to be refused when opened.
 */
export async function packageFolders(inputs: readonly MergeInput[]): Promise<MergeInput[]> {
  // Not a list: merge's own argument check says so.
  if (!Array.isArray(inputs)) return inputs as MergeInput[];
  const out: MergeInput[] = [];
  for (const input of inputs) {
    const given =
      typeof input === "object" && input !== null ? (input as MergeSourceInput) : undefined;
    const path =
      typeof input === "string" ? input : typeof given?.data === "string" ? given.data : undefined;
    const tables = path === undefined ? undefined : await packageIn(path);
    if (!tables) {
      out.push(input);
      continue;
    }
    for (const file of tables) {
      out.push(
        given?.name
          ? { data: file, name: given.name, ...(given.import ? { import: given.import } : {}) }
          : file,
      );
    }
  }
  return out;
}
