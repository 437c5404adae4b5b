// Node-only helpers for linli's own packages, kept out of the browser entry points.
export { startWorker, workerScript } from "./node/start-worker.js";
