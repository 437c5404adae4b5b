// Export benchmark: 1,000,000 generated resident records (made on the fly, never held in
// memory) exported with `exportRecords` to CSV (UTF-8 and GB18030), XLSX (deflate levels 6
// and 1), JSON and NDJSON, streamed to a file; plus `linli convert`'s path: the import
// benchmark's 1M-row CSV register imported and written as XLSX. Each measurement runs in its
// own process (peak memory is its own) and is the best of 3.
//
//   npx tsx bench/export/run.ts                 # 1,000,000 records
//   npx tsx bench/export/run.ts --rows 100000 --repeat 1 --tasks csv,xlsx
import { execFileSync } from "node:child_process";
import { createWriteStream, mkdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type ExportFormat, exportRecords, importRecords } from "@linli/adapters/node";
import { citizenIdCheckChar, type Resident } from "@linli/core";
import { generate } from "../import/generate.js";
import { machine } from "../machine.js";

type Task =
  | "generate"
  | "csv"
  | "csv-gb18030"
  | "xlsx"
  | "xlsx-level1"
  | "json"
  | "ndjson"
  | "convert-xlsx";

interface Measured {
  task: Task;
  rows: number;
  ms: number;
  /** CPU time of the process (user + system), less sensitive to other work on the machine. */
  cpuMs: number;
  bytes: number;
  rssMB: number;
}

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const rss = () => Math.round(process.resourceUsage().maxRSS / 1024);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const SURNAMES = [
  "王",
  "李",
  "张",
  "刘",
  "陈",
  "杨",
  "黄",
  "赵",
  "周",
  "吴",
  "徐",
  "孙",
  "马",
  "朱",
  "胡",
  "欧阳",
];
const GIVEN = [
  "伟",
  "芳",
  "娜",
  "敏",
  "静",
  "丽",
  "强",
  "磊",
  "军",
  "洋",
  "勇",
  "艳",
  "杰",
  "娟",
  "涛",
  "明",
  "超",
  "秀英",
];
const COMPOUNDS = [
  "绿地世纪城",
  "紫薇田园都市",
  "枫林绿洲",
  "融侨城",
  "曲江池社区",
  "丈八北路小区",
];
const NOTES = ["行动不便", "需要每周送菜", "独居，需电话确认", "已电话联系", "药品快用完了"];
const VULNERABLE = [
  "elderly-living-alone",
  "disabled",
  "chronic-illness",
  "pregnant",
  "low-income",
] as const;

/** Realistic residents from a fixed seed, one at a time. */
export function* residents(n: number): Generator<Resident> {
  let s = 42;
  const next = () => {
    s = (Math.imul(s, 1_103_515_245) + 12_345) >>> 0;
    return s / 2 ** 32;
  };
  const pick = <T>(a: readonly T[]) => a[Math.floor(next() * a.length)]!;
  const pad = (v: number, w: number) => String(v).padStart(w, "0");
  for (let i = 0; i < n; i++) {
    const y = 1930 + Math.floor(next() * 90);
    const m = 1 + Math.floor(next() * 12);
    const d = 1 + Math.floor(next() * 28);
    const birth = `${y}-${pad(m, 2)}-${pad(d, 2)}`;
    const body = `610113${y}${pad(m, 2)}${pad(d, 2)}${pad(Math.floor(next() * 1000), 3)}`;
    const building = String(1 + Math.floor(next() * 30));
    const unit = String(1 + Math.floor(next() * 6));
    const room = `${1 + Math.floor(next() * 30)}0${1 + Math.floor(next() * 4)}`;
    const compound = pick(COMPOUNDS);
    const r: Resident = {
      meta: { id: `r-${i}`, schemaVersion: "0.0.0", source: "丈八社区" },
      name: pick(SURNAMES) + pick(GIVEN) + (next() < 0.5 ? pick(GIVEN) : ""),
      gender: next() < 0.5 ? "male" : "female",
      birthDate: birth,
      identifiers: [{ scheme: "cn-citizen-id", value: body + citizenIdCheckChar(body) }],
      phones: [
        { number: `1${pick(["38", "39", "58", "86", "77"])}${pad(Math.floor(next() * 1e8), 8)}` },
      ],
      address: {
        district: "雁塔区",
        community: "丈八社区",
        compound,
        building,
        unit,
        room,
        line: `${compound}${building}号楼${unit}单元${room}`,
      },
      residencyType: pick(["registered", "resident", "floating"] as const),
      ...(next() < 0.3 ? { vulnerabilities: [pick(VULNERABLE)] } : {}),
      ...(next() < 0.4 ? { notes: pick(NOTES) } : {}),
    };
    yield r;
  }
}

const FORMAT: Record<Exclude<Task, "generate" | "convert-xlsx">, [ExportFormat, object, string]> = {
  csv: ["csv", {}, "csv"],
  "csv-gb18030": ["csv", { encoding: "gb18030" }, "csv"],
  xlsx: ["xlsx", {}, "xlsx"],
  "xlsx-level1": ["xlsx", { level: 1 }, "xlsx"],
  json: ["json", {}, "json"],
  ndjson: ["ndjson", {}, "ndjson"],
};

