// Issue 9's privacy property: for random residents and every built-in profile except
// internal, no direct identifier of the input appears in any output byte — every export
// format and every merge output, the HTML report included.
import { inflateRawSync } from "node:zlib";
import { type ExportFormat, exportRecords } from "@linli/adapters";
import type { Resident } from "@linli/core";
import { resident } from "@linli/core/testing";
import {
  type ApplyProfileOptions,
  type BuiltinProfileName,
  generateSecret,
  pseudonymizer,
} from "@linli/privacy";
import { type Leak, leaks } from "@linli/privacy/testing";
import fc from "fast-check";
import { merge, mergeOutputFiles } from "linli";
import { beforeAll, describe, expect, it } from "vitest";

const PROFILES: BuiltinProfileName[] = ["partner-ngo", "public-statistics"];
const FORMATS: ExportFormat[] = ["csv", "xlsx", "json", "ndjson", "hxl"];
// HSDS is written by toHsds for organisations only; residents never reach it.

const u16 = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u32 = (b: Uint8Array, i: number) => (u16(b, i) | (u16(b, i + 2) << 16)) >>> 0;

/** The text of every part of a zip (XLSX), through its central directory. */
function unzipText(bytes: Uint8Array): string {
  let eocd = bytes.length - 22;
  while (eocd >= 0 && u32(bytes, eocd) !== 0x06054b50) eocd--;
  const entries = u16(bytes, eocd + 10);
  let p = u32(bytes, eocd + 16);
  const parts: string[] = [];
  for (let n = 0; n < entries; n++) {
    const method = u16(bytes, p + 10);
    const size = u32(bytes, p + 20);
    const local = u32(bytes, p + 42);
    const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    const data = bytes.subarray(start, start + size);
    parts.push(new TextDecoder().decode(method === 8 ? inflateRawSync(data) : data));
    p += 46 + u16(bytes, p + 28) + u16(bytes, p + 30) + u16(bytes, p + 32);
  }
  return parts.join("\n");
}

/** HTML and XML text as a reader sees it: character references decoded. */
const decodeEntities = (s: string) =>
  s
    .replace(/&#x([\da-f]+);/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

async function collect(
  chunks: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>,
): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const c of chunks) parts.push(typeof c === "string" ? new TextEncoder().encode(c) : c);
  return Buffer.concat(parts);
}

/** Every way an output's bytes can be read as text. */
function texts(name: string, bytes: Uint8Array, encoding = "utf-8"): [string, string][] {
  if (name.endsWith("xlsx")) {
    const xml = unzipText(bytes);
    return [
      [name, xml],
      [`${name} (unescaped)`, decodeEntities(xml)],
    ];
  }
  const text = new TextDecoder(encoding).decode(bytes);
  return [
    [name, text],
    [`${name} (unescaped)`, decodeEntities(text)],
  ];
}

/** A row with an ID or a phone written in a column that cannot hold it: the cell is withheld. */
const rejectedRow = fc
  .record({ person: resident, stray: fc.constantFrom("gender", "birthDate") })
  .filter(
    ({ person }) =>
      person.identifiers?.[0]?.scheme === "cn-citizen-id" &&
      /^1\d{10}$/.test(person.phones?.[0]?.number ?? ""),
  )
  .map(({ person, stray }) => {
    const id = person.identifiers![0]!.value;
    const phone = person.phones![0]!.number;
    const row: Record<string, string> = {
      姓名: person.name ?? "",
      身份证号: id,
      联系电话: phone,
      性别: stray === "gender" ? id : "男",
      出生日期: stray === "birthDate" ? phone : "1960-01-02",
    };
    // What the row says about its person, in the data model's shape, for leaks().
    const input = {
      name: person.name,
      identifiers: [{ scheme: "cn-citizen-id", value: id }],
      phones: [{ number: phone }],
    };
    return { row, input };
  });

const scenario = fc.record({
  residents: fc.uniqueArray(resident, {
    minLength: 2,
    maxLength: 5,
    selector: (r) => r.meta.id,
  }),
  rejected: fc.array(rejectedRow, { minLength: 1, maxLength: 2 }),
  moved: fc.constantFrom("13800138000", "029-88881234"),
});

