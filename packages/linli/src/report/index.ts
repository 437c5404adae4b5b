export { type ReportOptions, renderReport, reportFigures } from "./render.js";
