// A thread that reads and builds pieces of a CSV table for importRecords (see parallel.ts):
// it gets the table's setup once, then pieces of text, and sends each back built.
import { parentPort } from "node:worker_threads";
import { RecordBuilder } from "../record/build.js";
import { type BuiltPiece, buildPiece, type PieceJob, type PieceSetup } from "./piece.js";

/** What the importing thread sends. */
export type ToWorker = { type: "setup"; setup: PieceSetup } | { type: "piece"; job: PieceJob };

/** What a worker answers. */
export type FromWorker =
  | { type: "ready" }
  | { type: "built"; piece: BuiltPiece }
  | { type: "failed"; id: number; error: string };

const port = parentPort;
if (port) {
  let setup: PieceSetup | undefined;
  let builder: RecordBuilder | undefined;
  const send = (m: FromWorker) =>
    port.postMessage(m, m.type === "built" ? [m.piece.layout.buffer as ArrayBuffer] : []);
  port.on("message", (m: ToWorker) => {
    if (m.type === "setup") {
      setup = m.setup;
      builder = new RecordBuilder(setup.builder);
      send({ type: "ready" });
      return;
    }
    try {
      send({ type: "built", piece: buildPiece(builder!, setup!, m.job) });
    } catch (e) {
      send({ type: "failed", id: m.job.id, error: String(e) });
    }
  });
}
