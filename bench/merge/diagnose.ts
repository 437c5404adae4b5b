/**
 * Where the whole merge loses true pairs that `dedupe` finds on the generator's records: the
 * district registers of `generate.ts` are imported file by file (as `merge` reads them), both
 * record sets are linked with the resident profile, and every pair found on the generator's
 * records but missed on the imported ones is put down to what the import did to its rows:
 * a row rejected, a citizen ID withheld, an ID written in 15 digits, a compound read as
 * something else; "other" when none of these (a cluster that held through a third row).
 *
 * npx tsx bench/merge/diagnose.ts [--rows 120000]
 */
import { readFileSync } from "node:fs";
import { importRecords } from "@linli/adapters";
import { dedupe } from "@linli/dedupe";
import { evaluateSynthetic, synthesizeResidents } from "@linli/dedupe/benchmark";
import { rate } from "../machine.js";
import { generate, ROWS_ABOVE } from "./generate.js";

const args = process.argv.slice(2);
const rows = Number(args[args.indexOf("--rows") + 1] || 120_000) || 120_000;
const { paths, shapes } = await generate(rows, "district");
// The same seed and options as generate.ts: the same records, in generation order.
const data = synthesizeResidents({
  records: rows,
  seed: 11,
  sources: paths.length,
  scenario: "district",
});
const bySource = paths.map(() => [] as number[]);
data.records.forEach((r, i) => {
  bySource[Number(r.meta.source.slice("community-".length)) - 1]!.push(i);
});

type Rec = {
  meta: { withheld?: { field?: string }[] };
  identifiers?: { value: string }[];
  address?: { compound?: string };
};
const imported: (Rec | undefined)[] = new Array(data.records.length);
const fileOf = new Uint8Array(data.records.length);
for (const [k, path] of paths.entries()) {
  const run = importRecords(readFileSync(path), { entity: "resident", fileName: path });
  for await (const r of run) {
    const i = bySource[k]![r.row - ROWS_ABOVE[shapes[k]!] - 1]!;
    fileOf[i] = k;
    if (r.kind === "record") imported[i] = r.record as Rec;
  }
}
const kept = imported.flatMap((r, i) => (r ? [i] : []));
const clusters = (cs: readonly (readonly number[])[], map?: readonly number[]) =>
  cs.map((c) => c.map((m) => (map ? map[m]! : m)));
const direct = clusters(dedupe(data.records).clusters);
const viaImport = clusters(dedupe(kept.map((i) => imported[i]!)).clusters, kept);
const d = evaluateSynthetic(data, direct).overall;
const m = evaluateSynthetic(data, viaImport).overall;

const index = (cs: number[][]) => {
  const out = new Int32Array(data.records.length).fill(-1);
  cs.forEach((c, k) => {
    for (const i of c) out[i] = k;
  });
  return out;
};
const cd = index(direct);
const cm = index(viaImport);
const withheldId = (r: Rec) => (r.meta.withheld ?? []).some((w) => w.field === "citizenId");
const legacyId = (i: number) => (data.records[i]!.identifiers?.[0]?.value ?? "").length === 15;
const compoundLost = (i: number) =>
  data.records[i]!.address?.compound !== undefined && !imported[i]!.address?.compound;
const causes = new Map<string, number>();
const byFiles = new Map<string, number>();
let lost = 0;
let gained = 0;
const byEntity = new Map<number, number[]>();
data.entity.forEach((e, i) => {
  const list = byEntity.get(e);
  if (list) list.push(i);
  else byEntity.set(e, [i]);
});
for (const list of byEntity.values()) {
  for (let x = 0; x < list.length; x++) {
    for (let y = x + 1; y < list.length; y++) {
      const a = list[x]!;
      const b = list[y]!;
      const foundDirect = cd[a] === cd[b];
      const foundMerged = cm[a] !== -1 && cm[a] === cm[b];
      if (foundMerged && !foundDirect) gained++;
      if (!foundDirect || foundMerged) continue;
      lost++;
      const why: string[] = [];
      if (!imported[a] || !imported[b]) why.push("row rejected");
      else {
        if (withheldId(imported[a]) || withheldId(imported[b])) why.push("ID withheld");
        if (legacyId(a) || legacyId(b)) why.push("ID in 15 digits");
        if (compoundLost(a) || compoundLost(b)) why.push("compound not read as such");
      }
      const k = why.join(" + ") || "other";
      causes.set(k, (causes.get(k) ?? 0) + 1);
      const files = [fileOf[a]! + 1, fileOf[b]! + 1].sort((p, q) => p - q).join("–");
      byFiles.set(files, (byFiles.get(files) ?? 0) + 1);
    }
  }
}
console.log(`\n${rate(data.records.length)} rows, ${rate(kept.length)} imported\n`);
console.log(
  "| linkage on | precision | recall | true pairs found | missed |\n|---|---:|---:|---:|---:|",
);
console.log(
  `| the generator's records | ${d.precision.toFixed(4)} | ${d.recall.toFixed(4)} | ${rate(d.truePositives)} | ${rate(d.falseNegatives)} |`,
);
console.log(
  `| the imported rows | ${m.precision.toFixed(4)} | ${m.recall.toFixed(4)} | ${rate(m.truePositives)} | ${rate(m.falseNegatives)} |`,
);
console.log(
  `\nPairs found on the generator's records and missed on the imported rows: ${rate(lost)} (the other way: ${rate(gained)}).\n`,
);
console.log("| what the import did to the rows | pairs lost |\n|---|---:|");
for (const [k, v] of [...causes].sort((p, q) => q[1] - p[1])) console.log(`| ${k} | ${rate(v)} |`);
console.log(`\nBy files (${shapes.map((shape, k) => `${k + 1} ${shape}`).join(", ")}):`);
console.log(
  [...byFiles]
    .sort((p, q) => q[1] - p[1])
    .map(([k, v]) => `${k}: ${v}`)
    .join(", "),
);
