import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

// ajv-formats is CommonJS; its default export arrives wrapped under some loaders.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule })
  .default ?? addFormatsModule) as typeof addFormatsModule;

/** A strict ajv for 2020-12 that knows linli's `x-` keywords and validates formats. */
export function strictAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
  addFormats(ajv);
  for (const k of [
    "x-label",
    "x-description",
    "x-hxl",
    "x-pii",
    "x-aliases",
    "x-form",
    "x-options",
    "x-vocabulary",
    "x-columns",
    "x-separator",
    "x-entity",
    "x-format",
    "x-identity",
    "x-schema-version",
  ]) {
    ajv.addKeyword({ keyword: k, schemaType: ["string", "object", "array"] });
  }
  return ajv;
}
