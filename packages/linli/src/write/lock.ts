// A lock file per output folder, and the recovery of a run that died while writing.
import { hostname } from "node:os";
import { basename, dirname, join } from "node:path";
import { LinliError } from "../messages.js";
import { codeOf, type OutputFs } from "./output-fs.js";

/** The lock file in an output folder while linli writes into it. */
export const LOCK_FILE = ".linli.lock";
/** The renames of a commit, written before the first one so that a later run can finish them. */
export const JOURNAL_FILE = ".linli-commit.json";
/** Temporary files: `.<name>.linli-<pid>-<random>.tmp`. */
export const TEMP = /^\..+\.linli-\d+-[0-9a-z]+\.tmp$/;

export const tempName = (name: string) =>
  `.${name}.linli-${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`;

interface Holder {
  readonly pid: number;
  readonly host: string;
  readonly since: string;
}

/** A commit's renames (temporary → final names) and removals, in one folder. */
export interface Journal {
  readonly renames: readonly (readonly [string, string])[];
  readonly remove: readonly string[];
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return codeOf(e) === "EPERM";
  }
}

async function holderOf(fs: OutputFs, path: string): Promise<Holder | undefined> {
  try {
    const h = JSON.parse(await fs.readFile(path, "utf8")) as Holder;
    return typeof h.pid === "number" && typeof h.host === "string" ? h : undefined;
  } catch {
    return undefined;
  }
}

/** Write `text` to a new file `path`, whole and synced, failing if it exists. */
export async function writeNew(fs: OutputFs, path: string, text: string): Promise<void> {
  const fh = await fs.open(path, "wx");
  try {
    await fh.writeFile(text);
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/**
 * Finish what a run that died left in `dir`: the renames and removals of a commit it had
 * begun (so the folder holds all of the new outputs, not a mix), then its temporary files.
 */
export async function recover(fs: OutputFs, dir: string): Promise<void> {
  let journal: Journal | undefined;
  try {
    journal = JSON.parse(await fs.readFile(join(dir, JOURNAL_FILE), "utf8")) as Journal;
  } catch {
    // None, or not one this code wrote whole (it is renamed into place): nothing to finish.
  }
  if (journal) {
    for (const [from, to] of journal.renames) {
      try {
        await fs.rename(join(dir, from), join(dir, to));
      } catch (e) {
        if (codeOf(e) !== "ENOENT") throw e;
      }
    }
    for (const name of journal.remove) await unlinkIfThere(fs, join(dir, name));
  }
  await unlinkIfThere(fs, join(dir, JOURNAL_FILE));
  for (const name of await fs.readdir(dir)) {
    if (TEMP.test(name)) await unlinkIfThere(fs, join(dir, name));
  }
}

export async function unlinkIfThere(fs: OutputFs, path: string): Promise<void> {
  try {
    await fs.unlink(path);
  } catch (e) {
    if (codeOf(e) !== "ENOENT") throw e;
  }
}

/**
 * Take the lock of `dir`, or refuse with `output.locked` while another live linli holds it.
 * A lock left by a process that is gone (killed, or the machine restarted) is taken over.
 * Once the lock is held, {@link recover} puts right whatever an earlier run left.
 */
export async function lock(fs: OutputFs, dir: string): Promise<() => Promise<void>> {
  const path = join(dir, LOCK_FILE);
  const me: Holder = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  const text = `${JSON.stringify(me)}\n`;
  for (let attempt = 0; ; attempt++) {
    try {
      await take(fs, path, text);
      break;
    } catch (e) {
      if (codeOf(e) !== "EEXIST" || attempt > 0) throw e;
    }
    const holder = await holderOf(fs, path);
    if (holder && (holder.host !== me.host || alive(holder.pid))) {
      throw new LinliError("output.locked", {
        dir,
        pid: holder.pid,
        host: holder.host,
        since: holder.since,
        lock: path,
      });
    }
    // Gone: read it once more so that a lock another run has just taken is not removed.
    const again = await holderOf(fs, path);
    if (again?.since !== holder?.since || again?.pid !== holder?.pid) {
      throw new LinliError("output.locked", {
        dir,
        pid: again?.pid ?? "?",
        host: again?.host ?? "?",
        since: again?.since ?? "?",
        lock: path,
      });
    }
    await unlinkIfThere(fs, path);
  }
  const unlock = () => unlinkIfThere(fs, path);
  try {
    await recover(fs, dir);
  } catch (e) {
    await unlock().catch(() => {});
    throw e;
  }
  return unlock;
}

/**
 * Create the lock file with its content in one step where hard links work (write a
 * temporary file, link it to the lock name: the link fails if the lock exists), so that no
 * other run ever reads a half-written lock; else create it exclusively and write it.
 */
async function take(fs: OutputFs, path: string, text: string): Promise<void> {
  const tmp = join(dirname(path), tempName(basename(path).slice(1)));
  try {
    await writeNew(fs, tmp, text);
    try {
      await fs.link(tmp, path);
      return;
    } catch (e) {
      const code = codeOf(e);
      if (code === "EEXIST") throw e;
      if (code !== "EPERM" && code !== "ENOTSUP" && code !== "ENOSYS" && code !== "EXDEV") throw e;
    }
  } finally {
    await unlinkIfThere(fs, tmp).catch(() => {});
  }
  await writeNew(fs, path, text);
}
