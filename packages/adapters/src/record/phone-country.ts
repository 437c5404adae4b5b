// The country of phone numbers written without a country code, checked once per import.
import { isPhoneCountry } from "@linli/core";
import { ImportError } from "../errors.js";

/** `phoneCountry` upper-cased, or an {@link ImportError} naming the file when no plan is known for it. */
export function checkPhoneCountry(code: string | undefined, file: string): string | undefined {
  if (code === undefined) return undefined;
  if (typeof code !== "string" || !isPhoneCountry(code.trim())) {
    throw new ImportError("phoneCountry.unknown", { file, value: String(code) });
  }
  return code.trim().toUpperCase();
}
