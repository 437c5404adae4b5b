/**
 * The lines of a build's output that are warnings: tsup's and esbuild's (WARN, ▲ [WARNING]),
 * rollup plugins' ([plugin dts] …, such as a private type in a public d.ts) and TypeScript's.
 */
export function buildWarnings(output: string): string[] {
  return output
    .split("\n")
    .map((l) => l.trimEnd())
    .filter((l) => /\bwarn(ing)?\b|\[plugin [\w:-]+\]|\berror TS\d+/i.test(l));
}
