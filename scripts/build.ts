/**
 * `pnpm build`: build every package (tsup, in dependency order) and fail when the build
 * printed a warning, such as a private type left in a public d.ts. The output is shown as
 * it comes.
 */
import { spawn } from "node:child_process";
import { buildWarnings } from "./build/warnings.js";

const child = spawn("pnpm", ["-r", "--filter", "./packages/*", "build"], {
  stdio: ["ignore", "pipe", "pipe"],
});
let output = "";
for (const stream of [child.stdout, child.stderr]) {
  stream.setEncoding("utf8");
  stream.on("data", (chunk: string) => {
    output += chunk;
    (stream === child.stdout ? process.stdout : process.stderr).write(chunk);
  });
}
const code = await new Promise<number>((resolve) => child.on("close", (c) => resolve(c ?? 1)));
const warnings = buildWarnings(output);
if (code === 0 && warnings.length > 0) {
  process.stderr.write(
    `\nThe build gave ${warnings.length} warning(s); fix them:\n${warnings.join("\n")}\n`,
  );
  process.exitCode = 1;
} else process.exitCode = code;
