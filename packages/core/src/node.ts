// Node-only helpers for linli's own packages, kept out of the browser entry points.
export { type RequestHandlers, serveRequests } from "./node/serve-requests.js";
export { startWorker, workerScript } from "./node/start-worker.js";
export {
  type FromPoolWorker,
  type ToPoolWorker,
  WorkerPool,
  WorkerPoolError,
  type WorkerPoolFailure,
  type WorkerPoolOptions,
} from "./node/worker-pool.js";
