// A file saved by two programs can hold lines in UTF-8 and lines in GB18030. Either decoder
// alone reads the other's lines as wrong characters (GB18030 accepts most UTF-8 bytes), so
// lines are told apart: a line that is valid UTF-8 and whose non-ASCII characters are all
// Chinese (or Latin letters), three or more of them, is UTF-8; GB18030 text almost never is,
// since its bytes would have to line up as UTF-8 sequences that land in those ranges.

/** Where the lines of a text stop agreeing on an encoding. */
export interface MixedLines {
  /** Byte offset of the first line that disagrees with an earlier one. */
  readonly offset: number;
  /** Its line number, from 1. */
  readonly line: number;
}

const MIN_CHARS = 3;

const plausible = (cp: number) =>
  (cp >= 0x4e00 && cp <= 0x9fff) ||
  (cp >= 0x3000 && cp <= 0x30ff) ||
  (cp >= 0xff00 && cp <= 0xffef) ||
  (cp >= 0xa0 && cp <= 0x24f) ||
  (cp >= 0x2010 && cp <= 0x2027);

/**
 * Scans a text's bytes line by line, in pieces, for a line in UTF-8 and a line in another
 * encoding (or damaged bytes) in the same text.
 *
 * @example
 * ```ts
 * import { LineEncodingScan } from "@linli/adapters";
 * const scan = new LineEncodingScan();
 * scan.push(new TextEncoder().encode("王伟,丈八社区\n")); // undefined: one UTF-8 line
 * scan.push(new Uint8Array([0xc0, 0xee, 0xc4, 0xc8, 0x0a])); // { offset: 20, line: 2 }: 李娜 in GB18030
 * ```
 */
export class LineEncodingScan {
  private seenUtf8 = false;
  private seenOther = false;
  private line = 1;
  private start = 0;
  private offset = 0;
  private high = 0;
  private chars = 0;
  private valid = true;
  private need = 0;
  private cp = 0;
  private odd = false;

  /** Feed bytes; returns where the lines disagree once that is found. */
  push(bytes: Uint8Array): MixedLines | undefined {
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      if (b < 0x80) {
        if (this.need > 0) this.valid = false;
        this.need = 0;
        if (b === 0x0a) {
          const found = this.endLine();
          this.line++;
          this.start = this.offset + i + 1;
          if (found) return found;
        }
        continue;
      }
      this.high++;
      if (this.need > 0) {
        if (b <= 0xbf) {
          this.cp = (this.cp << 6) | (b & 0x3f);
          if (--this.need === 0) {
            if (plausible(this.cp)) this.chars++;
            else this.odd = true;
          }
        } else {
          this.valid = false;
          this.need = 0;
        }
      } else if (b >= 0xc2 && b <= 0xdf) {
        this.need = 1;
        this.cp = b & 0x1f;
      } else if (b >= 0xe0 && b <= 0xef) {
        this.need = 2;
        this.cp = b & 0x0f;
      } else if (b >= 0xf0 && b <= 0xf4) {
        this.need = 3;
        this.cp = b & 0x07;
      } else this.valid = false;
    }
    this.offset += bytes.length;
    return undefined;
  }

  /** The end of the text: its last line counts too. */
  end(): MixedLines | undefined {
    return this.endLine();
  }

  private endLine(): MixedLines | undefined {
    const valid = this.valid && this.need === 0;
    const utf8 = valid && !this.odd && this.chars >= MIN_CHARS;
    const other = !valid && this.high > 0;
    this.high = 0;
    this.chars = 0;
    this.odd = false;
    this.valid = true;
    this.need = 0;
    if (!utf8 && !other) return undefined;
    const first = !this.seenUtf8 && !this.seenOther;
    if (utf8) this.seenUtf8 = true;
    else this.seenOther = true;
    if (!first && this.seenUtf8 && this.seenOther) return { offset: this.start, line: this.line };
    return undefined;
  }
}
