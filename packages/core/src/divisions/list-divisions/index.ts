export { listDivisions } from "./list-divisions.js";
