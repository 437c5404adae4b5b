import type { Localized, MessageParams } from "@linli/core";
import { expectArgument, expectText } from "@linli/core";
import { type AdapterMessageCode, adapterMessage } from "./messages.js";

/**
 * A file that cannot be imported at all: unreadable bytes, a damaged workbook, a limit
 * exceeded. Carries a stable `code`, the message in every locale and where it happened.
 * `message` (the standard `Error` text) is the English one.
 *
 * @example
 * ```ts
 * import { ImportError, importFile } from "@linli/adapters";
 * try {
 *   await importFile(new Uint8Array(), { entity: "resident", fileName: "空.csv" });
 * } catch (e) {
 *   if (e instanceof ImportError) console.log(e.code, e.localized["zh-CN"]); // "source.empty"
 * }
 * ```
 */
export class ImportError extends Error {
  readonly code: AdapterMessageCode;
  readonly localized: Localized;
  readonly params: MessageParams;
  readonly file: string;
  readonly row?: number;

  constructor(code: AdapterMessageCode, params: MessageParams & { file: string; row?: number }) {
    expectText("ImportError", "code", code);
    expectArgument("ImportError", "params", "record", params);
    const localized = adapterMessage(code, params);
    super(localized.en);
    this.name = "ImportError";
    this.code = code;
    this.localized = localized;
    this.params = params;
    this.file = params.file;
    if (params.row !== undefined) this.row = params.row;
  }
}
