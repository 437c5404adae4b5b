import { argument as argumentMessages } from "../locales/en/argument.js";
import type { MessageCode } from "./message.js";
import { message } from "./message.js";
import type { Localized, MessageParams } from "./types.js";

/**
 * What an argument must be, as {@link ArgumentError} names it.
 *
 * @example
 * ```ts
 * import type { ArgumentKind } from "@linli/core";
 * const kind: ArgumentKind = "records";
 * ```
 */
export type ArgumentKind = MessageCode extends infer C
  ? C extends `argument.kind.${infer K}`
    ? K
    : never
  : never;

/** The kinds there are messages for. */
const KNOWN_KINDS: ReadonlySet<string> = new Set(Object.keys(argumentMessages));

/** What a value is, in words, for a message. */
function got(value: unknown): Localized {
  if (value === null) return message("argument.got.null");
  if (Array.isArray(value)) return message("argument.got.array");
  const type = typeof value;
  switch (type) {
    case "undefined":
    case "string":
    case "number":
    case "boolean":
    case "object":
    case "function":
      return message(`argument.got.${type}`);
    default:
      return message("argument.got.other", { type });
  }
}

/**
 * An argument passed in code that a function cannot use (`null` where records belong, a
 * number for a file name…), thrown before any work is done. Every public function of every
 * linli package throws it for such arguments. Like every linli error it has a stable `code`
 * (`argument.invalid`) and its message in every locale (`localized`); `message` is English.
 *
 * @example
 * ```ts
 * import { ArgumentError, validate } from "@linli/core";
 * try {
 *   validate("resident", null);
 * } catch (e) {
 *   if (e instanceof ArgumentError) console.log(e.code, e.localized["zh-CN"]);
 * }
 * ```
 */
export class ArgumentError extends TypeError {
  override readonly name = "ArgumentError";
  readonly code = "argument.invalid" as const;
  readonly localized: Localized;
  /** The function called, e.g. `merge`. */
  readonly function: string;
  /** The argument, e.g. `inputs` or `options.entity`. */
  readonly argument: string;

  constructor(
    fn: string,
    name: string,
    expected: ArgumentKind,
    value: unknown,
    params: MessageParams = {},
  ) {
    const kind = `argument.kind.${expected}`;
    const localized = message("argument.invalid", {
      fn: String(fn),
      name: String(name),
      expected: KNOWN_KINDS.has(kind)
        ? message(kind as MessageCode, params)
        : message("argument.kind.object"),
      got: got(value),
    });
    super(localized.en);
    this.localized = localized;
    this.function = String(fn);
    this.argument = String(name);
  }
}

/**
 * Throw an {@link ArgumentError} unless `ok`.
 *
 * @example
 * ```ts
 * import { checkArgument } from "@linli/core";
 * function greet(name: string) {
 *   checkArgument(typeof name === "string", "greet", "name", "text", name);
 * }
 * ```
 */
export function checkArgument(
  ok: boolean,
  fn: string,
  name: string,
  expected: ArgumentKind,
  value: unknown,
  params?: MessageParams,
): asserts ok {
  if (!ok) throw new ArgumentError(fn, name, expected, value, params);
}

/**
 * Whether a value can be an options argument: nothing, or an object that is not a list.
 *
 * @example
 * ```ts
 * import { isOptions } from "@linli/core";
 * isOptions(undefined); // true
 * isOptions([]); // false
 * ```
 */
export function isOptions(value: unknown): boolean {
  return (
    value === undefined || (typeof value === "object" && value !== null && !Array.isArray(value))
  );
}

/** What each kind of argument {@link expectArgument} checks must be. */
const KINDS: Partial<Record<ArgumentKind, (value: unknown) => boolean>> = {
  text: (v) => typeof v === "string",
  texts: (v) => Array.isArray(v),
  list: (v) => Array.isArray(v) || ArrayBuffer.isView(v),
  object: (v) => typeof v === "object" && v !== null,
  options: isOptions,
  number: (v) => typeof v === "number" && !Number.isNaN(v),
  function: (v) => typeof v === "function",
  bytes: (v) => v instanceof Uint8Array,
  record: (v) => typeof v === "object" && v !== null && !Array.isArray(v),
  records: (v) => Array.isArray(v),
  sources: (v) => Array.isArray(v),
  schema: (v) => typeof v === "object" && v !== null && "_zod" in v,
  locale: (v) => v === "zh-CN" || v === "en",
  boolean: (v) => typeof v === "boolean",
};

/**
 * Throw an {@link ArgumentError} unless `value` is the kind of argument named: `text` (a
 * string), `texts` or `list` (an array), `object`, `record` (a non-array object), `options`
 * (nothing or an object), `number`, `function`, `bytes` (a Uint8Array), `schema` (a zod
 * schema), `locale` ("zh-CN" or "en"), `boolean`.
 *
 * @example
 * ```ts
 * import { expectArgument, expectText } from "@linli/core";
 * function shout(text: string) {
 *   expectText("shout", "text", text);
 *   return text.toUpperCase();
 * }
 * ```
 */
export function expectArgument(
  fn: string,
  name: string,
  expected: ArgumentKind,
  value: unknown,
): void {
  const ok = KINDS[expected];
  if (ok && !ok(value)) throw new ArgumentError(fn, name, expected, value);
}

/**
 * Throw an {@link ArgumentError} unless `value` is a string: the check of text arguments,
 * kept small so that functions called for every cell stay fast.
 *
 * @example
 * ```ts
 * import { expectText } from "@linli/core";
 * expectText("normalize", "text", " 王伟 "); // fine
 * ```
 */
export function expectText(fn: string, name: string, value: unknown): asserts value is string {
  if (typeof value !== "string") throw new ArgumentError(fn, name, "text", value);
}

/** Whether a value is a string or a number (a cell as a spreadsheet gives it). */
export function isTextOrNumber(value: unknown): value is string | number {
  return typeof value === "string" || typeof value === "number";
}

/**
 * Whether a value is a text in every language linli speaks (`{ "zh-CN": …, en: … }`).
 *
 * @example
 * ```ts
 * import { isLocalized } from "@linli/core";
 * isLocalized({ "zh-CN": "你好", en: "Hello" }); // true
 * ```
 */
export function isLocalized(value: unknown): value is Localized {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v["zh-CN"] === "string" && typeof v.en === "string";
}
