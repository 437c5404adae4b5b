// Pieces of the HSDS conversion: checked emails and web addresses, addresses, phone types.
import type { Address, Locale } from "@linli/core";
import { formatAddress } from "../export/address.js";
import type { HsdsAddress } from "./types.js";

// The email and URI forms HSDS validators check (JSON Schema `format`).
export const EMAIL =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
const URI =
  /^https?:\/\/(?:[A-Za-z0-9\-._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})+(?:\/(?:[A-Za-z0-9\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?:\?(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$/;

/** A web address in the form HSDS wants (non-ASCII percent-encoded), or undefined. */
export function webAddress(text: string | undefined): string | undefined {
  if (!text) return undefined;
  try {
    const href = new URL(text).href;
    return URI.test(href) ? href : undefined;
  } catch {
    return undefined;
  }
}

export const PHONE_TYPE: Record<string, string> = { mobile: "cell", landline: "voice" };
export const LANGUAGE: Record<Locale, string> = { "zh-CN": "zh", en: "en" };

export function clean<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

/** An HSDS address from a linli address: street-level line first, then the divisions. */
export function addressOf(
  a: Address,
  locationId: string,
  addressId: string,
  lang: Locale,
): HsdsAddress {
  return clean({
    id: addressId,
    location_id: locationId,
    address_1: a.line ?? formatAddress(a, lang) ?? "",
    address_2: [a.street, a.community].filter(Boolean).join(" ") || undefined,
    city: a.city ?? a.district ?? "",
    region: a.district,
    state_province: a.province ?? "",
    postal_code: a.postcode ?? "",
    country: a.country ?? "CN",
    address_type: "physical" as const,
  });
}
