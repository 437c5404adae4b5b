// @vitest-environment happy-dom
import { createTapGuard } from "@linli/react";
import { afterEach, describe, expect, it, vi } from "vitest";

const press = (type: string) => {
  const e = new Event(type, { bubbles: true });
  Object.assign(e, { isPrimary: true });
  document.body.dispatchEvent(e);
};

describe("createTapGuard", () => {
  afterEach(() => vi.useRealTimers());

  it("runs at once when nothing is pressed", () => {
    const guard = createTapGuard();
    const stop = guard.listen(document);
    const run = vi.fn();
    guard.after(run);
    expect(run).toHaveBeenCalledOnce();
    stop();
  });

  it("holds work from the press until its click's handlers are done", () => {
    vi.useFakeTimers();
    const guard = createTapGuard();
    const stop = guard.listen(document);
    const order: string[] = [];
    document.body.addEventListener("click", () => order.push("click"));
    press("pointerdown");
    press("pointerup");
    guard.after(() => order.push("blur")); // a touch tap leaves the field after the finger lifts
    expect(order).toEqual([]);
    document.body.dispatchEvent(new Event("click", { bubbles: true }));
    expect(order).toEqual(["click"]);
    vi.advanceTimersByTime(0);
    expect(order).toEqual(["click", "blur"]);
    stop();
  });

  it("lets go when the press turns into a scroll or ends without a click", () => {
    vi.useFakeTimers();
    const guard = createTapGuard();
    const stop = guard.listen(document);
    const run = vi.fn();
    press("pointerdown");
    guard.after(run);
    press("pointercancel");
    expect(run).toHaveBeenCalledOnce();
    press("pointerdown");
    guard.after(run);
    press("pointerup");
    vi.advanceTimersByTime(599);
    expect(run).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(2);
    stop();
  });

  it("runs what it held when it stops listening", () => {
    const guard = createTapGuard();
    const stop = guard.listen(document);
    const run = vi.fn();
    press("pointerdown");
    guard.after(run);
    stop();
    expect(run).toHaveBeenCalledOnce();
    press("pointerdown");
    guard.after(run);
    expect(run).toHaveBeenCalledTimes(2);
  });
});
