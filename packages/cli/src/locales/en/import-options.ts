/** English texts of the import options of `linli validate`, `convert` and `merge`. The keys define the codes. */
export const importOptionsEn = {
  "set.format": "--set takes field=value, e.g. --set category=medicine; got “{value}”.",
  "set.field":
    "--set {value}: “{field}” is not a field of {entity}; fields are named by key, such as {examples}.",
  "set.value": "--set {value}: {detail}",
  "phoneCountry.unknown":
    "--phone-country {value}: not a country whose phone numbers linli knows; expected a two-letter ISO 3166 code such as CN, US, GB or HK.",
  "entity.guessed":
    "{file}: read as {label} ({entity}), guessed from the columns {columns} (confidence {confidence}%{others}). Say --entity to choose another.",
  "entity.others": "; also possible: {candidates}",
  "entity.none":
    "{file}: it is not clear what the rows are. No kind of data has the columns that identify its rows among {columns}. The closest: {candidates}. Say which with --entity, e.g. --entity {example}, and which column is which with --mapping.",
  "entity.noneAtAll":
    "{file}: none of its columns ({columns}) is a field of any kind of data linli knows. Say which with --entity (one of {entities}) and which column is which with --mapping.",
  "entity.mixed":
    "The files hold different kinds of data: {files}. Merge files of one kind at a time, or say which with --entity.",
  "entity.fileKind": "{file} {entity}",
  "entity.candidate": "{entity} ({columns})",
} as const;

/** A text code of the import options. */
export type ImportOptionsCode = keyof typeof importOptionsEn;
