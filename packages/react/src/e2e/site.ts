import { rmSync } from "node:fs";
import type { Server } from "node:http";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { launch, serve } from "./harness.js";

/** A built site served on localhost and one page of Chromium, for the tests of a suite. */
export interface ServedSite {
  /** The page every test of the suite drives. */
  readonly page: Page;
  /** Where the site is served, without a trailing slash. */
  readonly url: string;
}

/**
 * Build a site with `build` (into a fresh folder), serve it and launch Chromium (`launch` of
 * harness.ts) before the suite's tests, and close and remove all of it after them. Call it in
 * the body of a `describeWith("chromium", …)` suite (tests/support/tools.ts), which skips the
 * suite visibly where Chromium is missing; `page` and `url` are there from its first test on.
 * Kept apart from harness.ts, which scripts outside the test runner also load.
 */
export function servedSite(
  executablePath: string,
  build: () => Promise<string>,
  timeout = 120_000,
): ServedSite {
  let dist: string | undefined;
  let server: Server | undefined;
  let close: (() => Promise<void>) | undefined;
  let page: Page | undefined;
  let url: string | undefined;
  beforeAll(async () => {
    dist = await build();
    ({ server, url } = await serve(dist));
    const browser = await launch(executablePath);
    close = browser.close;
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
  }, timeout);
  afterAll(async () => {
    await close?.();
    server?.close();
    if (dist) rmSync(dist, { recursive: true, force: true });
  });
  const up = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("the served site is not up: its beforeAll failed");
    return value;
  };
  return {
    get page() {
      return up(page);
    },
    get url() {
      return up(url);
    },
  };
}

/**
 * Open an HTML file linli wrote (a report, a roll-up) in a new page of `context`, recording the
 * requests it makes and the errors it logs. `expectStandalone` then checks what every such
 * file promises: it fits a phone's width, loads nothing from outside the file, logs no error
 * and breaks none of its Content-Security-Policy.
 */
export async function openHtmlFile(
  context: BrowserContext,
  file: string,
): Promise<{ page: Page; expectStandalone: () => Promise<void> }> {
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.goto(`file://${file}`);
  const expectStandalone = async () => {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    expect(requests.every((u) => u.startsWith("file://"))).toBe(true);
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  };
  return { page, expectStandalone };
}
