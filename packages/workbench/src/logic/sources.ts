/**
 * The source (community) name of a file: its name without the last extension, as
 * `linli merge` names it, so that decisions saved here name the same rows there; made
 * unique among `taken`.
 */
export function sourceName(file: string, taken: ReadonlySet<string>): string {
  const dot = file.lastIndexOf(".");
  const base = dot > 0 ? file.slice(0, dot) : file;
  if (!taken.has(base)) return base;
  for (let k = 2; ; k++) if (!taken.has(`${base} (${k})`)) return `${base} (${k})`;
}
