export {
  type ApplyProfileOptions,
  applyProfile,
  type Profiler,
  profilePlan,
  profiler,
  type SharedRecord,
} from "./apply-profile.js";
export {
  applyProfileToRow,
  type RowPlan,
  type RowProfiler,
  rowProfiler,
  type SharedColumn,
} from "./apply-row.js";
export { builtinProfileNames, builtinProfiles } from "./builtins.js";
export type { EntityInput, EntitySchema } from "./entity.js";
export { type ExportLog, type ExportLogInput, exportLog, exportLogName } from "./export-log.js";
export { fieldKind } from "./field-kind.js";
export { ageBand } from "./generalise-date.js";
export type { SharedValueForm } from "./leaf.js";
export { maskName } from "./mask.js";
export type { ProfilePlan, SharedField } from "./plan.js";
export { resolveProfile } from "./resolve-profile.js";
export {
  type Action,
  type AddressLevel,
  addressLevels,
  type BuiltinProfileName,
  type FieldKind,
  fieldKinds,
  type GeneraliseAction,
  type MaskAction,
  piiClasses,
  type ResolvedProfile,
  type SharingProfile,
} from "./types.js";
export { parseProfile, validateProfile } from "./validate-profile.js";
