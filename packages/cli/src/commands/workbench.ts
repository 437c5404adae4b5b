import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { type Command, EXIT, UsageError } from "../command.js";
import { wm } from "../locales/workbench.js";
import { serveFolder } from "../static-server.js";

const DEFAULT_PORT = 8737;
const TRIES = 10;

/** The folder of the built workbench page (`dist` of @linli/workbench). */
export function workbenchDir(): string {
  const pkg = createRequire(import.meta.url).resolve("@linli/workbench/package.json");
  return join(dirname(pkg), "dist");
}

/** Open a URL in the system's browser; where none can be started, the printed URL remains. */
function openBrowser(url: string, env: Readonly<Record<string, string | undefined>>): void {
  const [cmd, args] =
    process.platform === "darwin"
      ? ["open", [url]]
      : process.platform === "win32"
        ? ["cmd", ["/c", "start", "", url]]
        : [env.BROWSER || "xdg-open", [url]];
  try {
    const child = spawn(cmd, args, { stdio: "ignore", detached: true });
    child.on("error", () => {});
    child.unref();
  } catch {
    // No browser to start: the address is printed.
  }
}

/**
 * `linli workbench [--port 8737] [--no-open]`: serve the workbench page on 127.0.0.1 and
 * open it; runs until interrupted (Ctrl+C), then exits 0.
 */
export const workbench: Command = {
  name: "workbench",
  usage: "[--port 8737] [--no-open]",
  summary: wm("workbench.summary"),
  help: wm("workbench.help"),
  options: {
    port: { type: "string", example: String(DEFAULT_PORT) },
    "no-open": { type: "boolean" },
  },
  async run(ctx) {
    const given = ctx.values.port as string | undefined;
    const port = given === undefined ? DEFAULT_PORT : Number(given);
    if (!Number.isInteger(port) || port < 0 || port > 65535 || given?.trim() === "")
      throw new UsageError(wm("workbench.port", { value: given ?? "" }));
    const dir = workbenchDir();
    if (!existsSync(join(dir, "index.html")))
      throw new UsageError(wm("workbench.missing", { dir }));
    // A port given is used as is; the default moves on to the next free one.
    const tries = given === undefined ? TRIES : 1;
    let served: Awaited<ReturnType<typeof serveFolder>> | undefined;
    for (let i = 0; i < tries && !served; i++) {
      try {
        served = await serveFolder(dir, port === 0 ? 0 : port + i);
      } catch (e) {
        if ((e as { code?: string }).code !== "EADDRINUSE") throw e;
      }
    }
    if (!served) throw new UsageError(wm("workbench.busy", { from: port, to: port + tries - 1 }));
    const { server, url } = served;
    ctx.io.stdout.write(`${ctx.t(wm("workbench.serving", { url }))}\n`);
    if (ctx.values["no-open"] !== true) openBrowser(url, ctx.io.env);
    await new Promise<void>((resolve) => {
      const stop = ctx.io.onInterrupt?.(() => {
        stop?.();
        resolve();
      });
      server.on("close", () => resolve());
    });
    server.close();
    ctx.io.stdout.write(`${ctx.t(wm("workbench.stopped"))}\n`);
    return EXIT.ok;
  },
};
