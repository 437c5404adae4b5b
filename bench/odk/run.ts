// ODK / KoboToolbox import benchmark: a generated Kobo-style CSV export (submissions and a
// household-members repeat file, members in scrambled order) imported with importOdkExport,
// at several sizes, each size in its own process so that peak memory is its own. The time
// per submission staying flat as the export grows shows the repeat join is linear.
//
//   npx tsx bench/odk/run.ts                 # 20k, 50k and 100k submissions
//   npx tsx bench/odk/run.ts --sizes 100000 --repeat 1
import { execFileSync } from "node:child_process";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { importOdkExport } from "@linli/adapters";
import { koboCsvFiles } from "../../packages/adapters/src/odk/kobo-fixture.js";
import { machine, rate } from "../machine.js";

interface Measured {
  readonly submissions: number;
  readonly members: number;
  readonly mb: number;
  readonly records: number;
  readonly joined: number;
  readonly ms: number;
  readonly rssMB: number;
}

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

async function measure(n: number): Promise<Measured> {
  const kobo = koboCsvFiles(n);
  const bytes = kobo.files.reduce((s, f) => s + f.bytes.length, 0);
  const start = performance.now();
  const r = await importOdkExport(kobo.files, { entity: "resident" });
  const ms = performance.now() - start;
  const joined = r.summary.repeats.reduce((s, x) => s + x.joined, 0);
  if (r.records.length !== n || joined !== kobo.memberRows) {
    throw new Error(`lost rows: ${r.records.length}/${n} records, ${joined}/${kobo.memberRows}`);
  }
  return {
    submissions: n,
    members: kobo.memberRows,
    mb: bytes / 2 ** 20,
    records: r.records.length,
    joined,
    ms,
    rssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

async function main() {
  const size = arg("size");
  if (size) {
    console.log(JSON.stringify(await measure(Number(size))));
    return;
  }
  const sizes = (arg("sizes") ?? "20000,50000,100000").split(",").map(Number);
  const repeat = Number(arg("repeat") ?? 2);
  console.log(
    `${machine()} · load ${loadavg()
      .map((x) => x.toFixed(1))
      .join(" ")}\n`,
  );
  console.log(
    "| submissions | member rows | CSV MB | import s | µs / submission | submissions/s | peak RSS MB |",
  );
  console.log("|---:|---:|---:|---:|---:|---:|---:|");
  for (const n of sizes) {
    // Best of `repeat` fresh processes: other work on a shared machine only slows a run down.
    let best: Measured | undefined;
    for (let k = 0; k < repeat; k++) {
      const out = execFileSync(
        process.execPath,
        ["--import", "tsx", fileURLToPath(import.meta.url), "--size", String(n)],
        { encoding: "utf8", maxBuffer: 1 << 20 },
      );
      const m = JSON.parse(out.trim().split("\n").at(-1)!) as Measured;
      if (!best || m.ms < best.ms) best = m;
    }
    const b = best!;
    console.log(
      `| ${rate(b.submissions)} | ${rate(b.members)} | ${b.mb.toFixed(1)} | ${(b.ms / 1000).toFixed(2)} | ${((b.ms * 1000) / b.submissions).toFixed(1)} | ${rate((b.submissions * 1000) / b.ms)} | ${b.rssMB} |`,
    );
  }
}

await main();
