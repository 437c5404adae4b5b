import { expectArgument, expectText } from "../../i18n/argument.js";
import type { Issue } from "../../i18n/issue.js";
import { issue } from "../../i18n/message.js";
import { fail, ok, type Result } from "../../i18n/result.js";
import { type CheckPhoneOptions, checkPhone } from "../phone/phone.js";
import { isMasked } from "../shared/text.js";

/** The kinds of phone numbers, as the model's `Phone.kind` has them. */
export type PhoneKindValue = "mobile" | "landline" | "service" | "other";

/**
 * One phone found in a contact cell: the canonical number, its kind, and the name and note
 * written around it.
 *
 * @example
 * ```ts
 * import type { ContactPhone } from "@linli/core";
 * const p: ContactPhone = { number: "13971986663", kind: "mobile", name: "江老师" };
 * ```
 */
export interface ContactPhone {
  readonly number: string;
  readonly kind: PhoneKindValue;
  /** Who answers it: 江老师 in “江老师 13971986663”. */
  readonly name?: string;
  /** What is said about it: 值班 in “18908691003（值班）”, or an extension (转 801). */
  readonly note?: string;
}

/**
 * Short and non-geographic Chinese service numbers: emergency and public numbers (110, 120),
 * hotlines (12345, 10086), bank and courier lines (95588, 95338), local 96xxx lines, and
 * 400/800 numbers.
 */
const SERVICE = /^(?:1\d{2}|1\d{4}|9[56]\d{3,4}|[48]00\d{7})$/;
const CN_MOBILE = /^1[3-9]\d{9}$/;
const CN_LANDLINE = /^0[1-9]\d{8,10}$/;

/**
 * The kind of a canonical phone number (as {@link checkPhone} and {@link parsePhones} write
 * them): a mainland mobile, a landline with its area code, a service number, or, for numbers
 * abroad, what their numbering plan says.
 *
 * @example
 * ```ts
 * import { phoneKind } from "@linli/core";
 * phoneKind("13800138000"); // "mobile"
 * phoneKind("02988886666"); // "landline"
 * phoneKind("95338"); // "service"
 * phoneKind("+85291234567"); // "mobile"
 * ```
 */
export function phoneKind(number: string): PhoneKindValue {
  expectText("phoneKind", "number", number);
  if (CN_MOBILE.test(number)) return "mobile";
  if (SERVICE.test(number)) return "service";
  if (CN_LANDLINE.test(number)) return "landline";
  if (number.startsWith("+")) {
    const r = checkPhone(number);
    if (r.ok) return r.details.kind;
  }
  return "other";
}

/** Words that label a number rather than name its person (电话：…, Tel: …). */
const LABEL =
  /(?:联系电话|电话号码|手机号码|手机号|联系方式|办公电话|电话|手机|座机|固话|热线|tel\.?|phone|mobile|mob\.?|cell)$/i;
