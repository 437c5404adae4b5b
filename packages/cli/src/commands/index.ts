import type { Command } from "../command.js";
import { convert } from "./convert.js";
import { link } from "./link.js";
import { matchCommand } from "./match.js";
import { merge } from "./merge.js";
import { report } from "./report.js";
import { schema } from "./schema.js";
import { template } from "./template.js";
import { validate } from "./validate.js";
import { workbench } from "./workbench.js";
import { xlsformCommand } from "./xlsform.js";

/**
 * Every `linli` command, in the order `linli --help` lists them. A command is one module in
 * this folder exporting a {@link Command}; add it here.
 *
 * @example
 * ```ts
 * import { commands } from "@linli/cli";
 * console.log(commands.map((c) => c.name).join(", ")); // "validate, merge, convert, …"
 * ```
 */
export const commands: readonly Command[] = [
  validate,
  merge,
  link,
  convert,
  report,
  template,
  xlsformCommand,
  matchCommand,
  schema,
  workbench,
];
