import { dataProfile, dedupe, type ProfileName } from "@linli/dedupe";
import { describe, expect, it } from "vitest";

const meta = (id: string) => ({ id, schemaVersion: "0.0.0" });
const clusters = (records: unknown[], profile: ProfileName) =>
  dedupe(records, { profile }).clusters;

describe("built-in profiles of the other entities", () => {
  it("household: the same home and head, written otherwise; another head in the same flat stays apart", () => {
    // A register of 200 households, then three rows typed again and one more family.
    const surnames = "王李张刘陈杨黄赵吴周";
    const given = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚";
    const compounds = ["丈八小区", "曲江花园", "小寨东村", "长安公寓", "电子城小区"];
    const homes = Array.from({ length: 200 }, (_, i) => ({
      meta: meta(`h${i}`),
      headName: surnames[i % 10]! + given[(i * 7) % 20]! + given[(i * 3 + 1) % 20]!,
      address: {
        compound: compounds[i % 5]!,
        building: String(1 + (i % 23)),
        unit: String(1 + (i % 4)),
        room: String(101 + ((i * 13) % 600)),
      },
      phones: [{ number: `138${String(10_000_000 + i * 7919).slice(0, 8)}` }],
    }));
    const h = homes[7]!;
    const a = h.address;
    const again = [
      // The same household from another list: the head's name spaced, the address as one line.
      {
        meta: meta("x1"),
        headName: h.headName.split("").join(" "),
        address: { line: `雁塔区${a.compound}${a.building}号楼${a.unit}单元${a.room}室` },
      },
      // Another family in the same flat, with its own head and phone.
      { meta: meta("x2"), headName: "欧阳明", address: a, phones: [{ number: "13911112222" }] },
      // The same head next door.
      {
        meta: meta("x3"),
        headName: h.headName,
        address: { ...a, room: String(Number(a.room) + 1) },
      },
    ];
    const found = clusters([...homes, ...again], "household");
    const of = (i: number) => found.find((c) => c.includes(i))!;
    expect(of(7)).toEqual([7, 200]);
    expect(of(201)).toEqual([201]);
    expect(of(202)).toEqual([202]);
    expect(found).toHaveLength(202);
  });

  it("need: one requester, one category, within three days; a later need or another kind stays apart", () => {
    const need = (id: string, reportedAt: string, category = "food", itemName = "大米") => ({
      meta: meta(id),
      requesterName: "张静",
      phones: [{ number: "13800138000" }],
      category,
      itemName,
      reportedAt,
    });
    expect(
      clusters(
        [
          need("n1", "2022-01-05T09:00:00+08:00"),
          need("n2", "2022/1/5 15:20"),
          need("n3", "2022-01-20T09:00:00+08:00"),
          need("n4", "2022-01-05T09:30:00+08:00", "medicine", "布洛芬"),
        ],
        "need",
      ),
    ).toEqual([[0, 1], [2], [3]]);
  });

  it("supply item: exact keys, said so; two codes never merge", () => {
    const p = dataProfile("supply-item");
    expect(p.exactKeys).toBe(true);
    expect(p.summary?.["zh-CN"]).toContain("规格");
    expect(
      clusters(
        [
          { meta: meta("a"), name: "医用外科口罩", spec: "YY 0469-2010", unit: "只" },
          { meta: meta("b"), name: "医用外科口罩 ", spec: "YY0469-2010", unit: "只" },
          { meta: meta("c"), name: "医用外科口罩", spec: "YY 0469-2010", unit: "盒" },
          { meta: meta("d"), name: "N95口罩", code: "A-1" },
          { meta: meta("e"), name: "N95 口罩", code: "A-2" },
          { meta: meta("f"), name: "消毒液", code: "a1" },
        ],
        "supply-item",
      ),
    ).toEqual([[0, 1], [2], [3, 5], [4]]);
  });

  it("stock movement: the same source reference, or the same entry; two references never merge", () => {
    const entry = {
      kind: "in",
      itemName: "大米",
      quantity: 50,
      unit: "袋",
      occurredAt: "2022-01-05T10:00:00+08:00",
      fromName: "市慈善总会",
    };
    const ref = (id: string, submission: string) => ({
      ...meta(id),
      submission: { id: submission },
    });
    expect(
      clusters(
        [
          { meta: ref("s1", "RK-0105-01"), ...entry },
          { meta: meta("s2"), ...entry },
          { meta: ref("s3", "rk 0105 01"), ...entry, quantity: 5 },
          { meta: meta("s4"), ...entry, occurredAt: "2022-01-05T11:00:00+08:00" },
        ],
        "stock-movement",
      ),
    ).toEqual([[0, 1, 2], [3]]);
    // The same entry on two vouchers: two movements.
    expect(
      clusters(
        [
          { meta: ref("s1", "RK-0105-01"), ...entry },
          { meta: ref("s2", "RK-0105-02"), ...entry },
        ],
        "stock-movement",
      ),
    ).toEqual([[0], [1]]);
  });

  it("shift and health check: the same people at the same time", () => {
    const shift = (id: string, start: string, assigneeNames: string[]) => ({
      meta: meta(id),
      placeName: "3号门卡口",
      start,
      end: "2022-01-05T14:00:00+08:00",
      assigneeNames,
    });
    expect(
      clusters(
        [
          shift("a", "2022-01-05T08:00:00+08:00", ["李娜", "王伟"]),
          shift("b", "2022-01-05T08:00:00+08:00", ["王伟", "李娜"]),
          shift("c", "2022-01-05T14:00:00+08:00", ["李娜", "王伟"]),
        ],
        "shift",
      ),
    ).toEqual([[0, 1], [2]]);
    const check = (id: string, residentName: string, checkedAt: string) => ({
      meta: meta(id),
      residentName,
      checkedAt,
      temperature: 36.5,
    });
    expect(
      clusters(
        [
          check("a", "王伟", "2022-01-05T08:30:00+08:00"),
          check("b", "王伟", "2022-01-05T08:30:00+08:00"),
          check("c", "王伟", "2022-01-05T20:30:00+08:00"),
          check("d", "李娜", "2022-01-05T08:30:00+08:00"),
        ],
        "health-check",
      ),
    ).toEqual([[0, 1], [2], [3]]);
  });
});
