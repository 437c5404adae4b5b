// Open Referral HSDS packages on the command line: a folder of HSDS tables, or the tables
// given together, read as one package and joined by id.
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { hsdsPackageFiles } from "@linli/adapters/node";

/** A package: what it is called on screen and its files. */
export interface HsdsPackage {
  readonly name: string;
  readonly files: readonly string[];
}

const TABLE_FILE = /\.(?:csv|tsv|xlsx)$/i;

/** The HSDS tables in a folder, when they make a package. */
export async function folderPackage(folder: string): Promise<HsdsPackage | undefined> {
  const names = (await readdir(folder, { withFileTypes: true }))
    .filter((d) => d.isFile() && TABLE_FILE.test(d.name))
    .map((d) => join(folder, d.name))
    .sort();
  const files = hsdsPackageFiles(names);
  return files ? { name: folder, files } : undefined;
}

/**
 * The packages among the arguments: each folder of HSDS tables, and the HSDS tables given
 * as files, together; `rest` are the other files, read one by one.
 */
export async function hsdsPackages(
  args: readonly string[],
): Promise<{ packages: HsdsPackage[]; rest: string[] }> {
  const packages: HsdsPackage[] = [];
  const files: string[] = [];
  for (const a of args) {
    const s = await stat(a).catch(() => undefined);
    if (s?.isDirectory()) {
      const p = await folderPackage(a);
      if (p) packages.push(p);
    } else files.push(a);
  }
  const together = hsdsPackageFiles(files);
  if (together) packages.push({ name: together.join(" + "), files: together });
  const taken = new Set(together ?? []);
  return { packages, rest: files.filter((f) => !taken.has(f)) };
}

/** The files of a package with their bytes. */
export async function packageFiles(p: HsdsPackage) {
  return Promise.all(p.files.map(async (name) => ({ name, bytes: await readFile(name) })));
}
