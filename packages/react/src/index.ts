export { ErrorSummary } from "./components/error-summary.js";
export { Field, type FieldProps } from "./components/field.js";
export { Layout } from "./components/layout.js";
export { RepeatGroup, type RepeatGroupProps } from "./components/repeat-group.js";
export { SchemaForm, type SchemaFormProps } from "./components/schema-form.js";
export {
  domId,
  type FormContextValue,
  FormProvider,
  type FormProviderProps,
  useFormContext,
} from "./context.js";
export { type DraftControls, type DraftOptions, useDraft } from "./hooks/use-draft.js";
export {
  type FieldBinding,
  type RepeatBinding,
  useField,
  useFormState,
  useRepeat,
} from "./hooks/use-field.js";
export { useForm } from "./hooks/use-form.js";
export { createTapGuard, type TapGuard } from "./tap-guard.js";
