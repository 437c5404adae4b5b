import { useCallback, useRef } from "react";
import type { FileEntry } from "../state.js";

/**
 * A function whose identity never changes and that always calls the latest `fn`: memoised
 * components given it do not render again when the page does.
 */
export function useStable<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const latest = useRef(fn);
  latest.current = fn;
  return useCallback((...args: A) => latest.current(...args), []);
}

/** Whether two entries differ in more than their reading progress. */
const moved = (a: FileEntry, b: FileEntry) =>
  a.id !== b.id ||
  a.status !== b.status ||
  a.report !== b.report ||
  a.fixes !== b.fixes ||
  a.mapping !== b.mapping ||
  a.entity !== b.entity ||
  a.error !== b.error ||
  a.remembered !== b.remembered;

/**
 * The files as the mapping and issues steps need them: the same array while only reading
 * progress changes, so that their tables are not drawn again at every progress tick.
 */
export function useSettled(files: readonly FileEntry[]): readonly FileEntry[] {
  const last = useRef(files);
  last.current = settled(last.current, files);
  return last.current;
}

/** `prev` when `files` differ from it only in reading progress, else `files`. */
export function settled(
  prev: readonly FileEntry[],
  files: readonly FileEntry[],
): readonly FileEntry[] {
  return prev.length !== files.length || files.some((f, i) => moved(f, prev[i]!)) ? files : prev;
}
