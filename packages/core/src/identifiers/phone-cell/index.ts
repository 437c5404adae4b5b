export {
  type ContactPhone,
  type PhoneKindValue,
  parsePhones,
  phoneKind,
} from "./phone-cell.js";
