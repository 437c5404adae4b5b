export type { OrgNameFeatures } from "./org-name.js";
export { normalizeOrgName, orgName } from "./org-name.js";
export type { OrgNameParts } from "./parse.js";
export { kindsAgree, parseOrgName } from "./parse.js";
export type { OrgNamePart } from "./parts.js";
export { orgNamePart } from "./parts.js";
