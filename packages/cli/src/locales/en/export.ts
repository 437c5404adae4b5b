/** English texts of `linli convert`, `linli template` and `linli report`. The keys define the codes. */
export const exportEn = {
  "convert.summary": "Convert a data file to CSV, XLSX, JSON, NDJSON, HXL or Open Referral HSDS",
  "convert.help":
    'The input is any file linli imports (CSV/TSV, XLSX, JSON, NDJSON, survey exports) or a JSON/NDJSON file of linli records.\n-o, --out       the output file; its extension picks the format (.csv .xlsx .json .ndjson)\n--format        csv, xlsx, json, ndjson, hxl or hsds (organisations only)\n--entity        the kind of data: {entities}; without it, guessed from the columns\n--set           field=value for every row that leaves it empty (repeatable)\n--crs           coordinate system of latitudes and longitudes: wgs84 (default), gcj02 or bd09\n--phone-country where phone numbers without a country code are from, e.g. US or GB (default CN)\n--lang          language of headers and choices (default: the command\'s language)\n--encoding      CSV/HXL encoding: utf-8 (default, with BOM) or gb18030\n--columns       column keys to write, comma-separated (e.g. name,gender,citizenId)\n--values        choices as labels (default) or codes\n--shape         JSON/NDJSON: records (default, lossless) or table (flat rows)\n--profile       a sharing profile: internal, partner-ngo, public-statistics or a JSON file; writes <out>.log.json beside the output\n--secret-file   a file holding the hub\'s secret (Base64), for the profile\'s pseudonyms of ID numbers (default: the file named by LINLI_SECRET_FILE; without one they are dropped)\n--locations     HSDS: a file of locations the services refer to\n--mapping       a saved column mapping (JSON); --save-mapping writes the one used\n--vocab         your words for choices, e.g. {"relationToHead": {"spouse": ["老伴"]}} (JSON; repeatable); values still unknown are withheld with a suggestion\n--sheet         a sheet name, or all (default: the first sheet)\nRows that cannot be read are listed in <out>.issues.json. Exit code 1 when a row was rejected.',
  "template.summary":
    "Write an Excel entry template for a kind of data, with dropdowns and instructions",
  "template.help":
    "Kinds of data: {entities}\n-o, --out   the .xlsx file (default: the template's name in the current folder)\n--lang      language of headers, choices and instructions\n--columns   column keys to include, comma-separated (default: every field people fill in)\nA filled template imports with linli validate / merge / convert with no mapping questions.",
  "xlsform.summary": "Write an XLSForm (and its ODK XForm) for ODK Collect, KoboToolbox or Enketo",
  "xlsform.help":
    "--entity    the kind of data: {entities}\n-o, --out   the XLSForm .xlsx (default: linli_<entity>.xlsx in the current folder)\n--xform     the ODK XForm .xml (default: beside the XLSForm, same name)\n--fields    questions to include, comma-separated (default: every field the forms show)\nLabels, hints and messages in Chinese and English; constraints for citizen IDs and phones; household members as a repeat; HXL hashtags in an hxl column. Upload the .xlsx to KoboToolbox or ODK Central; their exports import back with linli validate / merge / convert.",
  "xlsform.wrote":
    "Wrote the {entity} XLSForm to {file} ({questions} questions) and its XForm to {xform}.",
  "report.summary":
    "Lay records out as a community report (daily quarantine report, registers, ledgers)",
  "report.help":
    "<definition> is a shipped report — {reports} — or a report definition file (JSON).\n<data…> are the files to report on, of the report's kind of data.\n-o, --out      the .xlsx file (or .csv: the first sheet)\n--param        name=value, e.g. --param community=丈八社区 --param date=2022-01-05 (repeatable)\n--lang         language of labels\n--min-count    hide counts below this in group-by sheets (small-cell protection); --flag-small marks them instead\n--mapping      a saved column mapping (JSON); --sheet a sheet name, or all\n--profile      a sharing profile: internal, partner-ngo, public-statistics or a JSON file; every cell and group shows what the profile shares (filters still read whole records); writes <out>.log.json beside the report\n--secret-file  a file holding the hub's secret (Base64), for the profile's pseudonyms (default: the file named by LINLI_SECRET_FILE)\nExit code 1 when a row of the data was rejected.",
  "err.out": "Say where to write with -o, e.g. linli {command} … -o {example}",
  "err.format":
    "Cannot tell the output format from “{file}”; use --format with one of csv, xlsx, json, ndjson, hxl, hsds",
  "err.hsds": "HSDS output is for organisations: use --entity organization",
  "err.oneInput":
    "Give one input file, e.g. linli convert 居民登记.xlsx -o 居民.csv (or the files of one ODK or KoboToolbox export: form.csv form-members.csv)",
  "err.entityArg": "Name one kind of data: {entities}",
  "err.fields": "--fields: {detail}",
  "err.columns": "--columns: “{column}” is not a column key; the keys are {columns}",
  "err.profile": "Cannot use the sharing profile “{profile}”: {detail}",
  "err.secretFile":
    "Cannot use the secret file “{file}” (from {source}): {detail}. A secret file holds one line of Base64 text, at least 16 random bytes, e.g. made with: openssl rand -base64 32 > hub.secret",
  "err.secretNoProfile":
    "--secret-file makes the pseudonyms of a sharing profile: add --profile, e.g. --profile partner-ngo",
  "err.hsdsProfile":
    "HSDS output cannot go through the sharing profile “{profile}”, which changes organisation fields: write CSV, XLSX or JSON instead",
  "err.definition": "Name a report: {reports}, or a report definition file.",
  "err.definitionFile": "There is no shipped report or report definition file “{name}”.",
  "err.param": "--param takes name=value, e.g. --param community=丈八社区; got “{value}”",
  "err.minCount": "--min-count must be a whole number of 1 or more; got “{value}”",
  "err.noData":
    "Give the data files to report on, e.g. linli report {report} 居民登记.xlsx -o 日报.xlsx",
  "err.records": "{file}, record {row}: {message}",
  "label.read": "Reading {file}",
  "convert.read":
    "{file}: {rowsRead, plural, one {# row} other {# rows}} read = {full} accepted in full + {withheldRows} accepted with withheld cells + {rejected} rejected + {emptySkipped} empty skipped",
  "convert.records":
    "{file}: {count, plural, one {# linli record} other {# linli records}} read — {rejected} rejected",
  "convert.columns": "  Columns: {columns}",
  "convert.unmapped": "(kept as an extra column)",
  "convert.emptyColumns":
    "; {count, plural, one {# empty column} other {# empty columns}} without a header or any value ignored",
  "convert.wrote":
    "Wrote {count, plural, one {# record} other {# records}} to {file} ({format}{view}).",
  "convert.shared": ", shared view",
  "convert.log": "Export log: {file}",
  "convert.issues":
    "{count, plural, one {# row} other {# rows}} rejected; every problem is listed in {file}",
  "convert.mapping": "Mapping saved to {file}",
  "convert.unattached":
    "{count, plural, one {# phone belongs} other {# phones belong}} to no organisation, service or location in the package (the references leading nowhere withheld): written to {file}",
  "convert.note": "  {message}",
  "template.wrote":
    "Wrote the {entity} entry template to {file}: {columns, plural, one {# column} other {# columns}}.",
  "report.wrote": "Wrote “{name}” to {file}: {sheets}.",
  "report.sheet": "{name} ({rows, plural, one {# row} other {# rows}})",
} as const;

/** A code of the texts of `linli convert`, `linli template` and `linli report`. */
export type ExportCliCode = keyof typeof exportEn;
