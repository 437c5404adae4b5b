import type { EntityName } from "@linli/core";
import { ImportError } from "../errors.js";
import { columnsByKey } from "../mapping/suggest.js";
import { type UserVocabulary, wordsFor } from "../vocabulary/vocabulary.js";
import { converterFor } from "./convert.js";
import { checkPhoneCountry } from "./phone-country.js";

/**
 * Read the values given for a whole file (`defaults` of an import, `--set field=value`) as
 * cells of their columns are read, by column key. Throws an {@link ImportError}
 * (`defaults.unknownField`, `defaults.invalid`, in zh-CN and en) for a key that is not a
 * column of the entity or a value its column cannot take, so a run stops before any row.
 * The user's vocabulary (the import's `vocabulary`, `--vocab`) is read here as in the cells, and
 * phone numbers without a country code as from `phoneCountry` (the import's, `--phone-country`;
 * an unknown code throws `phoneCountry.unknown`).
 *
 * @example
 * ```ts
 * import { readDefaults } from "@linli/adapters";
 * readDefaults("need", { category: "药品", status: "待处理" }); // { category: "medicine", status: "open" }
 * readDefaults("need", { colour: "red" }); // throws ImportError "defaults.unknownField"
 * readDefaults("need", { category: "口粮" }, "需求.csv", { category: { food: ["口粮"] } }); // { category: "food" }
 * readDefaults("organization", { phone: "(202) 555-0142" }, "orgs.csv", undefined, "US"); // { phone: "+12025550142" }
 * ```
 */
export function readDefaults(
  entity: EntityName,
  defaults: Readonly<Record<string, string>>,
  file = "(input)",
  vocabulary?: UserVocabulary,
  phoneCountry?: string,
): Record<string, unknown> {
  const country = checkPhoneCountry(phoneCountry, file);
  const converter = country ? { phoneCountry: country } : {};
  const byKey = columnsByKey(entity);
  const out: Record<string, unknown> = {};
  for (const [key, text] of Object.entries(defaults)) {
    const column = byKey.get(key);
    if (!column) throw new ImportError("defaults.unknownField", { file, field: key, entity });
    const r = converterFor(column, wordsFor(vocabulary, column), converter).call(undefined, text);
    if (!r.ok) {
      throw new ImportError("defaults.invalid", {
        file,
        field: key,
        value: text,
        detail: r.problems[0]!.detail,
      });
    }
    out[key] = r.value;
  }
  return out;
}
