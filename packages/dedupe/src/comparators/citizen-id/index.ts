export { citizenId } from "./citizen-id.js";
