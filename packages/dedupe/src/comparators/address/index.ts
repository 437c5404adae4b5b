export { type AddressParts, address, addressText, parseHomeAddress } from "./address.js";
