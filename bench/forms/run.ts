/**
 * Forms: keystroke-to-paint with 100 household members (headless Chromium) and bundle sizes.
 * This runs the tests that measure them with LINLI_UPDATE_DOCS=1, which judges the goals and
 * rewrites the `## Forms` tables in docs/benchmarks.md and the screenshots in docs/forms/ (the
 * suite runs the same tests without timing them).
 * Needs Debian's Chromium, and a CJK font for the screenshots (apt-get install fonts-noto-cjk).
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const r = spawnSync(
  "npx",
  ["vitest", "run", "packages/react/src/e2e", "packages/react/src/size.test.ts"],
  { cwd: root, stdio: "inherit", env: { ...process.env, LINLI_UPDATE_DOCS: "1" } },
);
process.exitCode = r.status ?? 1;
