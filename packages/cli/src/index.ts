export {
  type Command,
  type Context,
  EXIT,
  type Io,
  type OptionSpec,
  UsageError,
} from "./command.js";
export { commands } from "./commands/index.js";
export { pickLang } from "./lang.js";
export { main } from "./main.js";
export { type Progress, progress } from "./progress.js";
