// The linli command line as bin.ts runs it, with every write to a file slowed down and the
// first one announced on stderr ("writing"), so that a test can signal or kill it mid-write.
import * as fsp from "node:fs/promises";
import type { OutputFs } from "linli/node";
import { main } from "../main.js";
import { processIo } from "../process-io.js";

const delay = Number(process.env.LINLI_TEST_WRITE_DELAY ?? 50);
let announced = false;
const open = (async (...args: Parameters<typeof fsp.open>) => {
  const fh = await fsp.open(...args);
  const write = fh.write.bind(fh) as (...a: unknown[]) => Promise<unknown>;
  return Object.assign(fh, {
    write: async (...a: unknown[]) => {
      if (!announced) {
        announced = true;
        process.stderr.write("writing\n");
      }
      await new Promise((r) => setTimeout(r, delay));
      return write(...a);
    },
  });
}) as OutputFs["open"];

process.exitCode = await main(process.argv.slice(2), { ...processIo(), fs: { ...fsp, open } });
