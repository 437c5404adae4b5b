const MS_PER_DAY = 86_400_000;
const SECONDS_PER_DAY = 86_400;
/**
 * Days from 1970-01-01 to 1899-12-30 (serial 61 is 1900-03-01: from there on, serial n is n days
 * after 1899-12-30) and to 1904-01-01 (serial 0 of the 1904 system). Literals, not computed,
 * so that importing this module runs no code.
 */
export const EPOCH_1900 = -25_569;
export const EPOCH_1904 = -24_107;
/** The last day Excel handles, 9999-12-31, in each system. */
export const MAX_SERIAL_1900 = 2_958_465;
export const MAX_SERIAL_1904 = 2_957_003;

/** Where an Excel serial date-time lands: days since 1970-01-01 and milliseconds into the day. */
export type SerialOutcome =
  | { readonly ok: true; readonly days: number; readonly msOfDay: number }
  | { readonly ok: false; readonly reason: "range" | "leapDay" };

/**
 * Convert an Excel serial (whole days, fraction = time of day) in the 1900 or 1904 system.
 * The 1900 system counts a 1900-02-29 that never existed (serial 60), kept from Lotus 1-2-3.
 */
export function fromExcelSerial(serial: number, date1904: boolean): SerialOutcome {
  // Round to the second, as Excel displays times: 0.604166… is 14:30:00, not 14:29:59.999,
  // and serials exported with few decimals (43835.604167) do not grow stray milliseconds.
  const totalMs = Math.round(serial * SECONDS_PER_DAY) * 1000;
  const whole = Math.floor(totalMs / MS_PER_DAY);
  const msOfDay = totalMs - whole * MS_PER_DAY;
  if (date1904) {
    if (whole < 0 || whole > MAX_SERIAL_1904) return { ok: false, reason: "range" };
    return { ok: true, days: EPOCH_1904 + whole, msOfDay };
  }
  if (whole < 1 || whole > MAX_SERIAL_1900) return { ok: false, reason: "range" };
  if (whole === 60) return { ok: false, reason: "leapDay" };
  return { ok: true, days: EPOCH_1900 + (whole < 60 ? whole + 1 : whole), msOfDay };
}
