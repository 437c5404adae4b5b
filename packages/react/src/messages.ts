import type { Locale, MessageParams } from "@linli/core";
import { type FormMessageCode, formMessage } from "@linli/forms";

/** A message of @linli/forms in one locale. */
export const text = (locale: Locale, code: FormMessageCode, params?: MessageParams) =>
  formMessage(code, params)[locale];
