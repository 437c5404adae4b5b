export type { CheckPhoneOptions, PhoneDetails } from "./phone.js";
export { checkPhone } from "./phone.js";
