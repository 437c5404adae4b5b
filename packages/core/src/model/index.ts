export { columnElementIndex, columnGetter, getColumn, setColumn } from "./access.js";
export { type Column, columns } from "./columns.js";
export { dataDictionary } from "./dictionary.js";
export { hasColumnValue, hasIdentity, identityColumns, identityLabel } from "./identity.js";
export { describe, type Node, type Property } from "./ir.js";
export { type JSONSchemaDocument, SCHEMA_BASE_URL, schemaId, toJSONSchema } from "./json-schema.js";
export { toTypeScript } from "./typescript.js";
