import type { MessageTemplate } from "@linli/core";

/** English messages of @linli/adapters. The keys here define the package's message codes. */
export const en = {
  "source.unsupported":
    "{file}: cannot read this kind of source; expected a file, Blob, ArrayBuffer, Uint8Array or byte stream",
  "source.empty": "{file} is empty; expected a spreadsheet, CSV or JSON file",
  "source.binary":
    "{file} looks like {kind}, not a spreadsheet; expected CSV, TSV, XLSX, JSON or NDJSON",
  "source.xls":
    "{file} is an old Excel 97–2003 workbook (.xls) or an encrypted workbook; save it as .xlsx or CSV and import that",
  "encoding.undecodable":
    "{file}: the bytes at offset {offset} are not valid {encoding}; expected UTF-8, GB18030 or UTF-16 text (save the file as “CSV UTF-8”)",
  "encoding.mixed":
    "{file}, line {line}: this line is not in the encoding of the lines before it (UTF-8 mixed with GB18030 or another encoding), or its bytes are damaged; nothing was read — save the whole file again in one encoding (“CSV UTF-8”)",
  "encoding.invalid":
    "{file}: the bytes from offset {offset} are neither UTF-8, GB18030 nor Western (Windows-1252) text; nothing was read — the file may be damaged: save it again as “CSV UTF-8”, or give its encoding",
  "encoding.unknown":
    "Unknown encoding “{encoding}”; expected utf-8, gb18030, utf-16le, utf-16be or windows-1252",
  "limit.bytes": "{file} is larger than the limit of {limit, plural, one {# byte} other {# bytes}}",
  "limit.rows":
    "{file} has more than the limit of {limit, plural, one {# row} other {# rows}}; split it or raise limits.rows",
  "limit.cell":
    "the cell holds {size, plural, one {# character} other {# characters}}, more than the limit of {limit} (a spreadsheet cell holds at most 32,767); expected a shorter text: shorten it, or keep the long text in a document of its own",
  "limit.columns":
    "{file}, row {row}: {count, plural, one {# column} other {# columns}}, more than the limit of {limit}",
  "limit.decompressed":
    "{file}: the workbook unpacks to more than {limit, plural, one {# byte} other {# bytes}} (a “zip bomb” or a far too large sheet); expected a normal XLSX",
  "csv.unclosedQuote":
    '{file}, row {row}: a quoted cell opens here and is never closed; expected a closing double quote (")',
  "json.invalid": "{file}: not valid JSON ({detail}); expected an array of objects or of arrays",
  "json.tooDeep":
    "{file}: the JSON is nested more than {limit} levels deep (at character {offset}); expected an array of objects or of arrays",
  "json.shape":
    "{file}: the JSON holds no table; expected an array of objects or of arrays (or an object with one such array)",
  "json.row": "{file}, row {row}: expected an object or an array of cells; got {type}",
  "ndjson.line":
    "{file}, line {row}: not valid JSON ({detail}); expected one object or array per line",
  "xlsx.invalid": "{file}: not a readable XLSX workbook ({detail})",
  "xlsx.truncated":
    "{file}: the XLSX file is truncated or damaged ({detail}); download or copy it again",
  "xlsx.sharedString":
    "{file}: sheet “{sheet}”, cell {cell}: the cell refers to text no. {index} of the workbook, which holds {count, plural, one {# text} other {# texts}}; expected a text the workbook holds. The workbook is damaged: open it in Excel or WPS, save it again and import that copy",
  "xlsx.noSheet": "{file}: no sheet “{sheet}”; the workbook has: {sheets}",
  "xlsx.noSheets": "{file}: the workbook has no worksheets",
  "hxl.malformed":
    "{file}, row {row}: this looks like an HXL hashtag row but its tags lack “#” ({sample}); expected tags such as #org or #adm1+name",
  "hxl.notFound":
    "{file}: no HXL hashtag row in the first {rows, plural, one {row} other {# rows}}",
  "header.none":
    "{file}: row {row} holds personal data such as an ID number or a phone, not column names: the file has no header row, so that row is read as data and the columns are named A, B, C…; give a mapping by those letters (e.g. A → name)",
  "header.dataAbove":
    "{file}: {count, plural, one {row} other {rows}} {rows} above the header (row {header}) {count, plural, one {holds} other {hold}} personal data such as an ID number or a phone, like the records below it; expected only titles above the header, so {count, plural, one {it was} other {they were}} read as records under that header rather than skipped: check {count, plural, one {it} other {them}}",
  "header.repeated":
    "{file}, row {row}: the row repeats the column names of the header; expected a record. It was left out: files joined one after another each bring their header, delete this row",
  "header.notFound":
    "{file}: no header row found in the first {rows, plural, one {row} other {# rows}}",
  "mapping.unknownField":
    "Mapping for {entity}: “{field}” (column “{column}”) is not a column of {entity}; expected one of its column keys such as {example}",
  "odk.noSubmissions":
    "{file}: no sheet of submissions found; expected an ODK or KoboToolbox export whose repeat sheets have _parent_index, _submission__uuid or PARENT_KEY",
  "odk.orphan":
    "{place}, row {row}: no submission with {link} {value} to join this {field} entry to; it is listed here, not imported",
  "odk.orphanRejected":
    "{place}, row {row}: its submission (row {parent}) was rejected, so this {field} entry is listed here, not imported",
  "odk.repeatUnknown":
    "{place}: {rows, plural, one {this row is} other {these # rows are}} no list of {entity} (its lists: {lists}); listed here, not imported",
  "odk.item": "{place}, row {row}: {field} entry left out: {detail}",
  "odk.itemCell":
    "{place}, row {row}, column {column}: the value “{value}” was left out of this {field} entry: {detail}",
  "odk.sheet": "{file}, sheet “{sheet}”",
  "json.path":
    "{file}: nothing at “{path}” to read as records; the lists in the file are at {paths}",
  "json.records":
    "{file}: the records are the list “{path}” (other lists in the file: {others}; lists inside records are kept as columns). Read another with its path (--path)",
  "sheet.emptySkipped":
    "{file}: sheet “{empty}” is empty; read sheet “{sheet}”, the first with data. Name a sheet with --sheet",
  "sheet.hiddenRows":
    "{file}, sheet “{sheet}”: {count, plural, one {row} other {rows}} {rows} {count, plural, one {is} other {are}} hidden in the spreadsheet (by hand or by a filter) and {count, plural, one {was} other {were}} read like the others. If {count, plural, one {it was} other {they were}} hidden because {count, plural, one {it does} other {they do}} not belong in this list, delete {count, plural, one {it} other {them}} from the sheet and import again",
  "sheet.hiddenColumns":
    "{file}, sheet “{sheet}”: {count, plural, one {column} other {columns}} {columns} {count, plural, one {is} other {are}} hidden in the spreadsheet and {count, plural, one {was} other {were}} read like the others. If {count, plural, one {it was} other {they were}} hidden because {count, plural, one {it holds} other {they hold}} old or helper values, unmap {count, plural, one {it} other {them}} or delete {count, plural, one {it} other {them}} from the sheet",
  "sheet.hiddenUnread":
    "{file}: {count, plural, one {sheet} other {sheets}} “{hidden}” {count, plural, one {is} other {are}} hidden in the workbook and {count, plural, one {holds} other {hold}} records too; {count, plural, one {it was} other {they were}} not read. Name {count, plural, one {it} other {one}} with --sheet to read {count, plural, one {it} other {it}}",
  "sheet.othersUnread":
    "{file}: read sheet “{sheet}” only; sheet “{others}” has records too and was not read. Read every sheet with --sheet all, or name one with --sheet",
  "sheet.coverSkipped":
    "{file}: sheet “{cover}” has no column giving a {fields} (a cover page or instructions?); read sheet “{sheet}”, the first that has one. Name a sheet with --sheet",
  "odk.file": "{file}",
  "odk.repeatAlone":
    "{file} is a repeat of an ODK or KoboToolbox export ({link} column); give the submissions file with it, e.g. form.csv and form-members.csv",
  "odk.repeatWhich":
    "{file} is a repeat of an ODK or KoboToolbox export, but it is not clear which of {mains} it belongs to; name it after its submissions file (form.csv and form-members.csv) or give one export at a time",
  "mapping.entity": "The mapping is for {mapping}, but the import is for {entity}",
  "mapping.duplicate":
    "{file}: columns “{first}” and “{column}” both map to {field}; “{column}” was kept in extra columns",
  "mapping.required":
    "{file}: no column maps to the required field {field}; every row will be rejected",
  "vocabulary.json": "{file}: the vocabulary is not valid JSON ({detail})",
  "vocabulary.shape": "{file}: the vocabulary at “{at}” is not {detail}",
  "phoneCountry.unknown":
    "{file}: “{value}” is no country whose phone numbers linli knows; expected a two-letter ISO 3166 code such as CN, US, GB or HK",
  "vocabulary.unknownField":
    "{file}: the vocabulary names “{field}”, which is not a choice field; choice fields are: {fields}",
  "vocabulary.unknownValue":
    "{file}: the vocabulary gives words for “{value}”, which is not a value of {field}; its values are: {values}",
  "vocabulary.conflict":
    "{file}: the vocabulary gives “{text}” to both “{a}” and “{b}” of {field}; a text can stand for one value only",
  "defaults.unknownField":
    "{file}: a value was given for “{field}”, which is not a column of {entity}; expected a column key such as name, category or address.community",
  "defaults.invalid": "{file}: the value “{value}” given for {field} cannot be used: {detail}",
  "defaults.withheld":
    "{file}, row {row}: the value “{value}” given for {field} for the whole file was left out of this row, the rest of the row kept: {detail}",
  "mapping.identity":
    "{file}: no column gives a {fields}, what identifies each row; every row will be rejected",
  "row.cell": "{file}, row {row}, column “{column}”: {detail}",
  "row.record": "{file}, row {row}: {detail}",
  "cell.enum":
    "“{value}” is not one of the choices for {field}{suggestion}; expected one of: {options}",
  "cell.enumHint":
    "“{value}” only suggests {option} for {field} (a title, not the value itself); read as {option}. Check it",
  "cell.number": "“{value}” is not a number; expected a number for {field}",
  "cell.integer": "“{value}” is not a whole number; expected a whole number for {field}",
  "cell.boolean": "“{value}” is not yes or no; expected 是/否 or yes/no for {field}",
  "derive.birthDate":
    "the birth date {given} differs from the one in the citizen ID ({fromId}); both kept as given, check which is right",
  "derive.gender":
    "the gender {given} differs from the one in the citizen ID ({fromId}); kept as given, check which is right",
  "derive.age":
    "the age {age} does not fit the birth date {birthDate} (on {on} the person is {expected}); check both",
  "hsds.what.phones": "phone",
  "hsds.what.services": "service",
  "hsds.what.contacts": "contact",
  "hsds.what.addresses": "address",
  "hsds.what.schedules": "schedule",
  "hsds.what.service_at_location": "service location",
  "hsds.what.organization_identifiers": "organisation identifier",
  "hsds.what.locations": "location",
  "hsds.dangling":
    "{file}, row {row}: {links} of this {what} ({value}) {count, plural, one {is} other {are}} nowhere in the package, so it could not be joined; listed here, not imported",
  "hsds.danglingAlone":
    "{file}, row {row}, column “{column}”: {id} is nowhere in the package; the reference is withheld and this phone ({value}) kept on its own, attached to no organisation, service or location",
  "hsds.danglingWithheld":
    "{file}, row {row}, column “{column}”: {id} is nowhere in the package; the reference is withheld, the phone ({value}) kept where its other reference leads",
  "hsds.alone":
    "{file}, row {row}: this phone ({value}) names no organisation, service, location or contact; kept on its own",
  "hsds.noLink":
    "{file}, row {row}: this {what} ({value}) names no {links}; listed here, not imported",
  "hsds.unreadable":
    "{file}, row {row}: this {what} ({value}) cannot be read: {detail}; listed here, not imported",
  "hsds.full":
    "{file}, row {row}: {name} already has {max} of these; this {what} ({value}) is listed here, not imported",
  "hsds.status":
    "{file}, row {row}: the service “{name}” has no status HSDS allows (“{value}”); read as active. Check it",
  "hsds.unread":
    "{file}: the HSDS table {table} ({rows, plural, one {# row} other {# rows}}) has no place in linli's model; its rows are not imported",
  "hsds.noPackage":
    "{files}: not an Open Referral HSDS package; expected tables such as organizations.csv, services.csv, locations.csv and phones.csv, each with an id column",
  "hsds.childAlone":
    "{file} is the HSDS {table} table: its rows belong to organisations, services or locations by their id. Give the package folder, or the files together (organizations.csv, services.csv, locations.csv, phones.csv)",
  "cell.withheld": "withheld, the rest of the row kept: {detail}",
  "part.missing": "this {field} has no {part} to go with, so it cannot be recorded: {why}",
  "part.noColumn":
    "no column of the file holds the {part} (headers such as “{zh}” or “{en}” are read as {part}); add one, or map the column that holds it to {part}",
  "part.emptyCell": "the {part} cell of this row (column “{column}”) is empty",
  "part.withheld":
    "the {part} of this row (column “{column}”) could not be read: see its own message",
  "geo.assumedWgs84":
    "{file}: the latitude and longitude have no coordinate system; read as WGS-84 (GPS). If they come from Amap or Tencent Maps (GCJ-02) or Baidu Maps (BD-09), say so with the file's coordinate system option",
  "cell.formulaError":
    "“{value}” is the error a spreadsheet formula shows when it fails (e.g. a lookup that found nothing), not a value for {field}; expected the value itself: correct the formula, or paste the column as values",
  "cell.uncomputed":
    "the cell holds a formula that was never calculated ({formula}): the workbook was written by a program and not saved by a spreadsheet since, so its value is unknown; expected the value itself: open the file in Excel or WPS, save it, and import it again",
  "cell.maskedName":
    "“{value}” has characters hidden: it is kept as {field}, but it cannot tell this person from others, and merging leaves it out; expected the full name",
  "cell.floatTail":
    "“{value}” ends in a decimal point and zeros, left by a spreadsheet or a script that held the column as numbers; read as {read}. Check it, and keep the column as text",
  "cell.damagedNumber":
    "“{value}” was turned into a number by Excel and lost digits; expected the exact digits (format the column as Text and type them again)",
} satisfies Record<string, MessageTemplate>;

/** A message code of @linli/adapters. */
export type AdapterMessageCode = keyof typeof en;