async function measure(task: Task, rows: number, dir: URL): Promise<Measured> {
  const start = performance.now();
  const cpu0 = cpu();
  if (task === "generate") {
    let n = 0;
    for (const _ of residents(rows)) n++;
    return {
      task,
      rows: n,
      ms: performance.now() - start,
      cpuMs: cpu() - cpu0,
      bytes: 0,
      rssMB: rss(),
    };
  }
  let run: ReturnType<typeof exportRecords>;
  let ext: string;
  if (task === "convert-xlsx") {
    const source = fileURLToPath(new URL(`residents-${rows}.utf8.csv`, dir));
    const records = (async function* () {
      for await (const r of importRecords(source, { entity: "resident" }))
        if (r.kind === "record") yield r.record;
    })();
    run = exportRecords(records, { entity: "resident", format: "xlsx", level: 1 });
    ext = "xlsx";
  } else {
    const [format, extra, e] = FORMAT[task];
    run = exportRecords(residents(rows), { entity: "resident", format, ...extra });
    ext = e;
  }
  const out = fileURLToPath(new URL(`export-${task}.${ext}`, dir));
  const file = createWriteStream(out);
  for await (const chunk of run)
    if (!file.write(chunk)) await new Promise<void>((r) => file.once("drain", () => r()));
  await new Promise<void>((resolve, reject) =>
    file.end((e?: Error | null) => (e ? reject(e) : resolve())),
  );
  const s = await run.summary();
  return {
    task,
    rows: s.count,
    ms: performance.now() - start,
    cpuMs: cpu() - cpu0,
    bytes: statSync(out).size,
    rssMB: rss(),
  };
}

async function main() {
  const rows = Number(arg("rows") ?? 1_000_000);
  const dir = new URL("../data/", import.meta.url);
  const task = arg("task") as Task | undefined;
  if (task) {
    console.log(JSON.stringify(await measure(task, rows, dir)));
    return;
  }
  mkdirSync(dir, { recursive: true });
  await generate(rows, dir);
  const repeat = Number(arg("repeat") ?? 3);
  const all: Task[] = [
    "generate",
    "csv",
    "csv-gb18030",
    "xlsx",
    "xlsx-level1",
    "json",
    "ndjson",
    "convert-xlsx",
  ];
  // --tasks csv,xlsx measures some of them only.
  const tasks = arg("tasks") ? all.filter((t) => arg("tasks")!.split(",").includes(t)) : all;
  const results: Measured[] = [];
  for (const t of tasks) {
    let best: Measured | undefined;
    for (let k = 0; k < repeat; k++) {
      const out = execFileSync(
        process.execPath,
        [...process.execArgv, fileURLToPath(import.meta.url), "--task", t, "--rows", String(rows)],
        { encoding: "utf8", maxBuffer: 1 << 20 },
      );
      const m = JSON.parse(out.trim().split("\n").at(-1)!) as Measured;
      console.error(
        `${t}: ${(m.ms / 1000).toFixed(2)} s (CPU ${(m.cpuMs / 1000).toFixed(2)} s), ${(m.bytes / 1e6).toFixed(0)} MB, ${m.rssMB} MB RSS`,
      );
      best =
        !best || m.ms < best.ms
          ? { ...m, rssMB: Math.max(m.rssMB, best?.rssMB ?? 0) }
          : { ...best, rssMB: Math.max(m.rssMB, best.rssMB) };
    }
    results.push(best!);
  }
  const label: Record<Task, string> = {
    generate: "generating the records only (the baseline below is included in every other row)",
    csv: "CSV, UTF-8 with BOM, zh-CN labels",
    "csv-gb18030": "CSV, GB18030",
    xlsx: "XLSX, deflate level 6 (default)",
    "xlsx-level1": "XLSX, deflate level 1",
    json: "JSON, canonical records",
    ndjson: "NDJSON, canonical records",
    "convert-xlsx": "import the 1M-row CSV register, export XLSX (level 1): `linli convert`'s path",
  };
  console.log(`\n${rows.toLocaleString("en")} records · ${machine()} · best of ${repeat}\n`);
  console.log("| what | records | seconds | CPU seconds | records/s | output MB | peak RSS MB |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const m of results) {
    const s = m.ms / 1000;
    console.log(
      `| ${label[m.task]} | ${m.rows.toLocaleString("en")} | ${s.toFixed(2)} | ${(m.cpuMs / 1000).toFixed(2)} | ${Math.round(m.rows / s).toLocaleString("en")} | ${m.bytes ? (m.bytes / 1e6).toFixed(0) : "–"} | ${m.rssMB} |`,
    );
  }
}

if (process.argv[1]?.endsWith("run.ts")) await main();
