// Small files built to make an importer slow or wrong (see docs/reliability.md): each must be
// read in linear time with the right outcome.
const encoder = new TextEncoder();

/** A CSV whose header repeats one text `columns` times; every row is rejected (no name). */
export function duplicateHeaders(columns = 20_000, rows = 30): Uint8Array {
  const header = ["姓名", ...Array<string>(columns).fill("备注")].join(",");
  const row = ["", ...Array<string>(columns).fill("x")].join(",");
  return encoder.encode(`${header}\n${Array<string>(rows).fill(row).join("\n")}\n`);
}
