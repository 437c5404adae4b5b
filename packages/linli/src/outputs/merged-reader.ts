// Reading `merged.json` back, line by line, and proving it whole: every section's count and
// the CRC-32 of everything before the check line must agree with the check line, which
// `mergedJson` writes last. A file cut short, edited or put together wrongly is refused with
// what is wrong, instead of losing the records it no longer holds.

import { concatBytes } from "@linli/adapters";
import type { MessageParams } from "@linli/core";
import { isMergeResult } from "@linli/dedupe";
import type { MergeResult } from "../merge/types.js";
import { LinliError, type LinliMessageCode } from "../messages.js";
import { crc32, crcHex } from "./crc32.js";
import { expandMergeResult, refuseShared } from "./json.js";

const SECTIONS = ["records", "clusters", "conflicts", "issues"] as const;
type Section = (typeof SECTIONS)[number];
const OPEN = /^"(records|clusters|conflicts|issues)":\[$/;
const CHECK = /^"check":(\{[^{}]*\})\}$/;

/** The check line's content. */
export interface MergedCheck {
  readonly records: number;
  readonly clusters: number;
  readonly conflicts: number;
  readonly issues: number;
  readonly crc32: string;
}

/**
 * A `merged.json` fed in pieces (bytes as they are read, or its text), checked and turned
 * into a merge result at {@link MergedJsonReader.end}.
 */
export class MergedJsonReader {
  private crc = 0;
  private pending: Uint8Array[] = [];
  private lines = 0;
  private readonly head: string[] = [];
  private readonly lists: Record<Section, unknown[]> = {
    records: [],
    clusters: [],
    conflicts: [],
    issues: [],
  };
  private section: Section | undefined;
  private closed = -1;
  private check: MergedCheck | undefined;
  private readonly decoder = new TextDecoder("utf-8", { fatal: true });
  private readonly encoder = new TextEncoder();

  constructor(readonly file: string) {}

  private fail(code: LinliMessageCode, params: MessageParams = {}): never {
    throw new LinliError(code, { file: this.file, line: this.lines, ...params });
  }

  /** Bytes of the file, in order, in pieces of any size. */
  push(bytes: Uint8Array): void {
    let start = 0;
    for (;;) {
      const nl = bytes.indexOf(0x0a, start);
      if (nl < 0) {
        if (start < bytes.length) this.pending.push(bytes.slice(start));
        return;
      }
      let line = bytes.subarray(start, nl + 1);
      if (this.pending.length > 0) {
        this.pending.push(line);
        line = concatBytes(this.pending);
        this.pending = [];
      }
      this.line(line);
      start = nl + 1;
    }
  }

  /** The file's text, whole or in pieces that end at line ends. */
  pushText(text: string): void {
    let start = 0;
    while (start < text.length) {
      const nl = text.indexOf("\n", start);
      const end = nl < 0 ? text.length : nl + 1;
      this.push(this.encoder.encode(text.slice(start, end)));
      start = end;
    }
  }

  private line(bytes: Uint8Array): void {
    this.lines++;
    let text: string;
    try {
      text = this.decoder.decode(bytes);
    } catch {
      this.fail("merge.mergedDamaged", { detail: "UTF-8" });
    }
    const t = text.trim();
    if (this.check) {
      if (t !== "") this.fail("merge.mergedAfterEnd");
      return;
    }
    const check = this.closed === SECTIONS.length - 1 ? CHECK.exec(t) : null;
    if (check) {
      try {
        this.check = JSON.parse(check[1]!) as MergedCheck;
      } catch {
        this.fail("merge.mergedDamaged", { detail: "check" });
      }
      return;
    }
    this.crc = crc32(bytes, this.crc);
    if (this.section === undefined) {
      const open = OPEN.exec(t);
      if (!open) {
        if (this.closed >= 0) this.fail("merge.mergedDamaged", { detail: t.slice(0, 40) });
        this.head.push(t);
        return;
      }
      if (open[1] !== SECTIONS[this.closed + 1]) {
        this.fail("merge.mergedDamaged", { detail: `"${open[1]}"` });
      }
      this.section = open[1] as Section;
      return;
    }
    if (t === "]," || t === "]") {
      this.closed++;
      this.section = undefined;
      return;
    }
    try {
      this.lists[this.section].push(JSON.parse(t.endsWith(",") ? t.slice(0, -1) : t));
    } catch (e) {
      this.fail("merge.mergedDamaged", { detail: (e as Error).message });
    }
  }

  /** The merge result, once every byte has been pushed; throws a `LinliError` if it is not whole. */
  end(): MergeResult {
    if (this.pending.length > 0) {
      const last = concatBytes(this.pending);
      this.pending = [];
      this.line(last);
    }
    const check = this.check;
    if (!check) {
      // Cut inside the sections, or a whole file without a check line.
      this.fail(this.closed < SECTIONS.length - 1 ? "merge.mergedCut" : "merge.mergedNoCheck");
    }
    for (const s of SECTIONS) {
      const found = this.lists[s].length;
      if (check[s] !== found) {
        this.fail("merge.mergedCount", { section: s, found, expected: String(check[s]) });
      }
    }
    if (check.crc32 !== crcHex(this.crc)) this.fail("merge.mergedChecksum");
    let fields: Record<string, unknown>;
    try {
      fields = JSON.parse(`${this.head.join("").replace(/,$/, "")}}`);
    } catch (e) {
      this.fail("merge.mergedDamaged", { detail: (e as Error).message });
    }
    const value = { ...fields, ...this.lists };
    refuseShared(value, this.file);
    if (!isMergeResult(value)) this.fail("merge.mergedDamaged", { detail: "format" });
    consistent(value as MergeResult, this.file);
    return expandMergeResult(value as MergeResult);
  }
}

/** Records and clusters go in pairs, each cluster with its rows and the record's id. */
function consistent(value: MergeResult, file: string): void {
  const { records, clusters } = value;
  if (records.length !== clusters.length) {
    throw new LinliError("merge.mergedClusters", {
      file,
      records: records.length,
      clusters: clusters.length,
      detail: "≠",
    });
  }
  for (let i = 0; i < clusters.length; i++) {
    const c = clusters[i] as { id?: unknown; rows?: unknown };
    const id = (records[i] as { meta?: { id?: unknown } } | null)?.meta?.id;
    if (!Array.isArray(c?.rows) || c.rows.length === 0 || c.id !== id) {
      throw new LinliError("merge.mergedClusters", {
        file,
        records: records.length,
        clusters: clusters.length,
        detail: `${i + 1}: ${String(id)}`,
      });
    }
  }
}
