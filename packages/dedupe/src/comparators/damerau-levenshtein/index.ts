export { damerauLevenshtein } from "./damerau-levenshtein.js";
