import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { launch, repo } from "../../../react/src/e2e/harness.js";

/** The built page: `pnpm build` makes it; built here when missing (a fresh clone). */
export function builtPage(): string {
  const dist = join(repo, "packages/workbench/dist");
  if (!existsSync(join(dist, "index.html"))) {
    execFileSync("pnpm", ["--filter", "@linli/workbench", "build"], { cwd: repo, stdio: "ignore" });
  }
  return dist;
}

/**
 * Headless Chromium with a fresh profile, a laptop-sized window and every request and
 * Content-Security-Policy violation recorded for the test to check.
 */
export async function launchDesktop(executablePath: string, downloads: string) {
  const { context, close } = await launch(executablePath, {
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    isMobile: false,
    hasTouch: false,
    // File paths reach Chromium through the process locale: the suite runs as on a Chinese
    // system (LANG=zh_CN.UTF-8), which may not be installed, and Chromium then drops the
    // Chinese names of the registers. Its own language is set by `launch`.
    env: { ...process.env, LANG: "C.UTF-8", LC_ALL: "C.UTF-8" },
    acceptDownloads: true,
    downloadsPath: downloads,
  });
  const requests: string[] = [];
  context.on("request", (r) => requests.push(r.url()));
  return { context, requests, close };
}