describe("no direct identifier of the input in any shared output", () => {
  let options: Record<BuiltinProfileName, ApplyProfileOptions>;
  beforeAll(async () => {
    const p = await pseudonymizer(generateSecret());
    options = {
      internal: {},
      "partner-ngo": { asOf: "2022-01-05", pseudonymizer: p },
      "public-statistics": { asOf: "2022-01-05" },
    };
  });

  it("every export format and every merge output, for partner-ngo and public-statistics", async () => {
    let rejectedSeen = 0;
    let clustersSeen = 0;
    await fc.assert(
      fc.asyncProperty(scenario, async ({ residents, rejected, moved }) => {
        // The same people again in a second register, one with another phone: merged
        // clusters, conflicts and evidence reach the report.
        const again = residents.map((r, i) =>
          i === 0
            ? { ...r, meta: { ...r.meta, id: `${r.meta.id}-b` }, phones: [{ number: moved }] }
            : { ...r, meta: { ...r.meta, id: `${r.meta.id}-b` } },
        );
        const result = await merge([
          { name: "丈八社区", data: residents },
          { name: "小寨社区", data: again },
          { name: "曲江池社区", file: "曲江池社区.csv", data: rejected.map((r) => r.row) },
        ]);
        // Cells not taken into records: withheld (kept aside in meta.withheld) or rejected.
        rejectedSeen += result.issues.filter((i) => i.severity !== "warning").length;
        clustersSeen += result.clusters.filter((c) => c.rows.length > 1).length;
        const inputs: unknown[] = [
          ...residents,
          ...again,
          ...rejected.map((r) => r.input),
          { phones: [{ number: moved }] },
        ];

        for (const profile of PROFILES) {
          const outputs: [string, string][] = [];
          for (const format of FORMATS) {
            const run = exportRecords(residents as Resident[], {
              entity: "resident",
              format,
              profile,
              profileOptions: options[profile],
            });
            for (const x of texts(`export.${format}`, await collect(run))) outputs.push(x);
          }
          const gb = exportRecords(residents as Resident[], {
            entity: "resident",
            format: "csv",
            encoding: "gb18030",
            profile,
            profileOptions: options[profile],
          });
          for (const x of texts("export-gb18030.csv", await collect(gb), "gb18030"))
            outputs.push(x);
          for (const f of mergeOutputFiles(result, {
            profile,
            profileOptions: options[profile],
          })) {
            for (const x of texts(f.name, await collect(f.chunks()))) outputs.push(x);
          }
          const found: (Leak & { output: string })[] = [];
          for (const input of inputs) {
            for (const [output, text] of outputs) {
              for (const l of leaks(input, text, "resident", profile)) found.push({ ...l, output });
            }
          }
          expect(found, profile).toEqual([]);
        }
      }),
      { numRuns: 30, seed: 9, endOnFailure: true },
    );
    // The property saw what it is about: rejected rows and merged clusters.
    expect(rejectedSeen).toBeGreaterThanOrEqual(30);
    expect(clustersSeen).toBeGreaterThanOrEqual(60);
  }, 60_000);

  it("finds the identifiers when nothing is shared away (the check can fail)", async () => {
    const [r] = fc.sample(
      resident.filter((x) => x.identifiers?.[0]?.scheme === "cn-citizen-id"),
      { numRuns: 1, seed: 9 },
    );
    const twin = { ...r!, meta: { ...r!.meta, id: `${r!.meta.id}-b` } };
    const result = await merge([
      { name: "丈八社区", data: [r!] },
      { name: "小寨社区", data: [twin] },
    ]);
    const [report] = mergeOutputFiles(result, { formats: ["report"], report: { mask: false } });
    const html = new TextDecoder().decode(await collect(report!.chunks()));
    expect(leaks(r, html, "resident", "partner-ngo").map((l) => l.kind)).toContain("name");
    const [xlsx] = mergeOutputFiles(result, { formats: ["xlsx"] });
    const xml = unzipText(await collect(xlsx!.chunks()));
    expect(leaks(r, xml, "resident", "partner-ngo").map((l) => l.kind)).toContain("citizen-id");
  });
});
