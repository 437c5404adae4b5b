export { type LinkCluster, type LinkResult, link } from "./link.js";
