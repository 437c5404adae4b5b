// The entity of a merge's files when none is given: each file's guess, as `linli merge` makes
// it; files of different kinds are refused, never merged as one kind.
import { concatBytes, detectEntity, entityLabel } from "@linli/adapters";
import type { EntityName } from "@linli/core";
import { LinliError } from "../messages.js";
import type { Opener } from "./read-source.js";
import type { MergeInput, MergeSourceInput } from "./types.js";

// Bytes enough for a header and the first rows (a workbook is read whole).
const HEAD = 64 * 1024;
const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b;
const isBlob = (x: unknown): x is Blob => typeof Blob !== "undefined" && x instanceof Blob;

async function headOfStream(stream: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let size = 0;
  let zip: boolean | undefined;
  // Leaving the loop early closes the stream (a file handle with it).
  for await (const chunk of stream) {
    parts.push(chunk);
    size += chunk.length;
    zip ??= isZip(chunk);
    if (!zip && size >= HEAD) break;
  }
  return concatBytes(parts);
}

/** The first bytes of an input that is a file, with the name it goes by. */
async function headOf(
  input: MergeInput,
  open: Opener | undefined,
): Promise<{ file: string; bytes: Uint8Array } | undefined> {
  const given: MergeSourceInput =
    typeof input === "string" || isBlob(input) ? { data: input } : (input as MergeSourceInput);
  const data = given?.data as unknown;
  if (typeof data === "string") {
    if (!open) return undefined;
    const o = await open(data);
    if (!("bytes" in o)) return undefined;
    const b = o.bytes as unknown;
    const file = given.file ?? data;
    if (b instanceof Uint8Array) return { file, bytes: b };
    if (b instanceof ArrayBuffer) return { file, bytes: new Uint8Array(b) };
    if (b && typeof b === "object" && Symbol.asyncIterator in b) {
      return { file, bytes: await headOfStream(b as AsyncIterable<Uint8Array>) };
    }
    return undefined;
  }
  const own = (data as { name?: unknown } | undefined)?.name;
  const file = given.file ?? (typeof own === "string" ? own : (given.name ?? ""));
  if (data instanceof Uint8Array) return { file, bytes: data };
  if (data instanceof ArrayBuffer) return { file, bytes: new Uint8Array(data) };
  if (isBlob(data)) {
    const head = new Uint8Array(await data.slice(0, HEAD).arrayBuffer());
    return { file, bytes: isZip(head) ? new Uint8Array(await data.arrayBuffer()) : head };
  }
  return undefined;
}

/**
 * The entity of the files of a merge, guessed per file from its columns (a saved mapping
 * names its own); `undefined` when no file says. Throws `merge.mixedEntities` when files
 * are of different kinds.
 */
export async function inputsEntity(
  inputs: readonly MergeInput[],
  open: Opener | undefined,
): Promise<EntityName | undefined> {
  const found: { file: string; entity: EntityName }[] = [];
  for (const input of inputs) {
    const mapped = (input as MergeSourceInput | undefined)?.mapping?.entity;
    if (mapped) {
      found.push({ file: (input as MergeSourceInput).file ?? "", entity: mapped });
      continue;
    }
    const head = await headOf(input, open);
    if (!head) continue;
    const guess = await detectEntity(head.bytes, head.file ? { fileName: head.file } : {});
    if (guess.entity) found.push({ file: head.file, entity: guess.entity });
  }
  const kinds = new Set(found.map((f) => f.entity));
  if (kinds.size > 1) {
    const list = (lang: "zh-CN" | "en") =>
      found
        .map((f) => `${f.file || "?"}: ${entityLabel(f.entity, lang)} (${f.entity})`)
        .join(lang === "zh-CN" ? "；" : "; ");
    throw new LinliError("merge.mixedEntities", {
      files: { "zh-CN": list("zh-CN"), en: list("en") },
    });
  }
  return found[0]?.entity;
}
