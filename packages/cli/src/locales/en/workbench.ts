/** English texts of `linli workbench`. The keys define the codes. */
export const workbenchEn = {
  "workbench.summary":
    "Open the workbench: check and merge registers in the browser, on this computer only",
  "workbench.help":
    "Serves the workbench page on this computer (127.0.0.1 only) and opens it in the browser. The page reads, checks and merges files inside the browser and uploads nothing; once loaded it also works offline. Stop with Ctrl+C.\n--port      the port (default 8737; the next free one when it is taken). The page remembers column choices per address, so keep the same port.\n--no-open   do not open a browser, only print the address",
  "workbench.serving": "The workbench is at {url} (stop with Ctrl+C).",
  "workbench.missing":
    "The workbench page is not in {dir}: reinstall @linli/cli, or in the linli repository run pnpm build.",
  "workbench.port": "--port takes a number from 1 to 65535, e.g. 8737; got “{value}”.",
  "workbench.busy": "Ports {from} to {to} are all taken; choose another with --port.",
  "workbench.stopped": "The workbench was stopped.",
} as const;

/** A text code of `linli workbench`. */
export type WorkbenchCode = keyof typeof workbenchEn;
