export { type GeoOptions, geo } from "./geo.js";
