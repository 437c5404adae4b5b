export {
  checkChoice,
  GLOBAL_OPTIONS,
  type ParsedArgs,
  parseCommandLine,
} from "./args/parse.js";
export {
  type Command,
  CommandLineError,
  type Context,
  EXIT,
  type Io,
  type OptionDef,
  type OptionSpec,
  UsageError,
} from "./command.js";
export { commands } from "./commands/index.js";
export { pickLang } from "./lang.js";
export { main } from "./main.js";
export { processIo } from "./process-io.js";
export { type Progress, progress } from "./progress.js";
