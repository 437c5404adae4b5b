/** English texts of linkage profile (JSON) errors. The keys define the codes. */
export const profileEn = {
  "profile.json": "The linkage profile is not valid JSON: {detail}",
  "profile.object": "{path} must be an object ({ … })",
  "profile.text": "{path} must be a text",
  "profile.list": "{path} must be a list ([ … ])",
  "profile.empty": "{path} must not be empty",
  "profile.number": "{path} must be a number",
  "profile.boolean": "{path} must be true or false",
  "profile.threshold": "{path} must be a number between 0 and 1, e.g. 0.9",
  "profile.unknownKey": "{path}: “{key}” is not a setting here (settings: {keys})",
  "profile.source": "{path}: say where the value is read, with one of column, anyOf, allOf or path",
  "profile.column": "{path}: “{column}” is no column of {entity}",
  "profile.comparator": "{path}: “{comparator}” is no comparator (comparators: {comparators})",
  "profile.options": "{path}: the comparator “{comparator}” cannot take these options: {detail}",
  "profile.levels":
    "{path} needs {n, plural, one {# number} other {# numbers}} between 0 and 1, one per level ({levels})",
  "profile.duplicate": "{path}: the name “{name}” is used twice",
  "profile.field": "{path}: “{field}” is no field of the profile (fields: {fields})",
  "profile.transform": "{path}: “{transform}” is no transform (transforms: {transforms})",
  "profile.transforms": "{path} must name one transform per field of on, or null",
  "profile.cannotLink":
    "{path}: “{field}” cannot keep records apart, its comparator checks no identifiers (use identifier, citizenId or creditCode)",
  "profile.rule": "{path}: “{rule}” is no blocking rule of the profile",
  "profile.estimateU": "{path} must be “random” or “candidates”",
} as const;

/** A code of a linkage profile error. */
export type ProfileCode = keyof typeof profileEn;
