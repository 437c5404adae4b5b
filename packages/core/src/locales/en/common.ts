/** Messages shared across the data model: validation of records against their schema. */
export const common = {
  "schema.invalid": "{path}: {detail}",
  "schema.required": "{field} is required",
  "schema.unknownEntity": 'Unknown entity "{entity}"; expected one of {expected}',
} as const;
