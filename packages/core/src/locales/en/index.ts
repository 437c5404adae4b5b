import type { MessageTemplate } from "../../i18n/types.js";
import { argument } from "./argument.js";
import { common } from "./common.js";
import { identifiers } from "./identifiers.js";
import { normalize } from "./normalize.js";

/** English messages. The set of keys here defines the set of message codes. */
export const en = {
  ...common,
  ...argument,
  ...identifiers,
  ...normalize,
} satisfies Record<string, MessageTemplate>;
