import { exportRecords } from "@linli/adapters";
import type { Locale } from "@linli/core";
import type { BuiltinProfileName } from "@linli/privacy";
import { EXPORT_LOG_FILE, type MergeResult, mergeOutputFiles, type OutputKind } from "linli";
import { downloadName } from "../logic/names.js";
import type { DownloadKind } from "./protocol.js";

const TYPES: Record<DownloadKind, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv;charset=utf-8",
  hxl: "text/csv;charset=utf-8",
  json: "application/json",
  report: "text/html;charset=utf-8",
  issues: "application/json",
  log: "application/json",
};

type Part = string | Uint8Array;

async function collect(chunks: Iterable<Part> | AsyncIterable<Part>): Promise<BlobPart[]> {
  const parts: BlobPart[] = [];
  for await (const c of chunks) parts.push(typeof c === "string" ? c : new Uint8Array(c));
  return parts;
}

/**
 * The downloads of a merge under one sharing profile, made on request; the export log lists
 * every file downloaded under that profile so far.
 */
export class Downloads {
  private readonly made = new Map<string, Set<string>>();

  constructor(private readonly result: MergeResult) {}

  async file(
    kind: DownloadKind,
    lang: Locale,
    profile: BuiltinProfileName,
    date: string,
  ): Promise<{ name: string; blob: Blob }> {
    const now = new Date();
    let name: string;
    let parts: BlobPart[];
    if (kind === "hxl") {
      name = "merged.hxl.csv";
      parts = await collect(
        exportRecords(this.result.records, {
          entity: this.result.entity,
          format: "hxl",
          lang,
          profile,
        }),
      );
    } else if (kind === "log") {
      const formats = [...(this.made.get(profile) ?? [])] as OutputKind[];
      const log = mergeOutputFiles(this.result, {
        lang,
        profile,
        formats: [],
        report: { date: now },
      });
      const entry = log.find((f) => f.name === EXPORT_LOG_FILE)!;
      const text = (await collect(entry.chunks())).join("");
      // The log lists what was downloaded under this profile, by the names given to them.
      const parsed = JSON.parse(text) as Record<string, unknown>;
      parsed.files = formats.map((f) => downloadName(date, profile, f));
      name = EXPORT_LOG_FILE;
      parts = [`${JSON.stringify(parsed, null, 2)}\n`];
    } else {
      const output: OutputKind = kind;
      const [f] = mergeOutputFiles(this.result, {
        lang,
        profile,
        formats: [output],
        report: { date: now },
      });
      name = f!.name;
      parts = await collect(f!.chunks());
    }
    if (kind !== "log") {
      let set = this.made.get(profile);
      if (!set) {
        set = new Set();
        this.made.set(profile, set);
      }
      set.add(name);
    }
    return {
      name: downloadName(date, profile, name),
      blob: new Blob(parts, { type: TYPES[kind] }),
    };
  }
}
