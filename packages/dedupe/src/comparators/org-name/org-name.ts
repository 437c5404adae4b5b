import { toSimplified } from "@linli/core";
import type { Comparator } from "../../types.js";
import { jaroWinkler } from "../jaro-winkler/jaro-winkler.js";
import { asText } from "../shared.js";

// Legal-form and filler words that vary between registers of the same organisation.
const FILLER =
  /(?:有限责任公司|股份有限公司|有限公司|分公司|公司|志愿者?服务队|志愿者协会|志愿服务中心|服务中心|协会|基金会|中心|委员会|居委会|村委会|\(.*?\)|（.*?）)/g;
const REGION = /^(?:.*?省)?(?:.*?市)?(?:.*?[区县](?<!小区))?/;

/**
 * Organisation names: traditional/simplified and full/half width folded, brackets and
 * legal forms (有限公司, 协会, 服务中心…) and a leading province/city/district dropped for the
 * `core` level. Levels: `exact`, `core` (same name once those are dropped), `jw>=0.9`,
 * `jw>=0.8`, `different`.
 *
 * @example
 * ```ts
 * import { comparators } from "@linli/dedupe";
 * const c = comparators.orgName();
 * const f = (s: string) => c.features(c.normalize(s)!);
 * c.levels[c.compare(f("西安市雁塔区阳光志愿者协会"), f("阳光志愿者协会（雁塔）"))]; // "core"
 * ```
 */
export function orgName(): Comparator<{ full: string; core: string }> {
  return {
    id: "org-name",
    levels: ["exact", "core", "jw>=0.9", "jw>=0.8", "different"],
    normalize: (value) => {
      const s = asText(value);
      return s === undefined ? undefined : toSimplified(s).replace(/\s+/g, "").toLowerCase();
    },
    features(key) {
      const core = key.replace(REGION, "").replace(FILLER, "");
      return { full: key, core: core === "" ? key : core };
    },
    compare(a, b) {
      if (a.full === b.full) return 0;
      if (a.core === b.core) return 1;
      const s = jaroWinkler(a.core, b.core);
      return s >= 0.9 ? 2 : s >= 0.8 ? 3 : 4;
    },
  };
}
