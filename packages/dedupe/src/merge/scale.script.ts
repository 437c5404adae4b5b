// Run by scale.test.ts in a child process: a plain Node main thread has the default stack
// (about 1 MB; test workers have 4 MB), where spreading 150k issues into a call overflows.
import { type MergeIssue, type MergeSource, merge } from "@linli/dedupe";

const N = Number(process.argv[2] ?? 150_000);
const warned = (source: string): MergeIssue[] =>
  Array.from({ length: N }, (_, i) => ({
    file: `${source}.csv`,
    row: i + 2,
    code: "phone.landline",
    severity: "warning" as const,
    message: { "zh-CN": "座机号码", en: "A landline number" },
  }));
const source = (name: string): MergeSource => ({
  name,
  rows: [{ row: 2, record: { meta: { id: "1", schemaVersion: "0.0.0" }, name: "王伟" } }],
  counts: { rowsRead: N, accepted: N, warnings: N },
  issues: warned(name),
});

const first = merge([source("甲社区")], { entity: "resident" });
const next = merge([first, source("乙社区")], { entity: "resident" });
process.stdout.write(
  JSON.stringify({
    first: first.issues.length,
    next: next.issues.length,
    carried: next.issues.filter((i) => i.file === "甲社区.csv").length,
  }),
);
