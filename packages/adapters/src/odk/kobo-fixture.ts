import { citizenIdCheckChar } from "@linli/core";
import { formatCsv } from "../csv/write.js";
import { writeXlsx } from "../xlsx/write.js";

/** A KoboToolbox-style export of the linli resident form, made for tests: n submissions. */
export function koboResidents(n: number, options: { splitChoices?: boolean } = {}) {
  const rows = koboRows(n, options);
  const bytes = writeXlsx([
    { name: "居民登记", rows: rows.main },
    { name: "members", rows: rows.members },
  ]);
  return { bytes, ...rows };
}

/**
 * The same export as CSV files (`居民登记.csv` and `居民登记-members.csv`), the members in a
 * scrambled order so that joining them cannot rely on it. For tests and benchmarks at scale.
 */
export function koboCsvFiles(n: number) {
  const rows = koboRows(n);
  const [head, ...members] = rows.members;
  // A fixed permutation: member k goes to (k * step) mod m, step coprime with m.
  const m = members.length;
  let step = Math.floor(m * 0.618) | 1;
  while (m > 1 && gcd(step, m) !== 1) step += 2;
  const scrambled = new Array<string[]>(m);
  for (let k = 0; k < m; k++) scrambled[(k * step) % m] = members[k]!;
  const enc = new TextEncoder();
  return {
    files: [
      { name: "居民登记.csv", bytes: enc.encode(formatCsv(rows.main)) },
      { name: "居民登记-members.csv", bytes: enc.encode(formatCsv([head!, ...scrambled])) },
    ],
    ...rows,
  };
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** The rows of a KoboToolbox-style export: n submissions, i % 4 household members each. */
export function koboRows(n: number, options: { splitChoices?: boolean } = {}) {
  // The sequence number's last digit gives the sex (odd: male), as the gender column says.
  const id = (i: number, male: boolean) => {
    const seq = 100 + 2 * (i % 450) + (male ? 1 : 0);
    const first = `6101131985${String(1 + (i % 12)).padStart(2, "0")}${String(1 + (i % 28)).padStart(2, "0")}${seq}`;
    return first + citizenIdCheckChar(first);
  };
  const uuid = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`;
  const choices = ["elderly-living-alone", "disabled", "chronic-illness"];
  const head = [
    "start",
    "name",
    "gender",
    "citizenId",
    "phone",
    "household/relationToHead",
    "address/compound",
    "address/building",
    "address/room",
    ...(options.splitChoices ? choices.map((c) => `vulnerabilities/${c}`) : ["vulnerabilities"]),
    "quarantine/status",
    "_id",
    "_uuid",
    "_submission_time",
    "_validation_status",
    "_status",
    "_submitted_by",
    "__version__",
    "_tags",
    "_index",
  ];
  const main: string[][] = [head];
  const members: string[][] = [
    [
      "household/members/name",
      "household/members/relationship",
      "household/members/gender",
      "household/members/citizenId",
      "_index",
      "_parent_table_name",
      "_parent_index",
      "_submission__id",
      "_submission__uuid",
      "_submission__submission_time",
    ],
  ];
  let m = 0;
  for (let i = 1; i <= n; i++) {
    const picked = choices.filter((_, k) => (i + k) % 3 === 0);
    main.push([
      "2024-03-01T08:00:00.000+08:00",
      `居民${i}`,
      i % 2 ? "female" : "male",
      id(i, i % 2 === 0),
      `138${String(i).padStart(8, "0")}`,
      "head",
      "曲江池小区",
      String(1 + (i % 9)),
      `${100 + i}`,
      ...(options.splitChoices
        ? choices.map((c) => (picked.includes(c) ? "1" : "0"))
        : [picked.join(" ")]),
      i % 5 === 0 ? "in-quarantine" : "none",
      String(9000 + i),
      uuid(i),
      "2024-03-01T01:30:00",
      "",
      "submitted_via_web",
      "enumerator1",
      "vAbC123",
      "",
      String(i),
    ]);
    for (let k = 0; k < i % 4; k++) {
      m++;
      members.push([
        `同住${i}-${k}`,
        k === 0 ? "spouse" : "child",
        k % 2 ? "male" : "female",
        k === 0 ? id(i + 1000, false) : "",
        String(m),
        "居民登记",
        String(i),
        String(9000 + i),
        uuid(i),
        "2024-03-01T01:30:00",
      ]);
    }
  }
  return { main, members, submissions: n, memberRows: m };
}
