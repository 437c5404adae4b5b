export type { Derivation } from "./derive/citizen-id.js";
export { createForm } from "./form/create-form.js";
export type {
  FieldOption,
  FieldState,
  Form,
  FormField,
  FormIssue,
  FormOptions,
  FormRepeat,
  FormSnapshot,
  FormState,
  LayoutNode,
  RepeatState,
  RestoreResult,
  SubmitResult,
} from "./form/types.js";
export { type FormMessageCode, formMessage } from "./messages.js";
export { type Condition, evaluate, type Lookup, type Rule } from "./rules/conditions.js";
export { defaultRules } from "./rules/presets.js";
export type { RawValue } from "./values/convert.js";
