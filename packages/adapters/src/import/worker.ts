// A thread that reads and builds pieces of a CSV table for importRecords (see parallel.ts):
// it gets the table's setup once, then pieces of text, and sends each back built.
import { serveRequests } from "@linli/core/node";
import { RecordBuilder } from "../record/build.js";
import { type BuiltPiece, buildPiece, type PieceJob, type PieceSetup } from "./piece.js";

let setup: PieceSetup | undefined;
let builder: RecordBuilder | undefined;
serveRequests<PieceSetup, PieceJob, BuiltPiece>({
  setup(s) {
    setup = s;
    builder = new RecordBuilder(s.builder);
  },
  answer: (job) => buildPiece(builder!, setup!, job),
  transfer: (piece) => [piece.layout.buffer as ArrayBuffer],
});
