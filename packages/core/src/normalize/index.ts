export * from "./chinese-numeral/index.js";
export * from "./normalize-gender/index.js";
export * from "./normalize-name/index.js";
export * from "./normalize-text/index.js";
export * from "./normalize-whitespace/index.js";
export * from "./to-half-width/index.js";
export * from "./to-simplified/index.js";
