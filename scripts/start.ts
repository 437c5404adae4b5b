/**
 * The README's main job (`pnpm start`): merge the registers of three example communities
 * (examples/merge-communities/data) with `linli merge`, write the merged data, the
 * machine-readable files and the HTML report, and print where they are. Opens nothing.
 * `pnpm start -- --out <dir>` writes elsewhere; `--lang zh-CN|en` picks the language.
 */
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { main } from "@linli/cli";

const example = fileURLToPath(new URL("../examples/merge-communities/", import.meta.url));
const args = process.argv.slice(2).filter((a) => a !== "--");
const at = args.indexOf("--out");
const out = resolve(at >= 0 && args[at + 1] ? args[at + 1]! : join(example, "out"));
const rest = at >= 0 ? [...args.slice(0, at), ...args.slice(at + 2)] : args;

// Run from the data folder so that row references name the files as a person would.
const data = join(example, "data");
process.chdir(data);
const files = readdirSync(data)
  .filter((f) => /\.(csv|xlsx)$/.test(f))
  .sort();
// 词表.json: words of these communities for the model's choices (see the README).
const code = await main(["merge", ...files, "-o", out, "--vocab", "词表.json", ...rest], {
  stdout: process.stdout,
  stderr: process.stderr,
  isTTY: process.stderr.isTTY === true,
  cwd: process.cwd(),
  env: process.env,
});
// Exit code 1 means "some rows were rejected": the example has such rows on purpose.
process.exitCode = code === 1 ? 0 : code;
