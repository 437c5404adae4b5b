// @vitest-environment happy-dom
import type { RowIssue } from "@linli/adapters";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { FileEntry, Workbench } from "../state.js";
import { TextContext, texts } from "../text.js";
import type { FileReport, MergeView, ReviewCluster } from "../worker/protocol.js";
import { IssuesTable, PAGE } from "./issues-table.js";
import { MergePanel } from "./merge-panel.js";

afterEach(cleanup);

const zh = texts("zh-CN");
const noop = () => undefined;

const issue = (file: string, row: number): RowIssue => ({
  file,
  row,
  column: "出生日期",
  field: "birthDate",
  code: row % 2 ? "date.invalid" : "date.mismatch",
  severity: row % 2 ? "error" : "warning",
  message: { "zh-CN": `${file} 第 ${row} 行`, en: `${file}, row ${row}` },
  value: "2000-13-16",
});

const file = (id: string, issues: number): FileEntry => {
  const name = `${id}.csv`;
  const report = {
    file: name,
    source: id,
    entity: "resident",
    issues: Array.from({ length: issues }, (_, i) => issue(name, i + 2)),
  } as unknown as FileReport;
  return { id, file: { name } as File, source: id, status: "ready", fixes: [], report };
};

const cluster = (id: string): ReviewCluster => ({
  id,
  rows: [1, 2].map((row) => ({
    source: "a",
    row: Number(id.slice(1)) * 10 + row,
    file: "a.csv",
    values: [
      {
        field: "name",
        label: { "zh-CN": "姓名", en: "Name" },
        value: { "zh-CN": "王伟", en: "王伟" },
      },
    ],
  })),
  evidence: [{ a: 0, b: 1, text: { "zh-CN": "身份证号 完全一致", en: "same citizen ID" } }],
});

const rows = () => document.querySelectorAll("tr[data-code]").length;
const more = () => screen.getByRole("button", { name: /显示更多/ });

// What the page draws when a report or a merge result arrives is laid out in one frame: drawn
// whole (every issue up to 200, every near miss) it held the page's thread for up to a second.
describe("the issues table draws a page of rows at a time", () => {
  it("draws the first rows, more on asking, and the first page again under another filter", () => {
    const files = [file("a", 130), file("b", 130)];
    render(
      <TextContext.Provider value={zh}>
        <IssuesTable files={files} onFix={noop} />
      </TextContext.Provider>,
    );
    expect(PAGE).toBeLessThanOrEqual(50);
    expect(rows()).toBe(PAGE);
    expect(screen.getByText(`显示 ${PAGE} 条，共 260 条`)).toBeTruthy();
    expect(more().textContent).toContain(`还有 ${260 - PAGE} 条`);
    fireEvent.click(more());
    expect(rows()).toBe(2 * PAGE);
    fireEvent.click(more());
    fireEvent.click(more());
    fireEvent.click(more());
    fireEvent.click(more());
    expect(rows()).toBe(260);
    expect(screen.queryByRole("button", { name: /显示更多/ })).toBeNull();

    fireEvent.change(document.querySelector("#filter-file")!, { target: { value: "b" } });
    expect(rows()).toBe(PAGE);
    expect(
      [...document.querySelectorAll("tr[data-code] td:first-child")].map((td) => td.textContent),
    ).toEqual(Array(PAGE).fill("b.csv"));
    fireEvent.change(document.querySelector("#filter-code")!, {
      target: { value: "date.invalid" },
    });
    expect(rows()).toBe(PAGE);
    expect(more().textContent).toContain(`还有 ${65 - PAGE} 条`);
  });
});

describe("the merge result draws a page of clusters and near misses at a time", () => {
  it("draws 20 of each, more on asking", () => {
    const view = {
      entity: "resident",
      records: 90,
      rows: 180,
      duplicateClusters: 45,
      conflicts: 0,
      summary: [],
      clusters: Array.from({ length: 45 }, (_, i) => cluster(`c${i + 1}`)),
      nearMisses: Array.from({ length: 45 }, (_, i) => cluster(`n${i + 1}`)),
      unknownRows: [],
      ms: 1,
    } as MergeView;
    const wb = {
      files: [file("a", 0)],
      merge: { running: false, view, applied: { mustLink: [], cannotLink: [] } },
      decisions: { mustLink: [], cannotLink: [] },
      entities: ["resident"],
      splitOff: noop,
      join: noop,
      runMerge: noop,
      setDecisions: noop,
    } as unknown as Workbench;
    render(
      <TextContext.Provider value={zh}>
        <MergePanel wb={wb} entity="resident" onEntity={noop} />
      </TextContext.Provider>,
    );
    const [clusters, near] = [...document.querySelectorAll("ul.clusters")];
    const cards = (list: Element | undefined) => list!.querySelectorAll("li[data-cluster]").length;
    expect(cards(clusters)).toBe(20);
    expect(cards(near)).toBe(20);
    const [moreClusters, moreNear] = screen.getAllByRole("button", { name: /显示更多/ });
    expect(moreNear!.textContent).toContain("还有 25 组");
    fireEvent.click(moreNear!);
    expect(cards(near)).toBe(40);
    expect(cards(clusters)).toBe(20);
    fireEvent.click(moreClusters!);
    expect(cards(clusters)).toBe(40);
  });
});
