import { attributes, XmlScanner } from "./xml.js";

// Built-in number formats that show dates or times, including the CJK ones (27–36, 50–58).
const BUILTIN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

/** Whether a number format code shows a date or time, e.g. `yyyy"年"m"月"d"日"` or `h:mm`. */
export function isDateFormat(code: string): boolean {
  // Drop quoted literals, escapes and [colour]/[$-804] blocks, but keep [h] elapsed hours.
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, "")
    .split(";")[0]!;
  return /[ymdhs]/i.test(bare) && !/^(general|@)$/i.test(bare.trim());
}

/** For each cell style index: whether its number format is a date or time, and which. */
export interface CellStyles {
  readonly date: readonly boolean[];
  /** The style shows a time of day only (no day). */
  readonly timeOnly: readonly boolean[];
}

/** Read `cellXfs` and `numFmts` from styles.xml. */
export function readStyles(xml: string | undefined): CellStyles {
  const date: boolean[] = [];
  const timeOnly: boolean[] = [];
  if (!xml) return { date, timeOnly };
  const custom = new Map<number, string>();
  const s = new XmlScanner(xml);
  let inXfs = false;
  for (let t = s.next(); t; t = s.next()) {
    if (t.name === "numFmt" && !t.end) {
      const a = attributes(t.attrs);
      custom.set(Number(a.numFmtId), a.formatCode ?? "");
    } else if (t.name === "cellXfs") inXfs = !t.end && !t.selfClosing;
    else if (inXfs && t.name === "xf" && !t.end) {
      const id = Number(attributes(t.attrs).numFmtId ?? 0);
      const code = custom.get(id);
      const isDate = code !== undefined ? isDateFormat(code) : BUILTIN_DATES.has(id);
      date.push(isDate);
      const c = (code ?? "").replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "");
      timeOnly.push(
        isDate &&
          (code !== undefined
            ? !/[yd]/i.test(c) && !/m{3,}/i.test(c)
            : [18, 19, 20, 21, 45, 46, 47].includes(id)),
      );
    }
  }
  return { date, timeOnly };
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/**
 * The text of an Excel serial date: `YYYY-MM-DD`, `YYYY-MM-DD HH:MM:SS` when it has a time,
 * or `HH:MM:SS` for a time-only format. `undefined` for serials that are no real date
 * (1900-02-29, which Excel invents, negatives, beyond 9999).
 */
export function serialToText(
  serial: number,
  date1904: boolean,
  timeOnly: boolean,
): string | undefined {
  if (!Number.isFinite(serial) || serial < 0) return undefined;
  let days = Math.floor(serial);
  const seconds = Math.round((serial - days) * 86_400);
  const time = `${pad(Math.floor(seconds / 3600) % 24)}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
  if (timeOnly && days === 0) return time;
  if (seconds >= 86_400) days++;
  let epoch: number;
  if (date1904) epoch = Date.UTC(1904, 0, 1);
  else {
    // Excel shows serial 60 as 1900-02-29 (a day that never was, kept from Lotus 1-2-3) and 0
    // as 1900-01-00: read as Excel shows them, so that a date field says why they are no
    // dates rather than that "60" is none.
    if (days === 60 || days === 0) {
      const day = days === 60 ? "1900-02-29" : "1900-01-00";
      return seconds % 86_400 === 0 ? day : `${day} ${time}`;
    }
    epoch = days < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  }
  const d = new Date(epoch + days * 86_400_000);
  if (d.getUTCFullYear() > 9999) return undefined;
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return seconds % 86_400 === 0 ? day : `${day} ${time}`;
}
