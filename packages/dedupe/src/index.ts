export * from "./candidates/index.js";
export * from "./comparators/dice/index.js";
export * from "./comparators/index.js";
export * from "./dedupe/index.js";
export * from "./errors/index.js";
export * from "./explain/index.js";
export * from "./link/index.js";
export * from "./merge/index.js";
export type * from "./options.js";
export { DEFAULT_THRESHOLD } from "./options.js";
export * from "./pprl/index.js";
export {
  type DataProfileName,
  dataProfile,
  febrlProfile,
  locationProfile,
  organizationProfile,
  type ProfileIssue,
  type ProfileParse,
  parseLinkageProfile,
  residentProfile,
  volunteerProfile,
} from "./profiles/index.js";
export type * from "./types.js";
