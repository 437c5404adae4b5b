// Adversarial files (docs/reliability.md): small files that made a step quadratic, each
// imported whole at full size. Prints a table for docs/benchmarks.md, with the machine's load.
//
//   npx tsx bench/adversarial/run.ts
import { loadavg } from "node:os";
import { importFile } from "@linli/adapters";
import {
  duplicateHeaders,
  hugeQuotedCell,
  mergedToLastColumn,
  wideRow,
} from "../../packages/adapters/src/testing/adversarial.js";
import { machine } from "../machine.js";

const cases: [string, () => Uint8Array, string][] = [
  ["one header repeated 10,000 times, 30 rows", () => duplicateHeaders(10_000, 30), "a.csv"],
  ["merged area B2:XFD62 in a 3-column sheet", () => mergedToLastColumn(), "a.xlsx"],
  ["one quoted cell of 50 MB", () => hugeQuotedCell(), "a.csv"],
  ["a row of 100,000 cells", () => wideRow(), "a.csv"],
  ["a header of 100,000 cells", () => wideRow(100_000, true), "a.csv"],
];

console.log(`${machine()} · load ${loadavg()[0]!.toFixed(1)}\n`);
console.log("| File | Size | Time | Outcome |");
console.log("| --- | ---: | ---: | --- |");
for (const [name, make, fileName] of cases) {
  const bytes = make();
  const start = performance.now();
  const r = await importFile(bytes, { entity: "resident", fileName });
  const ms = performance.now() - start;
  const codes = [
    ...new Set([...r.issues.map((i) => i.code), ...r.mapping.notes.map((n) => n.code)]),
  ];
  const outcome = `${r.records.length} kept, ${r.rejected.length} rejected (${codes.slice(0, 3).join(", ")})`;
  const size =
    bytes.length > 1e6
      ? `${(bytes.length / 1e6).toFixed(0)} MB`
      : `${(bytes.length / 1e3).toFixed(1)} KB`;
  console.log(`| ${name} | ${size} | ${(ms / 1000).toFixed(2)} s | ${outcome} |`);
}
