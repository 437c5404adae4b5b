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
let reading: Promise<unknown> = Promise.resolve();

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
      // One file at a time, in the order asked: the page asks for every file at once, so the
      // next is read without waiting for the page to take the last report.
      const turn = reading.then(() => readFile(req.file, req.source, req, progress));
      reading = turn.catch(() => undefined);
      const read = await turn;
      files.set(req.id, read);
      post({ seq, type: "read", report: read.report });
      return;
    }
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
