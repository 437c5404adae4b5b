export type { StreetAddressParts } from "./street-address.js";
export { parseStreetAddress, streetAddress } from "./street-address.js";
