import { expectText } from "../../i18n/argument.js";

/** Digit values, including the financial forms (壹贰叁) and traditional 兩 / 貳 / 參 / 陸. */
const DIGITS: ReadonlyMap<number, number> = /* @__PURE__ */ new Map([
  [0x3007, 0], // 〇
  [0x96f6, 0], // 零
  [0x25cb, 0], // ○
  [0x4e00, 1], // 一
  [0x58f9, 1], // 壹
  [0x4e8c, 2], // 二
  [0x8d30, 2], // 贰
  [0x8cb3, 2], // 貳
  [0x4e24, 2], // 两
  [0x5169, 2], // 兩
  [0x4e09, 3], // 三
  [0x53c1, 3], // 叁
  [0x53c3, 3], // 參
  [0x56db, 4], // 四
  [0x8086, 4], // 肆
  [0x4e94, 5], // 五
  [0x4f0d, 5], // 伍
  [0x516d, 6], // 六
  [0x9646, 6], // 陆
  [0x9678, 6], // 陸
  [0x4e03, 7], // 七
  [0x67d2, 7], // 柒
  [0x516b, 8], // 八
  [0x634c, 8], // 捌
  [0x4e5d, 9], // 九
  [0x7396, 9], // 玖
]);

const LIANG = 0x4e24; // 两
const LIANG_TRADITIONAL = 0x5169; // 兩

const UNITS: ReadonlyMap<number, number> = /* @__PURE__ */ new Map([
  [0x5341, 10], // 十
  [0x62fe, 10], // 拾
  [0x767e, 100], // 百
  [0x4f70, 100], // 佰
  [0x5343, 1000], // 千
  [0x4edf, 1000], // 仟
]);

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
  expectText("chineseNumeral", "s", s);
  const n = s.length;
  if (n === 0) return undefined;
  let hasUnit = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (UNITS.has(c)) hasUnit = true;
    else if (!DIGITS.has(c)) return undefined;
  }
  return hasUnit ? withUnits(s) : digitByDigit(s);
}

function digitByDigit(s: string): number | undefined {
  let value = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // 两 counts things ("两千"); it is not written in digit strings such as years.
    if (c === LIANG || c === LIANG_TRADITIONAL) return s.length === 1 ? 2 : undefined;
    value = value * 10 + DIGITS.get(c)!;
  }
  return value;
}

function withUnits(s: string): number | undefined {
  let total = 0;
  let digit = -1;
  let lastUnit = Number.POSITIVE_INFINITY;
  let afterZero = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const unit = UNITS.get(c);
    if (unit === undefined) {
      const d = DIGITS.get(c)!;
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
