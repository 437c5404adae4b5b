export type { CheckPhoneOptions, PhoneDetails } from "./phone.js";
export { checkPhone, isPhoneCountry } from "./phone.js";
export { PHONE_WRITING, phoneWritingPattern } from "./writing.js";
