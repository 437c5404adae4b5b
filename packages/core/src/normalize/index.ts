export * from "./chinese-numeral/index.js";
export * from "./normalize-text/index.js";
export * from "./normalize-whitespace/index.js";
export * from "./to-half-width/index.js";
