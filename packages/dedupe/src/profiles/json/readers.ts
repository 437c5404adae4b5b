import { type EntityName, entities } from "@linli/core";
import { simplifyChars } from "../../comparators/shared.js";
import { reader } from "../../engine/encode.js";
import { columnReader } from "../columns.js";

/** Where a field of a JSON profile reads its value. */
export interface ValueSource {
  /** A column key of the entity ("phone", "address.compound", "creditCode"). */
  readonly column?: string;
  /** Several columns read into one multi-valued field (phone and phone2). */
  readonly anyOf?: readonly string[];
  /**
   * Several columns joined into one key (name + spec + unit): equal only when all are. A
   * record lacking one gives no key, unless the column ends in "?" (spec?: may be empty).
   */
  readonly allOf?: readonly string[];
  /** A dotted path into the record ("address", "meta.submission.id"). */
  readonly path?: string;
}

/** One part of a joined key: text without spaces, simplified, lower case. */
function keyPart(v: unknown): string {
  if (v === undefined || v === null) return "";
  const s = Array.isArray(v) ? v.map(keyPart).sort().join(",") : String(v);
  return simplifyChars(s.normalize("NFKC")).replace(/\s+/g, "").toLowerCase();
}

/** A reader for a value source, or the name of the column that is not one. */
export function sourceReader(
  entity: EntityName,
  source: ValueSource,
): ((record: unknown) => unknown) | { unknownColumn: string } {
  const schema = entities[entity];
  const column = (key: string) => {
    try {
      return columnReader(schema, key);
    } catch {
      return undefined;
    }
  };
  const many = (keys: readonly string[]) => {
    const readers = keys.map(column);
    const missing = readers.indexOf(undefined);
    return missing >= 0
      ? { unknownColumn: keys[missing]! }
      : (readers as ((r: unknown) => unknown)[]);
  };
  if (source.path !== undefined) return reader(source.path);
  if (source.column !== undefined) return column(source.column) ?? { unknownColumn: source.column };
  if (source.anyOf) {
    const readers = many(source.anyOf);
    if (!Array.isArray(readers)) return readers;
    return (record) => {
      const out: unknown[] = [];
      for (const read of readers) {
        const v = read(record);
        if (v !== undefined && v !== null && v !== "") out.push(v);
      }
      return out.length === 0 ? undefined : out.length === 1 ? out[0] : out;
    };
  }
  const keys = source.allOf ?? [];
  const optional = keys.map((k) => k.endsWith("?"));
  const readers = many(keys.map((k) => k.replace(/\?$/, "")));
  if (!Array.isArray(readers)) return readers;
  return (record) => {
    const parts = readers.map((read) => keyPart(read(record)));
    return parts.some((p, i) => p === "" && !optional[i]) ? undefined : parts.join("|");
  };
}
