import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { type BrowserContext, chromium, type Page } from "playwright-core";

/** Settings of the browser context that a test may change. */
type LaunchOptions = Omit<
  NonNullable<Parameters<typeof chromium.launchPersistentContext>[1]>,
  "executablePath" | "headless" | "args"
>;

/** The repository root. */
export const repo = fileURLToPath(new URL("../../../../", import.meta.url));
export const example = join(repo, "examples/react-form");

/** Build the example once with its own Vite config, into a fresh folder. */
export async function buildExample(): Promise<string> {
  const { build } = await import("vite");
  const outDir = mkdtempSync(join(tmpdir(), "linli-react-form-"));
  await build({
    root: example,
    configFile: join(example, "vite.config.ts"),
    logLevel: "error",
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};

/** Serve a folder on localhost, on a free port. */
export async function serve(dir: string): Promise<{ url: string; server: Server }> {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    const file = normalize(join(dir, path === "/" ? "index.html" : path));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server };
}

/**
 * One headless Chromium (the program at `executablePath`, found by `describeWith` of
 * tests/support/tools.ts) with a fresh profile and a phone-sized viewport; `options` override
 * the context's settings (a desktop window, downloads, the process environment).
 */
export async function launch(
  executablePath: string,
  options: LaunchOptions = {},
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), "linli-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
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
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: "zh-CN",
    ...options,
  });
  // Every Content-Security-Policy violation on any page is kept for the test to read.
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The axe-core script, to run inside pages. */
export const axeSource = () =>
  readFileSync(join(repo, "packages/react/node_modules/axe-core/axe.min.js"), "utf8");

/** Documentation files are written only when asked, so test runs leave the tree clean. */
export const updateDocs = process.env.LINLI_UPDATE_DOCS === "1";

/** Replace the text between two markers in `docs/benchmarks.md`'s `## Forms` section. */
export function recordBenchmark(marker: string, text: string): void {
  const file = join(repo, "docs/benchmarks.md");
  const doc = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n";
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  const block = `${start}\n${text.trim()}\n${end}`;
  const i = doc.indexOf(start);
  const j = doc.indexOf(end);
  if (i >= 0 && j > i) writeFileSync(file, doc.slice(0, i) + block + doc.slice(j + end.length));
  else throw new Error(`docs/benchmarks.md has no ${start} … ${end} block in its ## Forms section`);
}

/** axe-core's violations on the page as it is now. */
export async function axeViolations(page: Page) {
  await page.evaluate(axeSource());
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run(c: Document, o: object): Promise<Result> } })
      .axe;
    const r = await axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => n.target.join(" ")),
    }));
  });
}

/**
 * Type `count` characters into the last input matching `selector` and time each keystroke
 * from its `keydown` to a task queued by the next animation frame, i.e. after the frame that
 * shows the character was painted. Event Timing entries (16 ms and over) are kept as a check.
 */
export async function typingLatency(page: Page, selector: string, count: number) {
  const input = page.locator(selector).last();
  await input.focus();
  // Warm up: the first keystrokes of a page pay for code that has not run yet.
  for (const k of "warm") await page.keyboard.press(k);
  await input.fill("");
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __slow: number[] };
    w.__lat = [];
    w.__slow = [];
    document.activeElement?.addEventListener("keydown", (e) => {
      const t0 = e.timeStamp;
      requestAnimationFrame(() => setTimeout(() => w.__lat.push(performance.now() - t0)));
    });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__slow.push(entry.duration);
    }).observe({ type: "event", durationThreshold: 16 } as PerformanceObserverInit);
  });
  const keys = "wangxiaomingzhangjinglina12345".repeat(Math.ceil(count / 30)).slice(0, count);
  for (const k of keys) {
    await page.keyboard.press(k);
    await page.waitForTimeout(40);
  }
  await page.waitForFunction(
    (n) => (window as unknown as { __lat: number[] }).__lat.length === n,
    keys.length,
  );
  const typed = await input.inputValue();
  const { lat, slow } = await page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __slow: number[] };
    return { lat: w.__lat, slow: w.__slow };
  });
  const sorted = [...lat].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return {
    typed,
    expected: keys,
    n: lat.length,
    median: at(0.5),
    p95: at(0.95),
    max: sorted[sorted.length - 1]!,
    slow,
  };
}
