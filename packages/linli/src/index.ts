/**
 * linli (邻里): one package for community mutual-aid data — validate and merge the
 * spreadsheets of many communities with one call ({@link merge}), match needs with supplies
 * and volunteers ({@link match}, {@link matchOutputFiles}), and the most used parts of
 * `@linli/core`, `@linli/adapters`, `@linli/dedupe`, `@linli/privacy` and `@linli/match` by
 * name.
 *
 * Everything else of those packages is under a subpath of the same name, complete and
 * unchanged: `linli/core`, `linli/adapters`, `linli/dedupe`, `linli/privacy`, `linli/match`. The main
 * entry picks names explicitly (never `export *`), so two packages can never clash in it; where
 * two share a name, the subpaths keep both. File paths and writing outputs are in
 * `linli/node`.
 *
 * @example
 * ```ts
 * import { merge, renderReport, validate } from "linli";
 * const result = await merge([
 *   new File(["姓名,联系电话\n王伟,13800138000\n"], "丈八社区.csv"),
 *   new File(["姓名,手机\n王伟,138 0013 8000\n"], "小寨社区.csv"),
 * ]);
 * const html = renderReport(result);
 * ```
 *
 * @module
 */

export {
  type ColumnMapping,
  ImportError,
  type ImportOptions,
  type ImportResult,
  importFile,
  importRecords,
  type MappingReport,
  type RowIssue,
  readTable,
  type SavedMapping,
  saveMapping,
  suggestMapping,
} from "@linli/adapters";
export {
  checkCitizenId,
  checkCreditCode,
  checkPhone,
  columns,
  type EntityName,
  type EntityRecord,
  entities,
  entityNames,
  getColumn,
  type Issue,
  type Locale,
  type Localized,
  normalizeName,
  parseAddress,
  parseDate,
  SCHEMA_VERSION,
  toJSONSchema,
  toSimplified,
  validate,
  validator,
} from "@linli/core";
export {
  type DedupeOptions,
  dedupe,
  explainPair,
  type FieldConflict,
  type FieldProvenance,
  isMergeResult,
  link,
  type MatchEvidence,
  type MemberRow,
  MergeError,
  type MergeIssue,
  type MergeProgress,
  type SourceRowRef,
  type SourceSummary,
  type SurvivorshipRule,
} from "@linli/dedupe";
export {
  type MatchInput,
  type MatchOptions,
  type MatchPlan,
  match,
  rollup,
} from "@linli/match";
export {
  applyProfile,
  builtinProfiles,
  generateSecret,
  profiler,
  pseudonymizer,
} from "@linli/privacy";
export {
  type MatchOutputFile,
  type MatchOutputKind,
  type MatchOutputOptions,
  matchOutputFiles,
} from "./match/index.js";
export { merge } from "./merge/index.js";
export type {
  FileMapping,
  MergeData,
  MergeInput,
  MergeOptions,
  MergeResult,
  MergeSourceInput,
  SourceImportOptions,
} from "./merge/types.js";
export { LinliError, type LinliMessageCode, linliMessage } from "./messages.js";
export {
  EXPORT_LOG_FILE,
  type MergeOutputOptions,
  mergeOutputFiles,
  OUTPUT_FILES,
  type OutputFile,
  type OutputKind,
} from "./outputs/files.js";
export { parseMergeResult } from "./outputs/json.js";
export { type IssueSharing, issueSharing } from "./outputs/share.js";
export { type ReportOptions, renderReport, reportFigures } from "./report/index.js";
