// Import benchmark: one generated 1M-row resident register (UTF-8 and GB18030), measured in
// one run — full import (decode + parse + map + normalise + validate, streaming from the
// file), our raw table read, and PapaParse's raw parse of the same bytes — each in its own
// process so that peak memory (max RSS) is its own.
//
//   npx tsx bench/import/run.ts            # 1,000,000 rows
//   npx tsx bench/import/run.ts --rows 100000 --repeat 1
import { execFileSync } from "node:child_process";
import { createReadStream, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { importRecords, readTable } from "@linli/adapters/node";
import { machine } from "../machine.js";
import { generate } from "./generate.js";

type Task = "import" | "table" | "papa" | "papa-stream";

/** The part of PapaParse's API used here (its types live with the adapters package). */
interface PapaParse {
  parse<T>(
    input: string | NodeJS.ReadableStream,
    config?: { step?: (r: { data: T }) => void; complete?: () => void; error?: (e: Error) => void },
  ): { data: T[] };
}
interface Measured {
  task: Task;
  encoding: string;
  rows: number;
  ms: number;
  rssMB: number;
  accepted?: number;
}

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

async function measure(task: Task, file: string, encoding: string): Promise<Measured> {
  const start = performance.now();
  let rows = 0;
  let accepted: number | undefined;
  if (task === "papa" || task === "papa-stream") {
    // PapaParse is a dev dependency of @linli/adapters, for this comparison only. It reads
    // text, so the bytes are decoded with TextDecoder first (it has no GB18030 decoder).
    const require = createRequire(
      fileURLToPath(new URL("../../packages/adapters/package.json", import.meta.url)),
    );
    const Papa = require("papaparse") as PapaParse;
    if (task === "papa") {
      const bytes = readFileSync(file);
      const t0 = performance.now();
      const data = Papa.parse<string[]>(new TextDecoder(encoding).decode(bytes)).data;
      rows = data.length - 1 - (data.at(-1)?.join("") === "" ? 1 : 0);
      return { task, encoding, rows, ms: performance.now() - t0, rssMB: rss() };
    }
    const decoder = new TextDecoder(encoding);
    const text = Readable.from(
      (async function* () {
        for await (const chunk of createReadStream(file, { highWaterMark: 1 << 19 }))
          yield decoder.decode(chunk as Buffer, { stream: true });
        yield decoder.decode();
      })(),
    );
    let last = "";
    await new Promise<void>((resolve, reject) =>
      Papa.parse<string[]>(text, {
        step: (r) => {
          rows++;
          last = r.data.join("");
        },
        complete: () => resolve(),
        error: reject,
      }),
    );
    rows -= 1 + (last === "" ? 1 : 0);
    return { task, encoding, rows, ms: performance.now() - start, rssMB: rss() };
  }
  if (task === "table") {
    for await (const batch of readTable(file).batches()) rows += batch.length;
  } else {
    accepted = 0;
    for await (const r of importRecords(file, { entity: "resident" })) {
      rows++;
      if (r.kind === "record") accepted++;
    }
  }
  return {
    task,
    encoding,
    rows,
    ms: performance.now() - start,
    rssMB: rss(),
    ...(accepted !== undefined ? { accepted } : {}),
  };
}

const rss = () => Math.round(process.resourceUsage().maxRSS / 1024);

async function main() {
  const task = arg("task") as Task | undefined;
  if (task) {
    console.log(JSON.stringify(await measure(task, arg("file")!, arg("encoding")!)));
    return;
  }
  const rows = Number(arg("rows") ?? 1_000_000);
  const repeat = Number(arg("repeat") ?? 3);
  const files = await generate(rows, new URL("../data/", import.meta.url));
  const results: Measured[] = [];
  for (const [encoding, file] of [
    ["utf-8", files.utf8],
    ["gb18030", files.gb18030],
  ] as const) {
    for (const t of ["papa", "papa-stream", "table", "import"] as const) {
      // Best of `repeat` runs, each in a fresh process: other work on a shared machine only
      // ever slows a run down.
      let best: Measured | undefined;
      for (let k = 0; k < repeat; k++) {
        const out = execFileSync(
          process.execPath,
          [
            ...process.execArgv,
            fileURLToPath(import.meta.url),
            "--task",
            t,
            "--file",
            file,
            "--encoding",
            encoding,
          ],
          {
            encoding: "utf8",
            maxBuffer: 1 << 20,
          },
        );
        const m = JSON.parse(out.trim().split("\n").at(-1)!) as Measured;
        console.error(`${encoding} ${t}: ${(m.ms / 1000).toFixed(2)} s, ${m.rssMB} MB`);
        if (!best || m.ms < best.ms) best = { ...m, rssMB: Math.max(m.rssMB, best?.rssMB ?? 0) };
        else best = { ...best, rssMB: Math.max(m.rssMB, best.rssMB) };
      }
      results.push(best!);
    }
  }
  const mb = (f: string) => statSync(f).size / 1e6;
  const size: Record<string, number> = { "utf-8": mb(files.utf8), gb18030: mb(files.gb18030) };
  const label: Record<Task, string> = {
    papa: "PapaParse raw parse, whole text in memory",
    "papa-stream": "PapaParse raw parse, streaming (step)",
    table: "linli readTable: raw rows, streaming",
    import: "linli importRecords: full import, streaming",
  };
  console.log(`\n${rows.toLocaleString("en")} rows · ${machine()} · best of ${repeat}\n`);
  console.log("| encoding | file MB | what | rows | seconds | MB/s | rows/s | peak RSS MB |");
  console.log("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |");
  for (const m of results) {
    const s = m.ms / 1000;
    console.log(
      `| ${m.encoding} | ${size[m.encoding]!.toFixed(0)} | ${label[m.task]}${m.accepted !== undefined ? ` (${m.accepted.toLocaleString("en")} accepted)` : ""} | ${m.rows.toLocaleString("en")} | ${s.toFixed(2)} | ${(size[m.encoding]! / s).toFixed(1)} | ${Math.round(m.rows / s).toLocaleString("en")} | ${m.rssMB} |`,
    );
  }
  console.log("");
  for (const enc of ["utf-8", "gb18030"]) {
    const get = (t: Task) => results.find((m) => m.encoding === enc && m.task === t)!;
    const imp = get("import").ms;
    console.log(
      `${enc}: full import takes ${(imp / get("papa").ms).toFixed(2)}× the time of PapaParse in memory, ${(imp / get("papa-stream").ms).toFixed(2)}× PapaParse streaming; raw read ${(get("table").ms / get("papa-stream").ms).toFixed(2)}× PapaParse streaming`,
    );
  }
}

await main();
