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
    const localized = message("argument.invalid", {
      fn,
      name,
      expected: message(`argument.kind.${expected}` as MessageCode, params),
      got: got(value),
    });
    super(localized.en);
    this.localized = localized;
    this.function = fn;
    this.argument = name;
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
