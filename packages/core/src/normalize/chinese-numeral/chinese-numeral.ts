/** Digit values, including the financial forms (壹贰叁) and traditional 兩 / 貳 / 參 / 陸. */
const DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  "○": 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  貳: 2,
  两: 2,
  兩: 2,
  三: 3,
  叁: 3,
  參: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  陸: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};

const UNITS: Readonly<Record<string, number>> = {
  十: 10,
  拾: 10,
  百: 100,
  佰: 100,
  千: 1000,
  仟: 1000,
};

/**
 * Read a number written in Chinese numerals, from 〇 up to 9999.
 *
 * Two forms are understood:
 * - with units 十 百 千, as spoken: 三 → 3, 十二 → 12, 二十一 → 21, 一百零五 → 105,
 *   两千零二十 → 2020, and the colloquial 一百五 → 150, 三千五 → 3500;
 * - digit by digit, as years are written: 一九八五 → 1985, 二〇二〇 → 2020.
 *
 * 两 and 零 / 〇 / ○ are accepted, as are the financial forms 壹贰叁…拾佰仟.
 * Returns `undefined` for anything else (arabic digits, other text, malformed numerals such as
 * 十十 or 一百零).
 *
 * @example
 * ```ts
 * import { chineseNumeral } from "@linli/core";
 * chineseNumeral("二十一"); // 21
 * chineseNumeral("一百零五"); // 105
 * chineseNumeral("一九八五"); // 1985
 * chineseNumeral("3"); // undefined
 * ```
 */
export function chineseNumeral(s: string): number | undefined {
  const n = s.length;
  if (n === 0) return undefined;
  let hasUnit = false;
  for (let i = 0; i < n; i++) {
    const c = s.charAt(i);
    if (UNITS[c] !== undefined) hasUnit = true;
    else if (DIGITS[c] === undefined) return undefined;
  }
  return hasUnit ? withUnits(s) : digitByDigit(s);
}

function digitByDigit(s: string): number | undefined {
  let value = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    // 两 counts things ("两千"); it is not written in digit strings such as years.
    if (c === "两" || c === "兩") return s.length === 1 ? 2 : undefined;
    value = value * 10 + DIGITS[c]!;
  }
  return value;
}

function withUnits(s: string): number | undefined {
  let total = 0;
  let digit = -1;
  let lastUnit = Number.POSITIVE_INFINITY;
  let afterZero = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    const unit = UNITS[c];
    if (unit === undefined) {
      const d = DIGITS[c]!;
      if (d === 0) {
        // 零 only stands for skipped units between two parts: 一百零五.
        if (digit !== -1 || afterZero || i === 0) return undefined;
        afterZero = true;
        continue;
      }
      if (digit !== -1) return undefined;
      digit = d;
      continue;
    }
    if (unit >= lastUnit) return undefined;
    if (afterZero && unit * 10 >= lastUnit) return undefined;
    if (digit === -1) {
      // A bare 十 at the start means 一十 (十二 = 12); elsewhere a unit needs its digit.
      if (i !== 0 || unit !== 10) return undefined;
      digit = 1;
    }
    total += digit * unit;
    lastUnit = unit;
    digit = -1;
    afterZero = false;
  }
  if (digit === -1) return afterZero ? undefined : total;
  if (afterZero) return lastUnit > 10 ? total + digit : undefined;
  // A trailing digit right after a unit counts in the next unit down: 一百五 = 150.
  return total + digit * (lastUnit / 10);
}
