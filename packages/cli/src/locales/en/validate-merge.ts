/** English texts of `linli validate` and `linli merge`. The keys define the codes. */
export const validateMergeEn = {
  "validate.summary":
    "Check spreadsheets against the data model: what is accepted, what is rejected and why",
  "validate.help":
    'Files: CSV/TSV (UTF-8, GB18030, UTF-16), XLSX, JSON, NDJSON, 问卷星 and 金数据 exports, ODK Central and KoboToolbox exports (a workbook, or the submissions CSV with its repeat files such as form-members.csv).\n--entity    the kind of data in the files: {entities}; without it, guessed from the columns (and said, with the confidence)\n--set       field=value for every row that leaves it empty, e.g. --set category=medicine (repeatable)\n--crs       the coordinate system of latitudes and longitudes: wgs84 (default, GPS), gcj02 (Amap, Tencent) or bd09 (Baidu)\n--phone-country  where phone numbers without a country code are from, e.g. US or GB (default CN)\n--mapping   a saved column mapping (JSON: {"entity", "columns": {header: field}})\n--vocab     your words for choices, e.g. {"relationToHead": {"spouse": ["老伴"]}} (JSON; repeatable); values still unknown are withheld with a suggestion\n--sheet     a sheet name, or all (default: the first sheet)\n--json      one JSON document on stdout: per file rows read, accepted, rejected, empty skipped, the column mapping and every issue\nExit code 1 when a row was rejected, 2 when a file cannot be read or none of its columns is of the kind.',
  "merge.summary": "Merge the files of several communities into one dataset, with a report",
  "merge.help":
    'Each file is one source, named after the file; an ODK or KoboToolbox export (a workbook, or the submissions CSV with its repeat files) is one source; so is an Open Referral HSDS package (its folder, or its tables together), read as organisations with their services and phones. A merged.json of an earlier merge can be given too: its records keep their ids.\n-o, --out   the folder for the results (created when missing)\n--entity    the kind of data in the files: {entities}; without it, guessed from the columns (and said, with the confidence)\n--set       field=value for every row that leaves it empty, e.g. --set category=medicine (repeatable)\n--crs       the coordinate system of latitudes and longitudes: wgs84 (default, GPS), gcj02 (Amap, Tencent) or bd09 (Baidu)\n--phone-country  where phone numbers without a country code are from, e.g. US or GB (default CN)\n--mapping   a saved column mapping (JSON)\n--vocab     your words for choices, e.g. {"relationToHead": {"spouse": ["老伴"]}} (JSON; repeatable); values still unknown are withheld with a suggestion\n--decisions a review decisions file saved by the workbench (JSON): rows that are one person, rows that are not\n--priority  source names, most trusted first, for fields whose rule is source priority\n--rule      field=rule, e.g. address=most-recent (rules: most-frequent, most-recent, most-complete, source-priority)\n--threshold match probability from which two rows are one person (default 0.9)\n--profile   a sharing profile for every output: internal, partner-ngo, public-statistics or a JSON file; writes export-log.json beside them. Or a linkage profile (a JSON file with fields and blocking) in place of the built-in way of finding duplicates of the entity; one of each may be given\n--secret-file a file holding the hub\'s secret (Base64), for the profile\'s pseudonyms of ID numbers (default: the file named by LINLI_SECRET_FILE)\n--engine    where linkage runs: memory (default, nothing to install) or duckdb (SQL on an embedded DuckDB, out of core; needs npm install @duckdb/node-api)\n--memory-limit DuckDB\'s memory limit, e.g. 8GB (with --engine duckdb)\n--work-dir  DuckDB\'s working folder: its database and what it spills to disk when the memory limit is reached (default: the system\'s temporary folder; removed afterwards)\n--pairs     the folder of linli link --emit spark once Spark wrote its pairs in it: finish the merge from them (same files and settings as the plan)\n--json      print the summary as JSON\nWrites merged.csv, merged.xlsx, merged.json, clusters.json, issues.json and report.html. Exit code 1 when a row was rejected.',
  "err.noFiles": "Give at least one file, e.g. linli {command} 居民登记.xlsx",
  "err.noOut": "Say where to write the results with -o, e.g. linli merge a.csv b.xlsx -o 合并结果",
  "err.mappingJson":
    "Cannot use the mapping file “{file}”: it is not valid JSON ({detail}); expected an object such as {example}",
  "err.mappingShape": "Cannot use the mapping file “{file}”: expected an object such as {example}",
  "err.mappingEntity":
    "Cannot use the mapping file “{file}”: it maps the columns of {mapped}, but the files are read as {entity}; give --entity {mapped}, or a mapping for {entity}",
  "err.decisions": "Cannot use the decisions file “{file}”: {detail}",
  "err.rule": "--rule takes field=rule, e.g. --rule address=most-recent; got “{value}”.",
  "err.ruleName": "--rule {value}: “{rule}” is not a rule; the rules are {rules}.",
  "err.ruleField": "--rule {value}: “{field}” is not a field of {entity}.",
  "err.memoryLimitEngine":
    "--memory-limit {value} is the DuckDB engine's limit: add --engine duckdb, or leave --memory-limit out",
  "err.workDirEngine":
    "--work-dir {value} is where the DuckDB engine works and spills to disk: add --engine duckdb, or leave --work-dir out",
  "err.memoryLimit": "--memory-limit takes an amount of memory like 8GB or 800MB; got “{value}”",
  "err.threshold": "--threshold must be a number between 0 and 1, e.g. 0.9; got “{value}”",
  "err.sheet": "Use --sheet with a sheet name, a number from 0, or all",
  "label.import": "Reading {file}",
  "label.dedupe": "Finding duplicates",
  "label.fusion": "Merging",
  "label.write": "Writing {file}",
  "validate.file":
    "{file}: {rowsRead, plural, one {# row} other {# rows}} read = {full} accepted in full + {withheldRows} accepted with withheld cells + {rejected} rejected + {emptySkipped} empty skipped; {withheldCells, plural, one {# cell} other {# cells}} withheld, {warnings, plural, one {# warning} other {# warnings}}",
  "validate.rejectedHead": "  Rejected rows ({rows}{more, plural, =0 {} other {, {n} problems}}):",
  "validate.withheldHead":
    "  Withheld cells ({n}): left out of the record, kept with their column in the record's meta.withheld",
  "validate.warningsHead": "  Warnings ({n}):",
  "validate.notesHead": "  About the columns:",
  "validate.sheetColumns": "  Sheet “{sheet}”, columns: {columns}",
  "validate.columns": "  Columns: {columns}",
  "validate.repeat":
    "  {place} → {field}: {joined, plural, one {# row joined its submission} other {# rows joined their submissions}} of {rows}{orphans, plural, =0 {} one {, # without its submission} other {, # without their submissions}}{left, plural, =0 {} other {, # left out}}",
  "validate.unmapped": "(kept as an extra column)",
  "validate.emptyColumns":
    "; {count, plural, one {# empty column} other {# empty columns}} without a header or any value ignored",
  "validate.more": "    … and {n} more; see them all with --json",
  "validate.hsdsPackage":
    "{name}: an Open Referral HSDS package of {tables, plural, one {# table} other {# tables}}; child tables joined to their parents by id",
  "validate.hsdsTable":
    "  {file} ({table}): {rows, plural, one {# row} other {# rows}} = {kept} kept + {rejected} not joined (listed below); {withheldCells, plural, one {# cell} other {# cells}} withheld",
  "validate.hsdsUnread":
    "  {file} ({table}): {rows, plural, one {# row} other {# rows}}, a table linli's model has no place for; not imported",
  "validate.hsdsRecords":
    "  Records: {organizations, plural, one {# organisation} other {# organisations}} (with {services, plural, one {# service} other {# services}} and {phones, plural, one {# phone} other {# phones}}), {locations, plural, one {# location} other {# locations}}{unattachedPhones, plural, =0 {} one {, # phone of no organisation, service or location in the package} other {, # phones of no organisation, service or location in the package}}",
  "validate.total":
    "{files, plural, one {# file} other {# files}}: {rowsRead, plural, one {# row} other {# rows}} read = {full} accepted in full + {withheldRows} accepted with withheld cells + {rejected} rejected + {emptySkipped} empty.",
  "validate.failed": "{file}: not read — {message}",
  "validate.noColumns":
    "No column of {file} is a field of {entity} (its columns: {columns}). Is it the right file, and the right --entity? Otherwise say which column is which with --mapping.",
  "merge.done":
    "Merged {sources, plural, one {# source} other {# sources}}: {rowsRead, plural, one {# row} other {# rows}} read = {acceptedInFull} accepted in full + {withheldRows} accepted with withheld cells + {rejected} rejected + {emptySkipped} empty. Result: {records, plural, one {# record} other {# records}} ({duplicateClusters} merged from several rows, {conflicts, plural, one {# conflicting field} other {# conflicting fields}}).",
  "merge.written": "The results are in {dir}:",
  "merge.file.csv": "the merged data as CSV (UTF-8 with BOM, for Excel)",
  "merge.file.xlsx": "the merged data as an Excel workbook",
  "merge.file.json": "everything, for programs and for later merges",
  "merge.file.clusters": "the source rows behind each merged record",
  "merge.file.issues": "rejected and warned rows with the reasons",
  "merge.file.report": "the merge report: open it in a browser",
  "merge.file.log": "the export log: which sharing profile, when, how many records, which files",
  "merge.profile": "Every output was written under the sharing profile “{profile}”.",
  "merge.profileShared":
    "Every output was written under the sharing profile “{profile}”: values appear only as it allows, and this merged.json cannot be merged again (keep an unshared merge for that).",
  "merge.withheldHint":
    "{withheldCells, plural, one {# cell could not be read and was withheld (its row kept); it is listed} other {# cells could not be read and were withheld (their rows kept); they are listed}} in report.html and issues.json and kept in each record's meta.withheld.",
  "merge.estimate.most-pairs-match":
    "The linkage estimate was not trusted (it took {share} of the compared pairs for duplicates); prior parameters were used, so rows were merged only on strong evidence.",
  "merge.estimate.no-separation":
    "The linkage estimate was not trusted (duplicates and different rows could not be told apart in this data); prior parameters were used, so rows were merged only on strong evidence.",
  "merge.nearMisses":
    "{n, plural, one {# pair of rows} other {# pairs of rows}} came close to being merged: check them under “Near misses” in report.html.",
  "merge.exactKeys": "Rows count as duplicates only when their keys agree exactly: {keys}.",
  "err.linkageProfile": "Cannot use the linkage profile “{profile}”: {detail}",
  "err.profiles":
    "--profile takes at most one sharing profile and one linkage profile, e.g. --profile partner-ngo --profile 查重配置.json",
  "merge.rejectedHint":
    "{rejected, plural, one {# row was} other {# rows were}} rejected; the reasons are in report.html and issues.json.",
} as const;

/** A text code of `linli validate` and `linli merge`. */
export type ValidateMergeCode = keyof typeof validateMergeEn;
