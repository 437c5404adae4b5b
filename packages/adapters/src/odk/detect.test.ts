import { groupOdkFiles, odkFileKind, odkUnjoinedError, writeXlsx } from "@linli/adapters";
import { describe, expect, it } from "vitest";
import { koboResidents } from "./kobo-fixture.js";

const text = (name: string, s: string) => ({ name, bytes: new TextEncoder().encode(s) });

describe("odkFileKind", () => {
  it("knows Kobo and Central submissions, repeat files and workbooks from their headers", () => {
    expect(odkFileKind(text("k.csv", "name,_uuid,_submission_time,_index\n王伟,u,t,1\n"))).toEqual({
      kind: "submissions",
      tool: "kobo",
    });
    expect(
      odkFileKind(text("c.csv", "\uFEFFSubmissionDate,name,meta-instanceID,KEY\nt,王伟,u,u\n")),
    ).toEqual({ kind: "submissions", tool: "odk" });
    expect(odkFileKind(text("c-members.csv", "name,PARENT_KEY,KEY\n"))).toEqual({
      kind: "repeat",
      tool: "odk",
      link: "PARENT_KEY",
    });
    expect(odkFileKind(text("m.csv", "name;_parent_index\nx;1\n"))).toMatchObject({
      kind: "repeat",
      link: "_parent_index",
    });
    expect(odkFileKind({ name: "k.xlsx", bytes: koboResidents(2).bytes })).toEqual({
      kind: "submissions",
      tool: "kobo",
    });
  });

  it("leaves other files alone: registers, a workbook without such sheets, bytes that are no workbook", () => {
    expect(odkFileKind(text("r.csv", "姓名,电话,_id\n王伟,13800138000,1\n"))).toBeUndefined();
    expect(odkFileKind(text("empty.csv", ""))).toBeUndefined();
    const wb = writeXlsx([{ name: "登记", rows: [["姓名"], ["王伟"]] }]);
    expect(odkFileKind({ name: "r.xlsx", bytes: wb })).toBeUndefined();
    expect(odkFileKind({ name: "bad.xlsx", bytes: new Uint8Array([0x50, 0x4b, 1, 2]) })).toBe(
      undefined,
    );
  });
});

describe("groupOdkFiles", () => {
  const sub = { kind: "submissions", tool: "odk" } as const;
  const rep = { kind: "repeat", tool: "odk", link: "PARENT_KEY" } as const;

  it("gives each repeat file to the submissions file its name starts with, the longest one", () => {
    expect(
      groupOdkFiles([
        { name: "a/居民.csv", kind: sub },
        { name: "b/居民-家庭.csv", kind: sub },
        { name: "b/居民-家庭-members.csv", kind: rep },
        { name: "居民-members.csv", kind: rep },
        { name: "register.csv" },
      ]),
    ).toEqual({
      exports: [
        { main: 0, repeats: [3] },
        { main: 1, repeats: [2] },
      ],
      unjoined: [],
    });
  });

  it("gives repeats to the one submissions file there is, and says when it cannot tell", () => {
    expect(
      groupOdkFiles([
        { name: "export.csv", kind: sub },
        { name: "members.csv", kind: rep },
      ]).exports,
    ).toEqual([{ main: 0, repeats: [1] }]);
    expect(
      groupOdkFiles([
        { name: "a.csv", kind: sub },
        { name: "b.csv", kind: sub },
        { name: "members.csv", kind: rep },
      ]).unjoined,
    ).toEqual([{ file: 2, mains: [0, 1] }]);
    expect(groupOdkFiles([{ name: "members.csv", kind: rep }]).unjoined).toEqual([
      { file: 0, mains: [] },
    ]);
  });
});

describe("odkUnjoinedError", () => {
  it("says what to give for a repeat file alone, and which files it could belong to", () => {
    const alone = odkUnjoinedError("form-members.csv", "PARENT_KEY", []);
    expect(alone.code).toBe("odk.repeatAlone");
    expect(alone.localized["zh-CN"]).toContain("请同时给出提交数据文件");
    const which = odkUnjoinedError("members.csv", "_parent_index", ["a.csv", "b.csv"]);
    expect(which.code).toBe("odk.repeatWhich");
    expect(which.localized.en).toContain("which of a.csv, b.csv it belongs to");
  });
});
