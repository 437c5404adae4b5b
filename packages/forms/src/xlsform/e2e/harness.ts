import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const page = fileURLToPath(new URL("./page/", import.meta.url));

/** Build the ODK Web Forms page once, into a fresh folder. */
export async function buildOdkPage(): Promise<string> {
  const { build } = await import("vite");
  const outDir = mkdtempSync(join(tmpdir(), "linli-odk-web-forms-"));
  await build({
    root: page,
    configFile: false,
    logLevel: "error",
    base: "./",
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 8000 },
    define: {
      __VUE_OPTIONS_API__: "true",
      __VUE_PROD_DEVTOOLS__: "false",
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: "false",
    },
  });
  return outDir;
}
