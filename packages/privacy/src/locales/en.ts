import type { MessageTemplate } from "@linli/core";

/** English messages of @linli/privacy. The keys here define the package's message codes. */
export const en = {
  "profile.json": "The profile file is not valid JSON ({detail})",
  "profile.notObject": "A sharing profile must be a JSON object; got {type}",
  "profile.unknownKey":
    "Unknown key “{key}” in the profile; expected name, description, extends, classes, kinds or fields",
  "profile.name": "The profile needs a “name”: a text of 1 to 100 characters",
  "profile.description":
    'The profile needs a “description” in both languages: { "zh-CN": "…", "en": "…" }',
  "profile.extends": "“{value}” is not a built-in profile; expected one of {expected}",
  "profile.classes":
    "The profile needs “classes”: a default action for each PII class ({expected}), unless it “extends” a built-in profile",
  "profile.classMissing": "“classes” has no action for the PII class “{class}”",
  "profile.unknownClass": "Unknown PII class “{class}”; expected one of {expected}",
  "profile.unknownKind": "Unknown field type “{kind}”; expected one of {expected}",
  "profile.fieldKey":
    "“{key}” is not a field path or column key; expected something like address.building or citizenId",
  "profile.action":
    "Unknown action {value} at {at}; expected keep, drop, mask, generalise or pseudonymise",
  "profile.optionUnknown":
    "“{option}” is not an option of “{action}” (at {at}); expected {expected}",
  "profile.optionValue": "“{option}” at {at} must be {expected}; got {value}",
  "profile.unknown":
    "Unknown sharing profile “{name}”; expected one of {expected}, or a profile file",
  "profile.noSecret":
    "The profile “{profile}” pseudonymises {fields}, but no pseudonymizer was given: those fields are dropped instead",
  "secret.type": "A secret must be a CryptoKey, bytes or a Base64 text; got {type}",
  "secret.empty": "The secret is empty; make one with generateSecret()",
  "secret.repeats":
    "The secret is too predictable: {distinct, plural, one {# different byte value} other {# different byte values}} in {bytes, plural, one {# byte} other {# bytes}} (all zeros or a repeated pattern); pseudonyms made with it could be reversed — make a random one with generateSecret()",
  "secret.text":
    "The secret is readable text (a password or a phrase), not random bytes; pseudonyms made with it could be reversed by guessing it — make a random one with generateSecret()",
  "secret.base64": "The secret is not Base64 text; make one with generateSecret()",
  "secret.short":
    "The secret has {bytes, plural, one {# byte} other {# bytes}}; at least {min, plural, one {# byte} other {# bytes}} (128 bits) are needed",
  "secret.cryptoKey":
    "The CryptoKey must be an HMAC key with SHA-256 that may be used to sign; got {algorithm}",
  "secret.noCrypto":
    "Web Crypto (globalThis.crypto.subtle) is not available here; use Node 20 or later, or a browser page served over HTTPS",
  "pseudonym.kind":
    "Unknown pseudonym kind “{kind}”; expected citizen-id, phone, name, document or text",
  "clk.notObject": "A Bloom-filter encoding schema must be a JSON object; got {type}",
  "clk.unknownKey": "Unknown key “{key}” at {at}",
  "clk.name": "The encoding schema needs a “name”: a text of 1 to 100 characters",
  "clk.bits": "“{at}” must be a multiple of 32 from 64 to 8192; got {value}",
  "clk.hashing": "“hashing” must be random or double; got {value}",
  "clk.fields": "“fields” must be a non-empty list of fields",
  "clk.fieldName": "Field {index} needs a unique “name” of 1 to 100 characters; got {value}",
  "clk.prepare":
    "“prepare” of field “{field}” must be one of text, name, pinyin, digits, date or exact; got {value}",
  "clk.q": "“q” of field “{field}” must be a whole number from 1 to 4; got {value}",
  "clk.strength":
    "Field “{field}” needs exactly one of “k” (hashes per token, 1 to 100) or “bitsPerField” (1 to 4000); got {value}",
  "clk.flag": "“{option}” of field “{field}” must be true or false; got {value}",
  "clk.positional": "“positional” of field “{field}” needs q = 1; got q = {value}",
  "clk.get":
    "“get” of field “{field}” must be a dotted path such as address.community; got {value}",
  "clk.keys": "“keys” must be a list of identifiers to send as keyed pseudonyms",
  "clk.keyName": "Key {index} needs a unique “name” of 1 to 100 characters; got {value}",
  "clk.keyKind": "“kind” of key “{key}” must be citizen-id, phone or document; got {value}",
  "clk.household":
    "“household” must list names of filters that fields of this schema name; got {value}",
  "clk.filter": "“filter” of field “{field}” must be a name of 1 to 100 characters; got {value}",
  "expect.integer": "a whole number from {min} to {max}",
  "expect.integerOrFalse": "a whole number from {min} to {max}, or false",
  "expect.oneOf": "one of {values}",
  "expect.none": "no options",
  "label.masked": "{label} (masked)",
  "label.pseudonym": "{label} (pseudonymous key)",
  "label.ageBand": "Age band",
  "label.birthYear": "Year of birth",
  "label.month": "{label} (month)",
  "label.year": "{label} (year)",
  "label.area": "{label} (to {level})",
  "level.country": "country",
  "level.province": "province",
  "level.city": "city",
  "level.district": "district",
  "level.street": "subdistrict",
  "level.community": "community",
  "level.compound": "compound",
  "level.building": "building",
  "level.unit": "unit",
  "level.floor": "floor",
  "level.room": "room",
  "builtin.internal":
    "Full data for the register holder's own staff. Nothing is removed; use it only inside the organisation that collected the data.",
  "builtin.partner-ngo":
    "For a supplies or services partner: names and phones masked, ID numbers replaced by keyed pseudonyms (dropped without a secret), birth dates as 10-year age bands, addresses down to the building, vulnerabilities kept, notes and unmapped columns dropped.",
  "builtin.public-statistics":
    "For published statistics: no direct identifiers or record IDs, birth dates as 10-year age bands (90+ together), addresses down to the community, other dates by month, free text and other text dropped; categories such as vulnerabilities kept for counting.",
} as const satisfies Record<string, MessageTemplate>;

/**
 * A message code of @linli/privacy.
 *
 * @example
 * ```ts
 * import { type PrivacyMessageCode, privacyMessage } from "@linli/privacy";
 * const code: PrivacyMessageCode = "profile.name";
 * privacyMessage(code).en; // "The profile needs a “name”: a text of 1 to 100 characters"
 * ```
 */
export type PrivacyMessageCode = keyof typeof en;
