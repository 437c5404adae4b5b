/** A V8 CPU profile summed up: self time by function, split at the first sample of the merge. */

/** The parts of a V8 CPU profile read here. */
export interface CpuProfile {
  readonly nodes: readonly {
    readonly id: number;
    readonly callFrame: { functionName: string; url: string; lineNumber: number };
    readonly children?: readonly number[];
  }[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Functions by self time, and the busy time under each stage, before and after the merge. */
export function summarise(p: CpuProfile, top: number): string {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (id: number) => {
    const f = byId.get(id)!.callFrame;
    return `${f.functionName || "(anonymous)"} ${f.url.split("/").at(-1) ?? ""}:${f.lineNumber + 1}`;
  };
  const STAGES = [
    "readFile",
    "mergeFiles",
    "encodeField",
    "block",
    "compareAll",
    "estimateParams",
    "fuseCluster",
    "collectRows",
  ];
  const phases = [
    { name: "reading", busy: 0, self: new Map<string, number>(), under: new Map<string, number>() },
    { name: "merging", busy: 0, self: new Map<string, number>(), under: new Map<string, number>() },
  ];
  let phase = 0;
  for (let i = 0; i < p.samples.length; i++) {
    const id = p.samples[i]!;
    const ms = (p.timeDeltas[i + 1] ?? 0) / 1000;
    const names = new Set<string>();
    for (let c: number | undefined = id; c !== undefined; c = parent.get(c))
      names.add(byId.get(c)!.callFrame.functionName);
    if (phase === 0 && names.has("mergeFiles")) phase = 1;
    if (byId.get(id)!.callFrame.functionName === "(idle)") continue;
    const ph = phases[phase]!;
    ph.busy += ms;
    ph.self.set(label(id), (ph.self.get(label(id)) ?? 0) + ms);
    for (const s of STAGES) if (names.has(s)) ph.under.set(s, (ph.under.get(s) ?? 0) + ms);
  }
  const lines: string[] = [];
  for (const ph of phases) {
    if (ph.busy === 0) continue;
    lines.push(`${ph.name}: busy ${ph.busy.toFixed(0)} ms`);
    const stages = [...ph.under].map(([s, ms]) => `${s} ${ms.toFixed(0)}`).join(", ");
    if (stages) lines.push(`  under: ${stages} ms`);
    for (const [name, ms] of [...ph.self].sort((a, b) => b[1] - a[1]).slice(0, top))
      lines.push(`  ${ms.toFixed(0).padStart(6)} ms  ${name}`);
  }
  return lines.join("\n");
}
