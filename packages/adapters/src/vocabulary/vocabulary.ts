import {
  type Column,
  columns,
  entities,
  entityNames,
  expectArgument,
  expectText,
  type Localized,
} from "@linli/core";
import { ImportError } from "../errors.js";
import type { UserWords } from "../record/convert.js";
import { listChoiceColumns } from "./list-choices.js";

/**
 * A user's vocabulary: per choice field, per value of the model, the texts their files write
 * for it, e.g. `{ relationToHead: { spouse: ["老伴", "内人"] } }`. A field is named by its
 * column key (`household.relationToHead`) or the key's last part (`relationToHead`). It extends
 * the model's own codes and synonyms, and wins over them.
 *
 * @example
 * ```ts
 * import type { UserVocabulary } from "@linli/adapters";
 * const v: UserVocabulary = { tenure: { rented: ["合租"] }, kind: { "red-cross": ["红会"] } };
 * ```
 */
export type UserVocabulary = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

/** Every choice column of the model (and choice inside a list) by the names a vocabulary may give it. */
let byName: Map<string, Column[]> | undefined;
function choiceColumns(): Map<string, Column[]> {
  if (byName) return byName;
  byName = new Map();
  const all = [...entityNames.flatMap((e) => columns(entities[e])), ...listChoiceColumns()];
  for (const c of all) {
    if (!c.options) continue;
    for (const name of new Set([c.key, c.key.slice(c.key.lastIndexOf(".") + 1)])) {
      const list = byName.get(name) ?? [];
      if (!list.some((x) => x.key === c.key && x.options === c.options)) list.push(c);
      byName.set(name, list);
    }
  }
  return byName;
}

const key = (s: string) =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s.。·]+/g, "");
const list = (values: Iterable<string>, n = 40) => {
  const all = [...values];
  return all.length > n ? `${all.slice(0, n).join(", ")}, …` : all.join(", ");
};

/**
 * Check a user vocabulary against the model: every field must be a choice field of some
 * entity, every value one of its options, every text a non-empty string given to one value
 * only. Returns the vocabulary with single texts as lists; throws an {@link ImportError}
 * (`vocabulary.shape`, `vocabulary.unknownField`, `vocabulary.unknownValue`,
 * `vocabulary.conflict`) naming the file, the field and what was expected, in zh-CN and en.
 *
 * @example
 * ```ts
 * import { checkVocabulary } from "@linli/adapters";
 * checkVocabulary({ relationToHead: { spouse: "老伴" } }, "words.json");
 * // { relationToHead: { spouse: ["老伴"] } }
 * ```
 */
export function checkVocabulary(input: unknown, file = "(vocabulary)"): UserVocabulary {
  expectText("checkVocabulary", "file", file);
  const shape = (at: string, detail: Localized | string) =>
    new ImportError("vocabulary.shape", { file, at, detail });
  if (!isObject(input)) throw shape("", EXPECTED);
  const known = choiceColumns();
  const out: Record<string, Record<string, string[]>> = {};
  for (const [field, byValue] of Object.entries(input)) {
    const cols = known.get(field);
    if (!cols) {
      throw new ImportError("vocabulary.unknownField", {
        file,
        field,
        fields: list([...known.keys()].filter((k) => !k.includes(".")).sort()),
      });
    }
    if (!isObject(byValue)) throw shape(field, EXPECTED);
    const options = new Set(cols.flatMap((c) => Object.keys(c.options!)));
    const owner = new Map<string, string>();
    const values: Record<string, string[]> = {};
    for (const [value, texts] of Object.entries(byValue)) {
      if (!options.has(value)) {
        throw new ImportError("vocabulary.unknownValue", {
          file,
          field,
          value,
          values: list(options),
        });
      }
      const all = Array.isArray(texts) ? texts : [texts];
      for (const t of all) {
        if (typeof t !== "string" || t.trim() === "") {
          throw shape(`${field}.${value}`, { "zh-CN": "非空文字", en: "a non-empty text" });
        }
        const k = key(t);
        const before = owner.get(k);
        if (before !== undefined && before !== value) {
          throw new ImportError("vocabulary.conflict", {
            file,
            field,
            text: t,
            a: before,
            b: value,
          });
        }
        owner.set(k, value);
        listAt(values, value).push(t.trim());
      }
    }
    out[field] = values;
  }
  return out;
}

const EXPECTED: Localized = {
  "zh-CN": '形如 {"字段": {"取值": ["文字", …]}} 的对象',
  en: 'an object like {"field": {"value": ["text", …]}}',
};

/** The list under `k`, made when missing. */
function listAt<T>(o: Record<string, T[]>, k: string): T[] {
  let l = o[k];
  if (!l) {
    l = [];
    o[k] = l;
  }
  return l;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Read a vocabulary file (JSON, UTF-8, a byte-order mark allowed) and check it with
 * {@link checkVocabulary}. A file that is not JSON fails with `vocabulary.json`, the parser's
 * reason and the file's name.
 *
 * @example
 * ```ts
 * import { parseVocabulary } from "@linli/adapters";
 * parseVocabulary('{"tenure": {"rented": ["合租"]}}', "words.json"); // { tenure: { rented: ["合租"] } }
 * ```
 */
export function parseVocabulary(text: string, file: string): UserVocabulary {
  expectText("parseVocabulary", "text", text);
  expectText("parseVocabulary", "file", file);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new ImportError("vocabulary.json", { file, detail: (e as Error).message });
  }
  return checkVocabulary(parsed, file);
}

/**
 * The user's words for one column: those given under its key or the key's last part, for the
 * column's own options.
 *
 * @example
 * ```ts
 * import { columns, Resident } from "@linli/core";
 * import { wordsFor } from "@linli/adapters";
 * const column = columns(Resident).find((c) => c.key === "household.relationToHead")!;
 * wordsFor({ relationToHead: { spouse: ["老伴"] } }, column); // { spouse: ["老伴"] }
 * ```
 */
export function wordsFor(
  vocabulary: UserVocabulary | undefined,
  column: Column,
): UserWords | undefined {
  if (!vocabulary || !column.options) return undefined;
  const last = column.key.slice(column.key.lastIndexOf(".") + 1);
  let out: Record<string, string[]> | undefined;
  for (const name of new Set([column.key, last])) {
    for (const [value, texts] of Object.entries(vocabulary[name] ?? {})) {
      if (!(value in column.options)) continue;
      out ??= {};
      const to = listAt(out, value);
      for (const t of texts) to.push(t);
    }
  }
  return out;
}

/**
 * Join vocabularies (from several files): texts add up per field and value.
 *
 * @example
 * ```ts
 * import { mergeVocabularies } from "@linli/adapters";
 * mergeVocabularies([{ tenure: { rented: ["合租"] } }, { tenure: { rented: ["群租"] } }]);
 * // { tenure: { rented: ["合租", "群租"] } }
 * ```
 */
export function mergeVocabularies(all: readonly UserVocabulary[]): UserVocabulary {
  expectArgument("mergeVocabularies", "all", "list", all);
  const out: Record<string, Record<string, string[]>> = {};
  for (const v of all) {
    for (const [field, byValue] of Object.entries(v)) {
      const f = out[field] ?? {};
      out[field] = f;
      for (const [value, texts] of Object.entries(byValue)) {
        const to = listAt(f, value);
        for (const t of texts) if (!to.includes(t)) to.push(t);
      }
    }
  }
  return out;
}
