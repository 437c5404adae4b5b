export { composeName, type NameParts } from "./compose-name.js";
