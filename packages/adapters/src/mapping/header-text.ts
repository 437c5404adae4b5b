import { expectText } from "@linli/core";

// Header cleaning for matching. Registers decorate headers in many ways: numbering
// ("1、姓名", "Q1.姓名", "第1题"), notes in brackets ("姓名（必填）", "电话(选填)"), required
// marks ("*姓名"), survey phrasing ("您的姓名："), full-width forms and stray spaces.

const NUMBERING =
  /^(?:第\s*[0-9一二三四五六七八九十百]+\s*[题項项]\s*[、.:：)）]?|[Qq]\s*\d+\s*[、.．:：)）_-]?|\d+(?:\s*[.．]\s*\d+)*\s*[、.．:：)）]|[一二三四五六七八九十]+\s*[、.．:：)）]|[(（]\s*\d+\s*[)）])\s*/;
const BRACKETED = /[(（【[〔<《][^)）】\]〕>》]*[)）】\]〕>》]/g;
const MARKS = /[*＊※★☆]/g;
const POLITE = /^(?:请(?:填写|输入|选择|提供)?|您的|你的|本人的?)(?=.)/;
const TRAILING = /[:：?？。.!！\s]+$/;

/**
 * The comparable form of a header: half-width, lower-case, without numbering, bracketed
 * notes, required marks, survey phrasing, punctuation at the end and whitespace.
 *
 * @example
 * ```ts
 * import { cleanHeader } from "@linli/adapters";
 * cleanHeader("3、您的身份证号码（必填）："); // "身份证号码"
 * ```
 */
export function cleanHeader(header: string): string {
  expectText("cleanHeader", "header", header);
  let h = header.normalize("NFKC").trim();
  h = h.replace(NUMBERING, "");
  const unbracketed = h.replace(BRACKETED, "");
  // A header that is nothing but a bracketed note keeps its content.
  if (unbracketed.trim() !== "") h = unbracketed;
  h = h.replace(MARKS, "").trim().replace(TRAILING, "").replace(POLITE, "");
  return h.toLowerCase().replace(/[\s_\-‐·•]+/g, "");
}

const CJK = /[\u3400-\u9fff]/;
const LATIN = /[a-z]/i;

/**
 * The parts of a bilingual header, each cleaned: "姓名/Name", "姓名 Name", "Name 姓名",
 * "姓名\nName" → ["姓名", "name"]; the whole header comes first.
 *
 * @example
 * ```ts
 * import { headerVariants } from "@linli/adapters";
 * headerVariants("姓名/Name"); // ["姓名/name", "姓名", "name"]
 * ```
 */
export function headerVariants(header: string): string[] {
  expectText("headerVariants", "header", header);
  const out = new Set<string>();
  const whole = cleanHeader(header);
  if (whole !== "") out.add(whole);
  const text = header.normalize("NFKC");
  for (const part of text.split(/[/|\n\r]+/)) {
    const c = cleanHeader(part);
    if (c !== "") out.add(c);
  }
  // Runs of Chinese and of Latin letters written side by side.
  if (CJK.test(text) && LATIN.test(text)) {
    const stripped = text.replace(/[(（【[][^)）】\]]*[)）】\]]/g, "");
    for (const m of stripped.matchAll(/[\u3400-\u9fff]+|[A-Za-z][A-Za-z .'-]*[A-Za-z]/g)) {
      const c = cleanHeader(m[0]);
      if (c !== "") out.add(c);
    }
  }
  return [...out];
}

/** One row of the distance table, reused: headers are matched against every name. */
let dist = new Uint32Array(64);

/** Similarity of two strings from 0 to 1 (1 − Levenshtein distance / longer length). */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return 0;
  if (dist.length <= m) dist = new Uint32Array(m + 1);
  const row = dist;
  for (let j = 0; j <= m; j++) row[j] = j;
  for (let i = 1; i <= n; i++) {
    const ai = a.charCodeAt(i - 1);
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= m; j++) {
      const above = row[j]!;
      const cost = diagonal + (ai === b.charCodeAt(j - 1) ? 0 : 1);
      const step = Math.min(above, row[j - 1]!) + 1;
      row[j] = Math.min(cost, step);
      diagonal = above;
    }
  }
  return 1 - row[m]! / Math.max(n, m);
}
