import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";
import { repo } from "../../../react/src/e2e/harness.js";

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
  const profile = mkdtempSync(join(tmpdir(), "linli-workbench-chromium-"));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--lang=zh-CN",
    ],
    viewport: { width: 1280, height: 800 },
    locale: "zh-CN",
    // File paths reach Chromium through the process locale: the suite runs as on a Chinese
    // system (LANG=zh_CN.UTF-8), which may not be installed, and Chromium then drops the
    // Chinese names of the registers. Its own language is set above.
    env: { ...process.env, LANG: "C.UTF-8", LC_ALL: "C.UTF-8" },
    acceptDownloads: true,
    downloadsPath: downloads,
  });
  const requests: string[] = [];
  context.on("request", (r) => requests.push(r.url()));
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return {
    context,
    requests,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
