/** Messages of the identifiers module: citizen IDs, credit codes, phone numbers, divisions. */
export const identifiers = {
  "citizenId.empty": "The citizen ID number is empty",
  "citizenId.length": "A citizen ID has 18 characters (or 15 for old ones); got {length}",
  "citizenId.charset":
    'A citizen ID may only contain digits, with X allowed as the last character; character {position} is "{char}"',
  "citizenId.region":
    "A citizen ID starts with a province code; {code} is not one. Check the first two digits",
  "citizenId.birthDate":
    "The birth date in the ID, {date}, is not a real date (it should be a date from 1890 on). Check digits 7 to 14",
  "citizenId.future": "The birth date in the ID, {date}, is later than today",
  "citizenId.checksum":
    "The last character of the ID should be {expected} but is {actual}; a digit may have been mistyped",
  "citizenId.scientificNotation":
    'Excel has turned this ID into a number ({input}) and its last digits are lost for good. Format the column as "Text" in Excel and enter the original ID again',
  "citizenId.masked":
    "“{input}” has digits hidden (masked with * or x), so it cannot identify the person; ask for the full ID number",
  "citizenId.legacyUpgraded":
    "The old 15-digit ID {original} was converted to the 18-digit form {upgraded}",

  "creditCode.empty": "The unified social credit code is empty",
  "creditCode.length": "A unified social credit code has 18 characters; got {length}",
  "creditCode.charset":
    'A unified social credit code may only contain digits and capital letters other than I, O, Z, S and V; character {position} is "{char}"',
  "creditCode.authority":
    'The first character of a unified social credit code names the registering authority (e.g. 1 staffing office, 5 civil affairs, 9 market regulation, Y other); "{char}" is not one of them',
  "creditCode.region":
    'Characters 3 to 8 of a unified social credit code are the 6-digit division code of the registering authority; got "{region}"',
  "creditCode.checksum":
    "The last character of the credit code should be {expected} but is {actual}. Some early codes fail this check, so compare it with the business licence",
  "creditCode.scientificNotation":
    'Excel has turned this credit code into a number ({input}) and its last digits are lost for good. Format the column as "Text" in Excel and enter the original code again',

  "phone.empty": "The phone number is empty",
  "phone.invalid":
    'Cannot recognise "{input}" as a phone number. Landlines need their area code (e.g. 029-88886666); numbers outside mainland China need + and the country code',
  "phone.cnMobile.length": "A Chinese mobile number has 11 digits; got {length}",
  "phone.cnMobile.prefix":
    "A Chinese mobile number starts with 13 to 19; this one starts with {prefix}",
  "phone.cnMobile.foreign":
    "This number has a country code other than +86, so it is not a mainland China mobile number",
  "phone.masked":
    "“{input}” has digits hidden (masked with * or x): it can neither be called nor used to match the person; ask for the full number",
  "phone.unread":
    "“{text}” in the contact cell is not a phone number; the numbers around it were kept. Check it",
  "phone.extension":
    "The extension {extension} is not part of the phone number and was left out of it",

  "division.format":
    'A division code has 6 digits (or 9 or 12 for township and village statistics codes); got "{input}"',
  "division.unknown": "There is no county-level or higher administrative division with code {code}",
} as const;
