import { describe, expect, it } from "vitest";
import type { FileEntry } from "../state.js";
import { settled } from "./stable.js";

const entry = (id: string): FileEntry => ({
  id,
  file: { name: `${id}.csv` } as File,
  source: id,
  status: "reading",
  fixes: [],
});

describe("settled", () => {
  it("keeps the previous list while only reading progress changes", () => {
    const before = [entry("a"), entry("b")];
    const ticked = [
      { ...before[0]!, progress: { stage: "import" as const, done: 512 } },
      before[1]!,
    ];
    expect(settled(before, ticked)).toBe(before);
  });

  it("takes the new list when a file is read, fixed, added or removed", () => {
    const before = [entry("a"), entry("b")];
    const read = [{ ...before[0]!, status: "ready" as const }, before[1]!];
    expect(settled(before, read)).toBe(read);
    const fixed = [
      before[0]!,
      { ...before[1]!, fixes: [{ row: 2, column: "姓名", value: "王伟" }] },
    ];
    expect(settled(before, fixed)).toBe(fixed);
    const added = [...before, entry("c")];
    expect(settled(before, added)).toBe(added);
    const removed = [before[1]!];
    expect(settled(before, removed)).toBe(removed);
  });
});
