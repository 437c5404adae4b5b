export { orgName } from "./org-name.js";
