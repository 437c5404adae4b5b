// For the message catalogue tests: the package's code, to tell which codes it uses.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const read = (dir: string): string =>
  readdirSync(dir, { withFileTypes: true })
    .map((d) =>
      d.isDirectory()
        ? d.name === "locales"
          ? ""
          : read(`${dir}${d.name}/`)
        : d.name.endsWith(".ts") && !d.name.endsWith(".test.ts")
          ? readFileSync(`${dir}${d.name}`, "utf8")
          : "",
    )
    .join("\n");

/** Every non-test source file of @linli/adapters outside `locales/`, joined. */
export const sourceText = (): string => read(fileURLToPath(new URL("../", import.meta.url)));
