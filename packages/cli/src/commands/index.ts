import type { Command } from "../command.js";
import { schema } from "./schema.js";

/**
 * Every `linli` command, in the order `linli --help` lists them. A command is one module in
 * this folder exporting a {@link Command}; add it here.
 */
export const commands: readonly Command[] = [schema];
