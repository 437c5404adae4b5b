/**
 * The two steps both workbench benches drive: drop the files and wait until each shows its
 * counts, then merge and wait for the result.
 */
import type { launchDesktop } from "../../packages/workbench/src/e2e/harness.js";

type Context = Awaited<ReturnType<typeof launchDesktop>>["context"];
/** A page of the browser the benches launch (playwright-core is the workbench's dependency). */
type Page = Awaited<ReturnType<Context["newPage"]>>;

/** Drop `paths` on the page and wait until every file is read (its counts shown, no progress). */
export async function dropAndRead(page: Page, paths: readonly string[]): Promise<void> {
  await page.setInputFiles("#files", [...paths]);
  await page.waitForFunction(
    (n: number) =>
      document.querySelectorAll("li[data-file] dd[data-count='read']").length === n &&
      document.querySelectorAll("li[data-file] progress").length === 0,
    paths.length,
    { timeout: 600_000, polling: 50 },
  );
}

/** Press the merge button and wait until the merge's result shows. */
export async function mergeAll(page: Page): Promise<void> {
  await page.getByRole("button", { name: "合并全部文件" }).click();
  await page.waitForSelector(".result", { timeout: 600_000 });
}