const EXTENSION = /^(?:分机号|分机|转|ext\.?|extension|x)$/i;
/** Separators around numbers, names and notes. */
const EDGE = /^[\s,，、;；/|:：\-–—·]+|[\s,，、;；/|:：\-–—·]+$/g;
const JOINER = /^(?:和|或|及|或者|and|or)$/i;
/** A run that may be a number: digits with the spaces, dashes, dots and brackets between them. */
const RUN = /[+(（]?\d(?:[\d \u00a0\u3000\t\-–—.()（）]*\d)?/g;
/** A bracketed note: brackets holding a letter or a character that is no digit or separator. */
const NOTE = /[(（]([^()（）]*[^\d\s\-–—.()（）+][^()（）]*)[)）]/g;

type Token =
  | { readonly t: "number"; readonly phones: readonly Found[]; readonly text: string }
  | { readonly t: "note"; readonly text: string }
  | { readonly t: "text"; readonly text: string };
interface Found {
  readonly number: string;
  readonly kind: PhoneKindValue;
  readonly extension?: string;
}

/** Digits and masking characters, as 138****8000 or 138 **** 8000 is written. */
const MASKED_RUN = /\+?[\d*●•×xX](?:[\d*●•×xX -]*[\d*●•×xX])?/g;
const LETTER = /[A-Za-z]/;

/**
 * The cell without its masked numbers (138****8000), and those numbers: their digits are no
 * phone, and read as runs they would pass for a service number (138) and more.
 */
function withoutMasked(text: string): { readonly rest: string; readonly masked: string[] } {
  const masked: string[] = [];
  const rest = text.replace(MASKED_RUN, (run, at: number) => {
    // An x inside a word (Alexx, fax) masks nothing.
    if (LETTER.test(text[at - 1] ?? "") || LETTER.test(text[at + run.length] ?? "")) return run;
    const compact = run.replace(/[\s-]/g, "");
    // A whole number beside stars (13800138000 **) is no number with digits hidden.
    const whole = /(?:^|\s)\d{7,}(?:\s|$)/.test(run);
    if (!whole && compact.length <= 15 && isMasked(compact)) {
      masked.push(run);
      return " ";
    }
    // Numbers side by side (138****8000 13900139000): each on its own.
    return run.replace(/\S+/g, (piece) => {
      if (!isMasked(piece.replace(/-/g, ""))) return piece;
      masked.push(piece);
      return " ";
    });
  });
  return { rest, masked };
}

const clean = (s: string) => s.replace(EDGE, "").trim();
const MAX = 100;

/** One number, or undefined. */
function single(text: string, options: CheckPhoneOptions): Found | undefined {
  const compact = text.replace(/[\s\-–—.()（）]/g, "");
  if (SERVICE.test(compact)) return { number: compact, kind: "service" };
  const r = checkPhone(text, options);
  if (!r.ok) return undefined;
  const kind = SERVICE.test(r.value) ? "service" : r.details.kind;
  return {
    number: r.value,
    kind,
    ...(r.details.extension ? { extension: r.details.extension } : {}),
  };
}

/**
 * A run of digits read as one number, or as several numbers written with spaces between them
 * (“13971986663 13800138000”): the fewest numbers that use every group of digits.
 */
function numbersIn(run: string, options: CheckPhoneOptions): Found[] | undefined {
  const whole = single(run, options);
  if (whole) return [whole];
  const groups = run.trim().split(/[\s\u00a0\u3000]+/);
  if (groups.length < 2 || groups.length > 12) return undefined;
  // best[i]: the fewest numbers reading groups[0..i), by dynamic programming.
  const best: (Found[] | undefined)[] = [[]];
  for (let i = 1; i <= groups.length; i++) {
    for (let j = 0; j < i; j++) {
      const before = best[j];
      if (!before) continue;
      const found = single(groups.slice(j, i).join(" "), options);
      if (found && (!best[i] || before.length + 1 < best[i]!.length)) best[i] = [...before, found];
    }
  }
  return best[groups.length];
}

function tokens(text: string, options: CheckPhoneOptions, unread: string[]): Token[] {
  const out: Token[] = [];
  const pushText = (s: string) => {
    if (s.trim() !== "") out.push({ t: "text", text: s });
  };
  let at = 0;
  for (const m of text.matchAll(NOTE)) {
    pieces(text.slice(at, m.index), options, unread, out, pushText);
    out.push({ t: "note", text: m[1]!.trim() });
    at = m.index + m[0].length;
  }
  pieces(text.slice(at), options, unread, out, pushText);
  return out;
}

function pieces(
  text: string,
  options: CheckPhoneOptions,
  unread: string[],
  out: Token[],
  pushText: (s: string) => void,
): void {
  let at = 0;
  for (const m of text.matchAll(RUN)) {
    pushText(text.slice(at, m.index));
    const phones = numbersIn(m[0], options);
    if (phones) out.push({ t: "number", phones, text: m[0] });
    else {
      // Digits that are no number: an extension after 转, or text to report.
      const prev = out[out.length - 1];
      const digits = m[0].replace(/\D/g, "");
      if (prev?.t === "text" && EXTENSION.test(clean(prev.text)) && digits.length <= 6) {
        out[out.length - 1] = { t: "note", text: `${clean(prev.text)}${digits}` };
      } else unread.push(m[0].trim());
    }
    at = m.index + m[0].length;
  }
  pushText(text.slice(at));
}

/**
 * Read a contact cell as people write it: one or several numbers, each with the name and the
 * note written around it. “江老师 13971986663”, “唐莉:189 8607 2142”, “18908691003（值班）”,
 * “0711-3251382、029-88886666”, service numbers (95338, 400-xxx-xxxx, 12345) and numbers from
 * abroad (+852 9123 4567). Numbers are canonical as {@link checkPhone} writes them, with their
 * {@link phoneKind}. Digits that form no number while others do are reported with the warning
 * `phone.unread`, numbers with digits hidden (138****8000) with `phone.masked`; a cell with no
 * number at all fails like {@link checkPhone} (`phone.masked` when it holds masked ones).
 *
 * @example
 * ```ts
 * import { parsePhones } from "@linli/core";
 * const r = parsePhones("江老师 13971986663，0711-3251382（值班）");
 * // r.value: [
 * //   { number: "13971986663", kind: "mobile", name: "江老师" },
 * //   { number: "07113251382", kind: "landline", name: "江老师", note: "值班" },
 * // ]
 * ```
 */
export function parsePhones(
  input: string,
  options: CheckPhoneOptions = {},
): Result<ContactPhone[]> {
  expectText("parsePhones", "input", input);
  expectArgument("parsePhones", "options", "options", options);
  const text = input.normalize("NFKC").trim();
  if (text === "") return fail(issue("phone.empty"));
  const unread: string[] = [];
  const { rest, masked } = withoutMasked(text);
  const list = tokens(rest, options, unread);
  const out: { number: string; kind: PhoneKindValue; name?: string; note?: string }[] = [];
  let name: string | undefined;
  let pendingName: string | undefined;
  let pendingNote: string | undefined;
  const addNote = (note: string) => {
    const last = out[out.length - 1];
    if (!last || note === "") return;
    last.note = (last.note ? `${last.note}；${note}` : note).slice(0, MAX);
  };
  for (let i = 0; i < list.length; i++) {
    const tok = list[i]!;
    if (tok.t === "note") {
      if (out.length > 0) addNote(tok.text);
      else pendingNote = tok.text;
      continue;
    }
    if (tok.t === "text") {
      const words = clean(tok.text).replace(LABEL, "").replace(EDGE, "").trim();
      const nextIsNumber = list.slice(i + 1).some((x) => x.t === "number");
      if (words === "" || JOINER.test(words)) continue;
      if (nextIsNumber && words.length <= 30) pendingName = words;
      else addNote(words);
      continue;
    }
    if (pendingName !== undefined) {
      name = pendingName.slice(0, MAX);
      pendingName = undefined;
    }
    for (const f of tok.phones) {
      const note = [pendingNote, f.extension ? `转${f.extension}` : undefined].filter(Boolean);
      pendingNote = undefined;
      out.push({
        number: f.number,
        kind: f.kind,
        ...(name ? { name } : {}),
        ...(note.length > 0 ? { note: note.join("；").slice(0, MAX) } : {}),
      });
    }
  }
  if (out.length === 0) {
    if (masked.length > 0)
      return fail(issue("phone.masked", "error", { input: masked.join("、") }));
    const r = checkPhone(text, options);
    return r.ok
      ? fail(issue("phone.invalid", "error", { input: text }))
      : { ok: false, issues: r.issues };
  }
  const warnings: Issue[] = unread.length
    ? [issue("phone.unread", "warning", { text: unread.join("、") })]
    : [];
  if (masked.length > 0)
    warnings.push(issue("phone.masked", "warning", { input: masked.join("、") }));
  return ok(out, warnings);
}
