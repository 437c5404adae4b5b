export { lookupDivision } from "./lookup-division.js";
