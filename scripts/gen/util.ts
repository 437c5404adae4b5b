/** `stock-movement` → `StockMovement`. */
export const pascal = (s: string) =>
  s.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());

/** A regex literal that reproduces `re` in generated code. */
export const regex = (re: RegExp) => `/${re.source}/${re.flags}`;

/** Generated code in two forms: fully inline (the identity of the shape) and as emitted. */
export interface Code {
  readonly key: string;
  readonly code: string;
}

/** Code whose parts are plain strings or other generated code. */
export function code(strings: TemplateStringsArray, ...parts: (Code | string)[]): Code {
  let key = strings[0]!;
  let out = strings[0]!;
  parts.forEach((p, i) => {
    key += (typeof p === "string" ? p : p.key) + strings[i + 1]!;
    out += (typeof p === "string" ? p : p.code) + strings[i + 1]!;
  });
  return { key, code: out };
}

/** Join generated code with a separator. */
export function join(parts: readonly Code[], sep: string): Code {
  return { key: parts.map((p) => p.key).join(sep), code: parts.map((p) => p.code).join(sep) };
}

/**
 * Shares repeated sub-expressions of generated code as named constants, so that a shape used
 * in several places (an address, a phone) is written once. Run the generator twice: a counting
 * pass, then an emitting pass.
 */
export class Hoister {
  private readonly counts = new Map<string, number>();
  private readonly names = new Map<string, string>();
  private readonly decls: string[] = [];
  private counting = true;

  constructor(
    private readonly prefix: string,
    private readonly minLength = 100,
  ) {}

  /** Switch from counting to emitting. */
  emit(): void {
    this.counting = false;
  }

  use(c: Code): Code {
    if (this.counting) {
      this.counts.set(c.key, (this.counts.get(c.key) ?? 0) + 1);
      return c;
    }
    if (c.key.length < this.minLength || (this.counts.get(c.key) ?? 0) < 2) return c;
    let name = this.names.get(c.key);
    if (!name) {
      name = `${this.prefix}${this.names.size + 1}`;
      this.names.set(c.key, name);
      this.decls.push(`const ${name} = /* @__PURE__ */ ${c.code};`);
    }
    return { key: c.key, code: name };
  }

  declarations(): readonly string[] {
    return this.decls;
  }
}
