/**
 * Validation throughput on 200,000 generated resident records, 10% of them invalid, in one
 * run: linli's compiled validator (verdict, and verdict plus issues), zod's plain safeParse,
 * and ajv on the generated JSON Schema.
 */
import { readFileSync } from "node:fs";
import { Resident, validator } from "@linli/core";
import { resident } from "@linli/core/testing";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import fc from "fast-check";
import { machine, median, rate } from "../machine.js";

const N = 200_000;
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule })
  .default ?? addFormatsModule) as typeof addFormatsModule;

const t0 = performance.now();
const records = fc.sample(resident, { numRuns: N, seed: 42 }) as Record<string, unknown>[];
// Every tenth record breaks in one of the ways registers do.
const breakers: ((r: Record<string, unknown>) => void)[] = [
  (r) => {
    r.name = "";
  },
  (r) => {
    r.gender = "男";
  },
  (r) => {
    r.birthDate = "1985/3/2";
  },
  (r) => {
    r.phones = [{ number: "138-0013-8000" }];
  },
];
records.forEach((r, i) => {
  if (i % 10 === 0) breakers[(i / 10) % breakers.length]!(r);
});
const valid = records.filter((_, i) => i % 10 !== 0);
console.error(`generated ${N} records in ${Math.round(performance.now() - t0)} ms`);

const ajv = new Ajv2020({ strict: false, allErrors: false });
addFormats(ajv);
const schema = JSON.parse(
  readFileSync(new URL("../../schemas/resident.schema.json", import.meta.url), "utf8"),
);
const ajvCheck = ajv.compile(schema);
const check = validator("resident");

const contenders: [string, (x: unknown) => unknown][] = [
  ["linli validator (compiled zod) — verdict", (x) => check.is(x)],
  ["linli validator — verdict + issues for failures", (x) => check(x).ok],
  ["zod safeParse", (x) => Resident.safeParse(x).success],
  ["ajv on resident.schema.json", (x) => ajvCheck(x)],
];

function once(data: unknown[], f: (x: unknown) => unknown): number {
  const t = performance.now();
  for (let i = 0; i < data.length; i++) f(data[i]);
  return data.length / ((performance.now() - t) / 1000);
}

// Warm every contender, then take turns so that drift in machine speed hits all alike.
for (const [, f] of contenders) for (let i = 0; i < 20_000; i++) f(records[i]);
const all: number[][] = contenders.map(() => []);
const validOnly: number[][] = contenders.map(() => []);
for (let rep = 0; rep < 7; rep++) {
  contenders.forEach(([, f], k) => {
    all[k]!.push(once(records, f));
    validOnly[k]!.push(once(valid, f));
  });
}
const rows = contenders.map(([name], k) => ({
  name,
  all: median(all[k]!),
  valid: median(validOnly[k]!),
}));
const fastestValid = rows.reduce((m, r) => Math.max(m, r.valid), 0);
console.log(`Validating ${rate(N)} resident records (10% invalid) · ${machine()}\n`);
console.log("| Validator | records/s, all rows | records/s, valid rows | valid rows vs fastest |");
console.log("|---|---:|---:|---:|");
for (const r of rows) {
  console.log(
    `| ${r.name} | ${rate(r.all)} | ${rate(r.valid)} | ${(fastestValid / r.valid).toFixed(2)}× |`,
  );
}
