/**
 * Import for linli: any community spreadsheet in — CSV/TSV in UTF-8, GB18030 or UTF-16,
 * XLSX, JSON, NDJSON, HXL, 问卷星 and 金数据 exports — validated records of `@linli/core`
 * out, every row accounted for. Browser-safe; `@linli/adapters/node` adds file paths.
 *
 * @example
 * ```ts
 * import { importFile } from "@linli/adapters";
 * const file = new File(["姓名,电话\n王伟,13800138000\n"], "居民.csv");
 * const { records, summary } = await importFile(file, { entity: "resident" });
 * ```
 *
 * @module
 */

// The log an export with a sharing profile writes beside its file (from @linli/privacy).
export { type ExportLog, type ExportLogInput, exportLog, exportLogName } from "@linli/privacy";
export {
  isFormulaRisk,
  neutralizeFormula,
  restoreFormula,
  textFormulaValue,
} from "./csv/formula.js";
export type { CsvParserOptions } from "./csv/parse.js";
export { CsvParser } from "./csv/parse.js";
export { sniffDelimiter } from "./csv/sniff.js";
export type { CsvCell, CsvEncodeOptions, CsvWriteOptions } from "./csv/write.js";
export { csvRowFormatter, formatCsv, writeCsv } from "./csv/write.js";
export { decodeText } from "./encoding/decode.js";
export type { TextEncodingName } from "./encoding/detect.js";
export { detectEncoding, encodingName, TEXT_ENCODINGS } from "./encoding/detect.js";
export { byteOrderMark, encodeText } from "./encoding/encode.js";
export type { MixedLines } from "./encoding/mixed.js";
export { LineEncodingScan } from "./encoding/mixed.js";
export { ImportError } from "./errors.js";
export { formatAddress } from "./export/address.js";
export { excelSerial } from "./export/cells.js";
export type {
  ExportFormat,
  ExportOptions,
  ExportRun,
  ExportSummary,
} from "./export/export-records.js";
export { entityLabel, exportRecords } from "./export/export-records.js";
export type { ExportMessageCode, ExportNote } from "./export/messages.js";
export { exportMessage } from "./export/messages.js";
export type { HsdsDataset, HsdsOptions } from "./hsds/hsds.js";
export { LINLI_HSDS_NAMESPACE, toHsds } from "./hsds/hsds.js";
export type { HsdsTable } from "./hsds/package-tables.js";
export { HSDS_TABLES, hsdsTableOf } from "./hsds/package-tables.js";
export type {
  HsdsPackageOptions,
  HsdsPackageResult,
  HsdsTableSummary,
} from "./hsds/read-package.js";
export { hsdsPackageFiles, importHsdsPackage } from "./hsds/read-package.js";
export type * from "./hsds/types.js";
export type { UnattachedPhone } from "./hsds/unattached.js";
export { uuidV5 } from "./hsds/uuid.js";
export type { CellFix } from "./import/fixes.js";
export type { ImportResult } from "./import/import-file.js";
export { importFile } from "./import/import-file.js";
export type { ImportOptions, ImportRun, ImportSummary } from "./import/import-records.js";
export { importRecords } from "./import/import-records.js";
export type { JsonTable } from "./json/parse.js";
export { NdjsonParser, parseJsonTable } from "./json/parse.js";
export type { AdapterMessageCode } from "./locales/en.js";
export type {
  DetectEntityOptions,
  EntityCandidate,
  EntityGuess,
  GuessEntityOptions,
} from "./mapping/detect-entity.js";
export { detectEntity, guessEntity } from "./mapping/detect-entity.js";
export { FilledColumns } from "./mapping/empty-columns.js";
export { cleanHeader, headerVariants } from "./mapping/header-text.js";
export type { SurveyPreset } from "./mapping/presets.js";
export { detectPreset } from "./mapping/presets.js";
export type { SuggestOptions } from "./mapping/suggest.js";
export { headerScorer, saveMapping, suggestMapping } from "./mapping/suggest.js";
export type {
  ColumnMapping,
  MappingNote,
  MappingReason,
  MappingReport,
  SavedMapping,
} from "./mapping/types.js";
export { adapterMessage } from "./messages.js";
export type { OdkFileKind } from "./odk/detect.js";
export { groupOdkFiles, odkFileKind, odkUnjoinedError } from "./odk/detect.js";
export type {
  OdkImportOptions,
  OdkImportResult,
  OdkRepeatSummary,
} from "./odk/import-odk.js";
export { importOdkExport } from "./odk/import-odk.js";
export type { ExportFile, SubmissionTable } from "./odk/tables.js";
export type { RowResult } from "./record/build.js";
export type { CoordinateSystem } from "./record/complete.js";
export { readDefaults } from "./record/defaults.js";
export { stableId } from "./record/stable-id.js";
export { builtinReports } from "./report/builtin.js";
export { reportCsv, reportXlsx } from "./report/layout.js";
export { parseReportDefinition, ReportDefinitionError } from "./report/parse.js";
export type { ReportOptions } from "./report/run.js";
export { runReport } from "./report/run.js";
export type * from "./report/types.js";
export type { ByteSource } from "./source/bytes.js";
export { concatBytes } from "./source/bytes.js";
export type { ChooseHeaderOptions, HeaderChoice } from "./table/header.js";
export { chooseHeader, footerKind } from "./table/header.js";
export type { Hashtag } from "./table/hxl.js";
export { formatHashtag, isHashtagRow, parseHashtag } from "./table/hxl.js";
export type { OpenedSource, OpenOptions, TableFormat } from "./table/open.js";
export { openSource } from "./table/open.js";
export type { ReadTableOptions, Table, TableInfo } from "./table/read-table.js";
export { readTable } from "./table/read-table.js";
export { looksLikeDataRow, looksLikeValue } from "./table/value-like.js";
export type { TemplateOptions } from "./template/template.js";
export { template, templateColumns } from "./template/template.js";
export type {
  ImportCounts,
  ImportLimits,
  OversizeCell,
  RowIssue,
  RowProblem,
  TableRow,
  UncomputedCell,
} from "./types.js";
export { DEFAULT_LIMITS } from "./types.js";
export type { UserVocabulary } from "./vocabulary/vocabulary.js";
export {
  checkVocabulary,
  mergeVocabularies,
  parseVocabulary,
  wordsFor,
} from "./vocabulary/vocabulary.js";
export type { OpenWorkbookOptions, SheetInfo, Workbook } from "./xlsx/read.js";
export { openWorkbook } from "./xlsx/read.js";
export type { HiddenLayout } from "./xlsx/sheet.js";
export { cellRef, columnLetter, writeXlsx } from "./xlsx/write.js";
export type * from "./xlsx/write-types.js";
export type { XlsxSheetWriter } from "./xlsx/writer.js";
export { XLSX_MAX_ROWS, XlsxWriter } from "./xlsx/writer.js";
