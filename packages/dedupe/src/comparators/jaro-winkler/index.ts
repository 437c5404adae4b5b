export { jaroWinkler } from "./jaro-winkler.js";
