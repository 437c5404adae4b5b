/** A start or end tag found by {@link XmlScanner}. */
export interface XmlTag {
  /** Local name, without a namespace prefix (`x:row` → `row`). */
  readonly name: string;
  /** The raw attribute text. */
  readonly attrs: string;
  readonly end: boolean;
  readonly selfClosing: boolean;
  /** Index just after the tag's `>`. */
  readonly after: number;
}

/**
 * A minimal pull scanner over XML text: tags in order, with their local names. Comments,
 * processing instructions and DOCTYPEs are skipped. Enough for the well-formed, namespace-
 * prefixed XML of OOXML parts; it never builds a tree, so a large sheet costs one string.
 */
export class XmlScanner {
  pos: number;
  constructor(
    readonly xml: string,
    start = 0,
  ) {
    this.pos = start;
  }

  next(): XmlTag | undefined {
    const xml = this.xml;
    for (;;) {
      const lt = xml.indexOf("<", this.pos);
      if (lt < 0) return undefined;
      const c = xml.charCodeAt(lt + 1);
      if (c === 33 /* ! */ || c === 63 /* ? */) {
        const close = xml.startsWith("<!--", lt)
          ? xml.indexOf("-->", lt + 4)
          : xml.startsWith("<![CDATA[", lt)
            ? xml.indexOf("]]>", lt + 9)
            : xml.indexOf(">", lt + 2);
        if (close < 0) return undefined;
        this.pos = close + 1;
        continue;
      }
      const gt = xml.indexOf(">", lt + 1);
      if (gt < 0) return undefined;
      const end = c === 47; /* / */
      let i = end ? lt + 2 : lt + 1;
      const nameStart = i;
      while (i < gt) {
        const ch = xml.charCodeAt(i);
        if (ch === 32 || ch === 9 || ch === 10 || ch === 13 || ch === 47) break;
        i++;
      }
      const qname = xml.slice(nameStart, i);
      const colon = qname.indexOf(":");
      const selfClosing = xml.charCodeAt(gt - 1) === 47;
      this.pos = gt + 1;
      return {
        name: colon < 0 ? qname : qname.slice(colon + 1),
        attrs: xml.slice(i, selfClosing ? gt - 1 : gt),
        end,
        selfClosing,
        after: gt + 1,
      };
    }
  }

  /** The text content up to the end tag of `name` (nested tags are dropped, CDATA kept). */
  textUntil(name: string): string {
    const xml = this.xml;
    let out = "";
    for (;;) {
      const lt = xml.indexOf("<", this.pos);
      if (lt < 0) {
        out += decodeXml(xml.slice(this.pos));
        this.pos = xml.length;
        return out;
      }
      out += decodeXml(xml.slice(this.pos, lt));
      if (xml.startsWith("<![CDATA[", lt)) {
        const close = xml.indexOf("]]>", lt + 9);
        const stop = close < 0 ? xml.length : close;
        out += xml.slice(lt + 9, stop);
        this.pos = close < 0 ? xml.length : close + 3;
        continue;
      }
      this.pos = lt;
      const tag = this.next();
      if (!tag || (tag.end && tag.name === name)) return out;
    }
  }
}

const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of a tag by local name (`r:id` and `relationships:id` are both `id`). */
export function attributes(attrs: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const m of attrs.matchAll(ATTR)) {
    const q = m[1]!;
    const colon = q.indexOf(":");
    const local = colon < 0 ? q : q.slice(colon + 1);
    if (q.startsWith("xmlns")) continue;
    out[local] = decodeXml(m[2] ?? m[3] ?? "");
  }
  return out;
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Decode XML character and entity references. */
export function decodeXml(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(ENTITY, (_, e: string) => {
    if (e[0] !== "#") return NAMED[e]!;
    const cp = e[1] === "x" ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
    return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : "";
  });
}

/** Decode the `_xHHHH_` escapes OOXML uses for control characters in strings. */
export function decodeOoxmlEscapes(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) =>
    String.fromCharCode(Number.parseInt(h, 16)),
  );
}
