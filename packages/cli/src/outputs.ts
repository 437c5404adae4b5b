// Outputs of a command, all or nothing (see `openOutputs` of linli/node), and the files it
// reads, which are never among them.
import { resolve } from "node:path";
import { LinliError, type OpenOutputsOptions, type OutputSet, openOutputs } from "linli/node";
import { builtinProfileNames } from "linli/privacy";
import type { Context } from "./command.js";
import { SECRET_FILE_ENV } from "./profile-option.js";

/** Every file a command reads: its data files and the files its options name. */
export function inputFiles(ctx: Context, data: readonly string[]): string[] {
  const v = ctx.values;
  const out = data.map((f) => resolve(ctx.io.cwd, f));
  const add = (f: unknown) => {
    if (typeof f === "string" && f !== "") out.push(resolve(ctx.io.cwd, f));
  };
  for (const m of (v.mapping as string[] | undefined) ?? []) add(m);
  if (!(builtinProfileNames as readonly unknown[]).includes(v.profile)) add(v.profile);
  add(v["secret-file"] ?? ctx.io.env[SECRET_FILE_ENV]);
  add(v.locations);
  return out;
}

/**
 * Run `work` with a signal that SIGINT or SIGTERM aborts while it runs (the listener is
 * removed afterwards, so that outside the writing Ctrl-C stops linli at once).
 */
export async function interruptible<T>(
  ctx: Context,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const ac = new AbortController();
  const stop = ctx.io.onInterrupt?.((s) => ac.abort(s));
  try {
    return await work(ac.signal);
  } finally {
    stop?.();
  }
}

/** Open `paths` as the outputs of a command that reads `inputs`. */
export function commandOutputs(
  ctx: Context,
  paths: readonly string[],
  inputs: readonly string[],
  signal: AbortSignal,
): Promise<OutputSet> {
  const options: OpenOutputsOptions = {
    inputs,
    signal,
    ...(ctx.io.fs ? { fs: ctx.io.fs } : {}),
  };
  return openOutputs(paths, options);
}

/** Exit code of an interrupted command (128 + the signal's number), if `e` says it was. */
export function interruptedExit(e: unknown): number | undefined {
  if (!(e instanceof LinliError) || e.code !== "output.interrupted") return undefined;
  return e.params.signal === "SIGTERM" ? 143 : 130;
}
