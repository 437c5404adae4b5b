// @vitest-environment happy-dom

import { SchemaForm } from "@linli/react";
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const KEY = "linli-draft:resident";
const fields = ["name", "citizenId", "birthDate", "household.members"];
const box = (name: string) => screen.getByRole("textbox", { name });

beforeEach(() => {
  localStorage.clear();
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
  vi.setSystemTime(new Date("2024-03-01T10:00:00Z"));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function fill() {
  fireEvent.change(box("姓名"), { target: { value: "王伟" } });
  fireEvent.change(box("身份证号"), { target: { value: "11010519491231002X" } });
  fireEvent.click(screen.getByRole("button", { name: "添加同住人员" }));
  fireEvent.change(screen.getAllByRole("textbox", { name: "姓名" })[1]!, {
    target: { value: "李娜" },
  });
}

describe("draft autosave", () => {
  it("saves a moment after typing and restores on the next visit", () => {
    const first = render(<SchemaForm entity="resident" fields={fields} draft />);
    expect(screen.getByText("填写内容会作为草稿保存在本机，提交后自动删除。")).toBeTruthy();
    fill();
    expect(localStorage.getItem(KEY)).toBeNull();
    act(() => vi.advanceTimersByTime(300));
    const saved = JSON.parse(localStorage.getItem(KEY)!);
    expect(saved.values.name).toBe("王伟");
    first.unmount();

    render(<SchemaForm entity="resident" fields={fields} draft />);
    expect(screen.getAllByRole("textbox", { name: "姓名" })[0]).toMatchObject({ value: "王伟" });
    expect(screen.getAllByRole("textbox", { name: "身份证号" })[0]).toMatchObject({
      value: "11010519491231002X",
    });
    expect(screen.getAllByLabelText("出生日期", { exact: false })[0]).toMatchObject({
      value: "1949-12-31",
    });
    expect(screen.getAllByRole("textbox", { name: "姓名" })[1]).toMatchObject({ value: "李娜" });
    expect(screen.getByText(/^已恢复本机于 .+ 保存的草稿。$/)).toBeTruthy();
  });

  it("saves at once when the page is hidden, as when a phone locks", () => {
    render(
      <SchemaForm entity="resident" fields={fields} draft={{ key: "reg", delayMs: 60_000 }} />,
    );
    fireEvent.change(box("姓名"), { target: { value: "王伟" } });
    expect(localStorage.getItem("reg")).toBeNull();
    act(() => {
      window.dispatchEvent(new Event("pagehide"));
    });
    expect(JSON.parse(localStorage.getItem("reg")!).values.name).toBe("王伟");
  });

  it("clears the draft and the form with the visible button", () => {
    render(<SchemaForm entity="resident" fields={fields} draft />);
    fill();
    act(() => vi.advanceTimersByTime(300));
    expect(localStorage.getItem(KEY)).not.toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "清除草稿" }));
    act(() => vi.advanceTimersByTime(1000));
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(box("姓名")).toMatchObject({ value: "" });
    expect(screen.queryAllByRole("textbox", { name: "姓名" })).toHaveLength(1);
    expect(screen.getByText("草稿已从本机删除，表单已清空。")).toBeTruthy();
  });

  it("drops an expired draft instead of restoring it", () => {
    const first = render(<SchemaForm entity="resident" fields={fields} draft={{ key: "old" }} />);
    fireEvent.change(box("姓名"), { target: { value: "王伟" } });
    act(() => vi.advanceTimersByTime(300));
    first.unmount();
    vi.setSystemTime(new Date("2024-03-02T10:00:01Z"));
    render(<SchemaForm entity="resident" fields={fields} draft={{ key: "old" }} />);
    expect(box("姓名")).toMatchObject({ value: "" });
    expect(localStorage.getItem("old")).toBeNull();
  });

  it("deletes the draft after a successful submit", async () => {
    vi.useRealTimers();
    const onSubmit = vi.fn();
    render(
      <SchemaForm entity="resident" fields={["name"]} draft={{ delayMs: 0 }} onSubmit={onSubmit} />,
    );
    fireEvent.change(box("姓名"), { target: { value: "王伟" } });
    await vi.waitFor(() => expect(localStorage.getItem(KEY)).not.toBeNull());
    fireEvent.click(screen.getByRole("button", { name: "提交" }));
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledOnce());
    await vi.waitFor(() => expect(localStorage.getItem(KEY)).toBeNull());
    await new Promise((r) => setTimeout(r, 20));
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it("survives storage that refuses to work", () => {
    const broken = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("full");
      },
      removeItem: () => {},
    };
    render(<SchemaForm entity="resident" fields={["name"]} draft={{ storage: broken }} />);
    fireEvent.change(box("姓名"), { target: { value: "王伟" } });
    act(() => vi.advanceTimersByTime(300));
    expect(box("姓名")).toMatchObject({ value: "王伟" });
  });
});
