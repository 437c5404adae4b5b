export { type MinhashOptions, minhashBlocking } from "./minhash.js";
export { type PprlFilter, type PprlKey, type PprlProfileOptions, pprlProfile } from "./profile.js";
