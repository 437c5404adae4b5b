/** Messages shared across the data model: validation of records against their schema. */
export const common = {
  "schema.invalid": "{field}: {detail}",
  "schema.required": "{field} is required",
  "record.identity": "The record lacks what identifies it; it needs at least a {fields}",
  "schema.empty": "{field} must not be empty",
  "schema.tooLong":
    "{field} is too long: at most {maximum, plural, one {# character} other {# characters}}, got {length}",
  "schema.tooShort":
    "{field} is too short: at least {minimum, plural, one {# character} other {# characters}}",
  "schema.tooMany": "{field} has too many entries: at most {maximum}",
  "schema.tooFew": "{field} needs at least {minimum, plural, one {# entry} other {# entries}}",
  "schema.tooSmall": "{field} must be at least {minimum}",
  "schema.tooSmallExclusive": "{field} must be greater than {minimum}",
  "schema.tooBig": "{field} must be at most {maximum}",
  "schema.notInteger": "{field} must be a whole number",
  "schema.format": "{field} is not in the expected format{expected}",
  "schema.formatDate": "{field} must be a date written as YYYY-MM-DD, e.g. 2022-01-05",
  "schema.formatPartialDate":
    "{field} must be a date written as YYYY-MM-DD, or YYYY-MM or YYYY when only the month or the year is known, e.g. 1991-11-23, 1991-11, 1991",
  "schema.formatDateTime":
    "{field} must be a date and time with its UTC offset, e.g. 2022-01-05T14:30:00+08:00",
  "schema.option": "{field} must be one of: {options}",
  "schema.type": "{field} should be {expected}, got {received}",
  "schema.unknownField": "Unknown field {keys}: the data model has no such field",
  "schema.union": "{field} does not match any of the accepted forms",
  "schema.unknownEntity": 'Unknown entity "{entity}"; expected one of {expected}',
  "schema.record": "the record",
} as const;
