// Tests that open what linli writes in LibreOffice convert the workbooks to CSV in one
// headless run (starting LibreOffice is most of their time) and read the CSV files back.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

/**
 * Convert every sheet of every workbook in `files` to `<outDir>/<file>-<sheet>.csv` (UTF-8,
 * comma, quoted text) in one run of LibreOffice (`office`, the path `describeWith` gives),
 * with a fresh profile in `profile`.
 */
export function sheetsToCsv(
  office: string,
  files: readonly string[],
  { outDir, profile, timeout }: { outDir: string; profile: string; timeout: number },
): void {
  execFileSync(
    office,
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
      "--outdir",
      outDir,
      ...files,
    ],
    {
      stdio: "pipe",
      timeout,
      // LibreOffice converts reliably only in a plain locale, and file names are UTF-8 whatever
      // locale the machine has (or lacks); the suite runs as on a Chinese system.
      env: { ...process.env, LANG: "C.UTF-8", LC_ALL: "C.UTF-8" },
    },
  );
}

/** The lines of a CSV file LibreOffice wrote: no byte order mark, no CR, no empty last line. */
export function csvLines(file: string): string[] {
  return readFileSync(file, "utf8")
    .replace(/^\ufeff/, "")
    .split("\n")
    .map((l) => l.replace(/\r$/, ""))
    .filter((l, i, all) => l !== "" || i < all.length - 1);
}
