// A small community for report tests: twelve residents of 丈八社区 on 5 January 2022, seven
// stock movements and eight needs. The expected figures in report.test.ts are worked out by
// hand from these tables.
import { citizenIdCheckChar, type Need, type Resident, type StockMovement } from "@linli/core";

const meta = (id: string) => ({ id, schemaVersion: "0.0.0", source: "丈八社区" });
const id = (body: string) => body + citizenIdCheckChar(body);

type Q = NonNullable<Resident["quarantine"]>;
const r = (
  n: number,
  name: string,
  gender: "male" | "female",
  birthDate: string | undefined,
  where: [string, string, string] | undefined,
  residencyType: Resident["residencyType"],
  quarantine?: Q,
  extra: Partial<Resident> = {},
): Resident => ({
  meta: meta(`r-${n}`),
  name,
  gender,
  ...(birthDate ? { birthDate } : {}),
  ...(where
    ? { address: { compound: "绿地世纪城", building: where[0], unit: where[1], room: where[2] } }
    : {}),
  ...(residencyType ? { residencyType } : {}),
  ...(quarantine ? { quarantine } : {}),
  ...extra,
});

/** Twelve residents: who is in home quarantine, who is floating, in buildings 2, 3 and 10. */
export const residents: Resident[] = [
  r(
    1,
    "王伟",
    "male",
    "1949-12-31",
    ["3", "2", "301"],
    "registered",
    { status: "in-quarantine", place: "home", start: "2022-01-01", end: "2022-01-14" },
    {
      identifiers: [{ scheme: "cn-citizen-id", value: "11010519491231002X" }],
      phones: [{ number: "13800138000" }],
      vulnerabilities: ["elderly-living-alone"],
    },
  ),
  r(
    2,
    "李娜",
    "female",
    undefined,
    ["3", "1", "102"],
    "floating",
    { status: "in-quarantine", place: "home", start: "2022-01-03" },
    {
      identifiers: [{ scheme: "cn-citizen-id", value: id("61011319900101122") }],
      origin: "湖北省武汉市",
      arrivalDate: "2021-12-20",
      household: { headName: "张建国", relationToHead: "tenant" },
    },
  ),
  r(
    3,
    "张敏",
    "female",
    "1985-03-02",
    ["10", "1", "501"],
    "resident",
    { status: "health-monitoring", place: "home", start: "2021-12-29", end: "2022-01-11" },
    { vulnerabilities: ["pregnant"] },
  ),
  r(4, "刘洋", "male", "2010-06-15", ["3", "2", "301"], "registered", {
    status: "in-quarantine",
    place: "centralised",
    start: "2022-01-02",
    site: "曲江宾馆",
  }),
  r(
    5,
    "陈静",
    "female",
    "1972-08-08",
    ["2", "1", "202"],
    "floating",
    { status: "released", place: "home" },
    { origin: "河南省郑州市", arrivalDate: "2021-11-01" },
  ),
  r(
    6,
    "杨帆",
    "male",
    "1995-01-06",
    ["2", "2", "1101"],
    "floating",
    { status: "health-monitoring", place: "home", start: "2022-01-04" },
    { origin: "四川省成都市", arrivalDate: "2022-01-02" },
  ),
  r(
    7,
    "赵磊",
    "male",
    "1960-02-29",
    ["10", "3", "302"],
    "registered",
    { status: "none" },
    { vulnerabilities: ["disabled"] },
  ),
  r(8, "黄丽", "female", "1988-12-01", ["3", "1", "101"], "resident", {
    status: "in-quarantine",
    place: "home",
    start: "2022-01-05",
  }),
  r(9, "周杰", "male", undefined, undefined, "floating", undefined, {
    origin: "陕西省宝鸡市",
    arrivalDate: "2021-10-10",
  }),
  r(10, "吴芳", "female", "1950-05-05", ["2", "1", "202"], "registered", { status: "none" }),
  r(
    11,
    "徐强",
    "male",
    "1978-07-07",
    ["10", "1", "501"],
    "resident",
    { status: "in-quarantine", place: "home", start: "2022-01-02" },
    { vulnerabilities: ["chronic-illness"] },
  ),
  r(
    12,
    "孙悦",
    "female",
    "2000-09-09",
    ["3", "2", "302"],
    "floating",
    { status: "health-monitoring", place: "home", start: "2021-12-31" },
    { origin: "甘肃省兰州市", arrivalDate: "2021-12-25" },
  ),
];

const m = (
  n: number,
  kind: StockMovement["kind"],
  itemName: string,
  quantity: number,
  unit: string,
  occurredAt: string,
  extra: Partial<StockMovement> = {},
): StockMovement => ({
  meta: meta(`m-${n}`),
  kind,
  itemName,
  quantity,
  unit,
  occurredAt,
  ...extra,
});

/** Seven stock movements, five of them distributions. */
export const movements: StockMovement[] = [
  m(1, "distribution-out", "大米", 10, "袋", "2022-01-03T09:00:00+08:00", {
    recipientName: "王伟",
    batch: "B1",
    handledBy: "李四",
  }),
  m(2, "distribution-out", "口罩", 50, "只", "2022-01-03T10:30:00+08:00", {
    recipientName: "3号楼",
    handledBy: "李四",
  }),
  m(3, "donation-in", "大米", 100, "袋", "2022-01-02T08:00:00+08:00", {
    donorName: "爱心企业",
    handledBy: "张三",
  }),
  m(4, "distribution-out", "大米", 5, "袋", "2022-01-04T15:00:00+08:00", {
    recipientName: "李娜",
    handledBy: "张三",
  }),
  m(5, "distribution-out", "蔬菜包", 20, "份", "2022-01-04T09:00:00+08:00", {
    recipientName: "10号楼",
    handledBy: "张三",
  }),
  m(6, "distribution-out", "口罩", 30, "只", "2022-01-05T11:00:00+08:00", {
    recipientName: "2号楼",
    handledBy: "李四",
  }),
  m(7, "transfer", "口罩", 200, "只", "2022-01-05T12:00:00+08:00", { toName: "科技路社区" }),
];

const need = (n: number, category: Need["category"], status: Need["status"]): Need => ({
  meta: meta(`n-${n}`),
  requesterName: `居民${n}`,
  category,
  status,
});

/** Eight needs by category and status. */
export const needs: Need[] = [
  need(1, "groceries-delivery", "open"),
  need(2, "groceries-delivery", "fulfilled"),
  need(3, "medicine", "open"),
  need(4, "medicine", "open"),
  need(5, "medicine", "assigned"),
  need(6, "groceries-delivery", "open"),
  need(7, "medical-care", "open"),
  need(8, "groceries-delivery", "fulfilled"),
];
