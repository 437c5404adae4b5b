export { type ExplainLocale, explainPair, levelLabel } from "./explain.js";
