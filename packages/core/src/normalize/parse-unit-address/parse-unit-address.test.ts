import { parseUnitAddress } from "@linli/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

describe("parseUnitAddress", () => {
  it.each([
    ["3号楼2单元301", { building: "3", unit: "2", floor: "3", room: "301" }],
    ["3栋2-301", { building: "3", unit: "2", floor: "3", room: "301" }],
    ["3-2-301", { building: "3", unit: "2", floor: "3", room: "301" }],
    ["三号楼二单元301", { building: "3", unit: "2", floor: "3", room: "301" }],
    ["十二号楼三单元502", { building: "12", unit: "3", floor: "5", room: "502" }],
    ["12#2-1502", { building: "12", unit: "2", floor: "15", room: "1502" }],
    ["12#1502", { building: "12", floor: "15", room: "1502" }],
    ["3幢2单元301室", { building: "3", unit: "2", floor: "3", room: "301" }],
    ["5号楼1门101", { building: "5", unit: "1", floor: "1", room: "101" }],
    ["3号楼2单元3层301", { building: "3", unit: "2", floor: "3", room: "301" }],
    ["3号楼2单元4层301", { building: "3", unit: "2", floor: "4", room: "301" }],
    ["B座1201", { building: "B", floor: "12", room: "1201" }],
    ["b座1201", { building: "B", floor: "12", room: "1201" }],
    ["A栋1单元2号", { building: "A", unit: "1", room: "2" }],
    ["A1栋301", { building: "A1", floor: "3", room: "301" }],
    ["3號樓2單元301", { building: "3", unit: "2", floor: "3", room: "301" }],
    ["3棟2單元301室", { building: "3", unit: "2", floor: "3", room: "301" }],
    ["3号2单元301", { building: "3", unit: "2", floor: "3", room: "301" }],
    ["3号2-301", { building: "3", unit: "2", floor: "3", room: "301" }],
    ["5楼2单元", { building: "5", unit: "2" }],
    ["5号楼3楼", { building: "5", floor: "3" }],
    ["第3栋2单元301", { building: "3", unit: "2", floor: "3", room: "301" }],
    ["03栋02单元0301", { building: "3", unit: "2", floor: "3", room: "0301" }],
    ["3号楼", { building: "3" }],
    ["3号楼2单元", { building: "3", unit: "2" }],
    ["2单元301", { unit: "2", floor: "3", room: "301" }],
    ["301室", { floor: "3", room: "301" }],
    ["1502户", { floor: "15", room: "1502" }],
    ["3层", { floor: "3" }],
    ["负一层", { floor: "-1" }],
    ["B座12F", { building: "B", floor: "12" }],
    ["3号楼2单元301A", { building: "3", unit: "2", floor: "3", room: "301A" }],
    ["5-102", { building: "5", floor: "1", room: "102" }],
    ["A-1203", { building: "A", floor: "12", room: "1203" }],
    ["3号楼2单元10101", { building: "3", unit: "2", room: "10101" }],
    ["3号楼 2单元 301", { building: "3", unit: "2", floor: "3", room: "301" }],
    ["3 号楼 2 单元 301 室", { building: "3", unit: "2", floor: "3", room: "301" }],
    ["3号楼-2单元-301", { building: "3", unit: "2", floor: "3", room: "301" }],
    ["３号楼２单元３０１", { building: "3", unit: "2", floor: "3", room: "301" }],
    ["3号楼2单元301。", { building: "3", unit: "2", floor: "3", room: "301" }],
  ])("%s", (input, expected) => {
    expect(parseUnitAddress(input)).toStrictEqual(expected);
  });

  it.each([
    [
      "绿地世纪城3号楼2单元301",
      "绿地世纪城",
      { building: "3", unit: "2", floor: "3", room: "301" },
    ],
    [
      "幸福路12号3号楼2单元301",
      "幸福路12号",
      { building: "3", unit: "2", floor: "3", room: "301" },
    ],
    ["华府1号院3号楼2单元301", "华府1号院", { building: "3", unit: "2", floor: "3", room: "301" }],
    ["幸福路12号301室", "幸福路12号", { floor: "3", room: "301" }],
    ["小区12-2-1502", "小区", { building: "12", unit: "2", floor: "15", room: "1502" }],
    ["世纪城A区3号楼", "世纪城A区", { building: "3" }],
    ["曲江池小区 5号楼", "曲江池小区", { building: "5" }],
    ["Block3栋201", "Block", { building: "3", floor: "2", room: "201" }],
    [
      "金地湖城大境二期十三号楼一单元1101",
      "金地湖城大境二期",
      { building: "13", unit: "1", floor: "11", room: "1101" },
    ],
  ])("keeps what precedes the unit part: %s", (input, rest, parts) => {
    expect(parseUnitAddress(input)).toStrictEqual({ rest, ...parts });
  });

  it.each([
    ["13812345678"],
    ["138 1234 5678"],
    ["138-1234-5678"],
    ["029-88888888"],
    ["555-1234"],
    ["123-4567"],
    ["2020-01-05"],
    ["2020-1-5"],
    ["2020-12-25"],
    ["1985/3/2"],
    ["1985.3.2"],
    ["2020年1月5日"],
    ["14:30"],
    ["301"],
    ["3"],
    ["1502"],
    ["12345"],
    ["3-2"],
    ["12.5"],
    ["3.5元"],
    ["1-2-3-301"],
    ["幸福路12号"],
    ["3号"],
    ["地铁1号线"],
    ["610113198503021234"],
    ["绿地世纪城"],
    ["张三"],
    [""],
    ["3号楼2单元301（张三家）"],
  ])("%j is not a unit address", (input) => {
    expect(parseUnitAddress(input)).toBeUndefined();
  });

  it("reads every generated building/unit/room triple back", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 33 }),
        fc.integer({ min: 1, max: 9 }),
        fc.constantFrom(
          (b: number, u: number, r: string) => `${b}号楼${u}单元${r}`,
          (b: number, u: number, r: string) => `${b}栋${u}-${r}`,
          (b: number, u: number, r: string) => `${b}-${u}-${r}`,
          (b: number, u: number, r: string) => `${b}#${u}-${r}`,
          (b: number, u: number, r: string) => `${b}幢${u}单元${r}室`,
          (b: number, u: number, r: string) => `某小区${b}号楼${u}门${r}`,
        ),
        (building, unit, floor, door, format) => {
          const room = `${floor}${String(door).padStart(2, "0")}`;
          const parsed = parseUnitAddress(format(building, unit, room));
          expect(parsed).toMatchObject({
            building: String(building),
            unit: String(unit),
            floor: String(floor),
            room,
          });
        },
      ),
    );
  });

  it("never finds a unit part in a bare number", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(parseUnitAddress(String(n))).toBeUndefined();
      }),
    );
  });
});
