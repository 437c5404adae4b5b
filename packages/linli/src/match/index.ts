export {
  type MatchOutputFile,
  type MatchOutputKind,
  type MatchOutputOptions,
  matchOutputFiles,
} from "./files.js";
