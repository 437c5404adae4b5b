// @vitest-environment happy-dom
import { act, cleanup, renderHook } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { FileReport, MergeView, Response } from "./worker/protocol.js";

// Updates drawn as transitions: counted, then run as React runs them.
const transitions = vi.hoisted(() => ({ count: 0 }));
vi.mock("react", async (original) => {
  const react = await original<typeof import("react")>();
  return {
    ...react,
    startTransition: (scope: () => void) => {
      transitions.count++;
      react.startTransition(scope);
    },
  };
});

// The worker: each request answered when the test says so.
const asked: { request: { type: string }; answer: (r: Response) => void }[] = [];
vi.mock("./worker/client.js", () => ({
  startWorker: () => ({
    ask: (request: { type: string }) =>
      new Promise<Response>((answer) => asked.push({ request, answer })),
  }),
}));

const { useWorkbench } = await import("./state.js");

afterEach(() => {
  cleanup();
  asked.length = 0;
  transitions.count = 0;
});

const report = {
  file: "甲.csv",
  source: "甲",
  entity: "resident",
  headers: ["姓名"],
  columns: [],
  notes: [],
  issues: [],
} as unknown as FileReport;

describe("the page's state", () => {
  it("takes a file's report and a merge result as transitions (drawn in slices)", async () => {
    const { result } = renderHook(() => useWorkbench());
    act(() => result.current.addFiles([new File(["姓名\n张静\n"], "甲.csv")]));
    expect(result.current.files[0]!.status).toBe("reading");
    const read = asked.find((a) => a.request.type === "read")!;
    await act(async () => read.answer({ type: "read", seq: 1, id: "f1", report } as Response));
    expect(transitions.count).toBe(1);
    expect(result.current.files[0]!.status).toBe("ready");
    expect(result.current.files[0]!.report).toBe(report);

    const view = { entity: "resident", records: 1, clusters: [] } as unknown as MergeView;
    let done: Promise<void> | undefined;
    act(() => {
      done = result.current.runMerge("resident");
    });
    expect(result.current.merge.running).toBe(true);
    const merge = asked.find((a) => a.request.type === "merge")!;
    await act(async () => {
      merge.answer({ type: "merged", seq: 2, view } as Response);
      await done;
    });
    expect(transitions.count).toBe(2);
    expect(result.current.merge).toMatchObject({ running: false, view });
  });
});
