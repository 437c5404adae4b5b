import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../main.js";
import { pageCsp, scriptCsp } from "../static-server.js";
import { memoryIo } from "../testing/memory-io.js";
import { workbenchDir } from "./workbench.js";

// `pnpm test` builds the page first (packages/workbench/dist).
describe("linli workbench", () => {
  it("finds the built page of @linli/workbench", () => {
    expect(existsSync(join(workbenchDir(), "index.html")), workbenchDir()).toBe(true);
  });

  it("serves the page on 127.0.0.1 with its CSP, nothing outside its folder, until interrupted", async () => {
    const { io, out, err } = memoryIo();
    let interrupt: (() => void) | undefined;
    const running = main(["workbench", "--port", "0", "--no-open", "--lang", "en"], {
      ...io,
      onInterrupt(listener) {
        interrupt = () => listener("SIGINT");
        return () => {
          interrupt = undefined;
        };
      },
    });
    await expect.poll(() => out(), { timeout: 30_000 }).toMatch(/http:\/\/127\.0\.0\.1:\d+\//);
    const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(out())![0];
    expect(out()).toContain("stop with Ctrl+C");

    const page = await fetch(url);
    expect(page.status).toBe(200);
    const html = await page.text();
    const csp = page.headers.get("content-security-policy")!;
    expect(csp).toBe(`${pageCsp(html)}; frame-ancestors 'none'`);
    expect(csp).toContain("connect-src 'self'");
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)![1]!;
    const js = await fetch(url + script);
    expect(js.status).toBe(200);
    expect(js.headers.get("content-type")).toContain("text/javascript");
    // Workers take the policy sent with their own script, not the page's meta tag.
    const workerCsp = js.headers.get("content-security-policy")!;
    expect(workerCsp).toBe(scriptCsp(pageCsp(html)!));
    expect(workerCsp).toContain("connect-src 'self'");
    expect(workerCsp).toContain("default-src 'self'");
    const sw = await fetch(`${url}sw.js`);
    expect(sw.status).toBe(200);
    expect(sw.headers.get("content-security-policy")).toBe(workerCsp);
    expect((await fetch(`${url}..%2f..%2fpackage.json`)).status).toBe(403);
    expect((await fetch(`${url}nothing.js`)).status).toBe(404);
    expect((await fetch(url, { method: "POST" })).status).toBe(405);

    interrupt!();
    expect(await running).toBe(0);
    expect(out()).toContain("stopped");
    expect(err()).toBe("");
    await expect(fetch(url)).rejects.toThrow();
  });

  it("lets the page's scripts generate code, and nothing more", () => {
    const csp = "default-src 'self'; script-src 'self'; connect-src 'self'";
    expect(scriptCsp(csp)).toBe(
      "default-src 'self'; script-src 'self' 'unsafe-eval'; connect-src 'self'",
    );
    expect(scriptCsp(scriptCsp(csp))).toBe(scriptCsp(csp));
  });

  it("refuses a port that is no port, in both languages", async () => {
    const zh = memoryIo();
    expect(await main(["workbench", "--port", "http", "--lang", "zh-CN"], zh.io)).toBe(2);
    expect(zh.err()).toContain("--port 应为 1 到 65535 之间的数字");
    const en = memoryIo();
    expect(await main(["workbench", "--port", "-3", "--lang", "en"], en.io)).toBe(2);
    expect(en.err()).toContain("--port takes a number");
  });
});
