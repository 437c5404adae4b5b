export { dedupeDuckDB, linkDuckDB } from "./api.js";
export type { RecordSource } from "./load.js";
