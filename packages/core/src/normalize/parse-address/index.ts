export type { AddressParts } from "./parse-address.js";
export { parseAddress } from "./parse-address.js";
