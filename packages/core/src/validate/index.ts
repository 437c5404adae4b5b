export { fromZodIssue } from "./issues.js";
export { pathLabel } from "./labels.js";
export { type Validation, type Validator, validate, validator } from "./validate.js";
