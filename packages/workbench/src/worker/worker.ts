// biome-ignore-all assist/source/organizeImports: jitless first, before anything builds a schema
import { NO_EVAL } from "../jitless.js";
import type { Localized } from "@linli/core";
import type { BuiltinProfileName } from "@linli/privacy";
import { Downloads } from "./download.js";
import { mergeFiles } from "./merge.js";
import type { Progress, Request, Response } from "./protocol.js";
import { type ReadFile, readFile } from "./read.js";

// Everything heavy runs here, off the page's thread: reading files, merging, writing files.
const scope = self as unknown as {
  postMessage(message: Response): void;
  onmessage: ((event: MessageEvent<Request>) => void) | null;
};

if (!NO_EVAL) throw new Error("zod must not compile parsers under this page's CSP");

const files = new Map<string, ReadFile>();
let downloads: Downloads | undefined;

type ReadRequest = Extract<Request, { type: "read" }>;

/** The helper worker that reads files for this one, while this one reads another. */
interface Helper {
  readonly port: MessagePort;
  busy: boolean;
  seq: number;
  readonly waiting: Map<
    number,
    {
      resolve: (r: ReadFile) => void;
      reject: (e: unknown) => void;
      progress: (p: Progress) => void;
    }
  >;
}
let helper: Helper | undefined;

function takeHelper(port: MessagePort): void {
  const h: Helper = { port, busy: false, seq: 0, waiting: new Map() };
  port.onmessage = (event: MessageEvent<Response>) => {
    const r = event.data;
    const w = h.waiting.get(r.seq);
    if (!w) return;
    if (r.type === "progress") {
      const { seq: _, type: __, ...p } = r;
      w.progress(p);
      return;
    }
    h.waiting.delete(r.seq);
    if (r.type === "readFile") w.resolve(r.read);
    else if (r.type === "error")
      w.reject(Object.assign(new Error(r.message.en), { localized: r.message }));
    else w.reject(new Error(`unexpected answer ${r.type}`));
  };
  helper = h;
}

/** Read a file here, or on the helper when it is free (two files at once on two cores). */
async function read(req: ReadRequest, progress: (p: Progress) => void): Promise<ReadFile> {
  const h = helper;
  if (!h || h.busy) return readFile(req.file, req.source, req, progress);
  h.busy = true;
  try {
    return await new Promise<ReadFile>((resolve, reject) => {
      const seq = ++h.seq;
      h.waiting.set(seq, { resolve, reject, progress });
      h.port.postMessage({ ...req, seq } satisfies Request);
    });
  } finally {
    h.busy = false;
  }
}

/** As the helper: read the files the first worker asks for and hand them back whole. */
function serve(port: MessagePort): void {
  port.onmessage = (event: MessageEvent<Request>) => {
    const req = event.data;
    if (req.type !== "read") return;
    const post = (r: Response) => port.postMessage(r);
    readFile(req.file, req.source, req, (p) => post({ seq: req.seq, type: "progress", ...p }))
      .then((read) => post({ seq: req.seq, type: "readFile", read }))
      .catch((e: unknown) => post({ seq: req.seq, type: "error", message: errorText(e) }));
  };
}

function errorText(e: unknown): Localized {
  const localized = (e as { localized?: Partial<Localized> } | undefined)?.localized;
  if (typeof localized?.["zh-CN"] === "string" && typeof localized.en === "string")
    return localized as Localized;
  const m = e instanceof Error ? e.message : String(e);
  return { "zh-CN": m, en: m };
}

async function handle(req: Request): Promise<void> {
  const { seq } = req;
  const post = (r: Response) => scope.postMessage(r);
  const progress = (p: Progress) => post({ seq, type: "progress", ...p });
  switch (req.type) {
    case "read": {
      const done = await read(req, progress);
      files.set(req.id, done);
      post({ seq, type: "read", report: done.report });
      return;
    }
    case "helper":
      takeHelper(req.port);
      return;
    case "serve":
      serve(req.port);
      return;
    case "forget":
      files.delete(req.id);
      post({ seq, type: "done" });
      return;
    case "merge": {
      const chosen = req.ids.flatMap((id) => files.get(id) ?? []);
      const { result, view } = mergeFiles(chosen, req.entity, req.decisions, progress);
      downloads = new Downloads(result);
      post({ seq, type: "merged", view });
      return;
    }
    case "download": {
      if (!downloads) throw new Error("merge first");
      const f = await downloads.file(
        req.kind,
        req.lang,
        req.profile as BuiltinProfileName,
        req.date,
      );
      post({ seq, type: "file", name: f.name, blob: f.blob });
      return;
    }
  }
}

scope.onmessage = (event) => {
  const req = event.data;
  handle(req).catch((e: unknown) =>
    scope.postMessage({ seq: req.seq, type: "error", message: errorText(e) }),
  );
};
