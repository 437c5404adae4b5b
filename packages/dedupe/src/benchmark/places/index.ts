export {
  evaluateOrganizations,
  ORG_HARD_NEGATIVE_KINDS,
  type OrganizationReport,
  type OrgHardNegativeKind,
} from "./evaluate.js";
export { type SynthesizeOrganizationsOptions, synthesizeOrganizations } from "./generate.js";
export { ORG_NOISE_KINDS, type OrgNoiseKind } from "./noise.js";
export type { SyntheticOrganization, SyntheticOrganizations } from "./types.js";
