import { readFile, stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".wasm": "application/wasm",
};

/** The Content-Security-Policy the built page declares in its meta tag, if any. */
export function pageCsp(html: string): string | undefined {
  const m = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  return m?.[1]
    ?.replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

/**
 * The policy sent with the page's scripts. A worker does not inherit the page's meta tag: it
 * takes the policy sent with its own script, so the workers that read the registers are held
 * to the same connections as the page. They may generate code (`'unsafe-eval'`): the row
 * readers compile their converters at run time, which no connection rule depends on.
 */
export function scriptCsp(csp: string): string {
  return csp.replace(/script-src ([^;]*)/, (_, sources: string) =>
    sources.includes("'unsafe-eval'")
      ? `script-src ${sources}`
      : `script-src ${sources} 'unsafe-eval'`,
  );
}

/**
 * Serve a folder of static files on 127.0.0.1 (nothing else can reach it): GET and HEAD only,
 * no path outside the folder, the page's own Content-Security-Policy sent as a header too
 * (with `frame-ancestors 'none'`, which a meta tag cannot say), and with every script, so
 * that the page's workers are held to it as well ({@link scriptCsp}).
 */
export async function serveFolder(
  dir: string,
  port: number,
): Promise<{ server: Server; url: string }> {
  const root = normalize(dir + sep);
  const index = await readFile(join(root, "index.html"), "utf8");
  const csp = pageCsp(index);
  const server = createServer(async (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const file = normalize(join(root, path.endsWith("/") ? `${path}index.html` : path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error("not a file");
      const body = await readFile(file);
      const headers: Record<string, string> = {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "x-content-type-options": "nosniff",
        "referrer-policy": "no-referrer",
        // Hashed assets never change; the page and its service worker are checked each time.
        "cache-control": file.includes(`${sep}assets${sep}`)
          ? "max-age=31536000, immutable"
          : "no-cache",
      };
      if (csp && extname(file) === ".html")
        headers["content-security-policy"] = `${csp}; frame-ancestors 'none'`;
      else if (csp && (extname(file) === ".js" || extname(file) === ".mjs"))
        headers["content-security-policy"] = scriptCsp(csp);
      res.writeHead(200, headers);
      res.end(req.method === "HEAD" ? undefined : body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("404");
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port: bound } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${bound}/` };
}
