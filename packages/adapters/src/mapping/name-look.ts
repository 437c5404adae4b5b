// What the values of a name column look like: organisations (…医院, …基金会, … Inc.),
// places (…仓库, …隔离点, … Shelter, 12 Main Street) or people (王伟, Jane Smith). A list of
// hospitals is then not read as residents because its column is called 名称 or name.

const ORG_ZH =
  /(?:医院|卫生院|诊所|公司|集团|协会|学会|商会|联合会|校友会|基金会|委员会|居委会|村委会|办事处|政府|管理局|[局厅署]$|学校|大学|学院|研究所|研究院|银行|社会组织|志愿者?队|服务队|服务中心|红十字会|慈善会|党委|支部)/;
const ORG_EN =
  /\b(?:hospital|clinic|inc|ltd|llc|plc|company|corp(?:oration)?|foundation|association|society|church|ministry|department|council|committee|organi[sz]ation|university|college|school|institute|bank|agency|trust|network|club|union|federation|ngo|red cross|red crescent)\b/i;
const PLACE_ZH =
  /(?:仓库|库房|隔离点|隔离酒店|酒店|宾馆|小区|广场|大厦|站点|发放点|卡口|检测点|安置点|避难所|[楼栋]$|[路街巷道]\d*号)/;
const PLACE_EN =
  /\b(?:warehouse|shelter|store|depot|camp|site|hall|building|point|street|st|road|rd|drive|avenue|ave|lane|plaza|square|stadium)\b/i;
const PERSON_ZH = /^[\u3400-\u9fff]{2,4}(?:·[\u3400-\u9fff]{1,8})?$/;
const PERSON_EN = /^[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}$/;

/** The kind a name looks like, or undefined when it says nothing. */
export type NameLook = "organization" | "place" | "person";

/**
 * What one name looks like.
 *
 * @example
 * ```ts
 * nameLook("鄂州市中心医院"); // "organization"
 * nameLook("NROC WAREHOUSE A"); // "place"
 * nameLook("王伟"); // "person"
 * ```
 */
export function nameLook(value: string): NameLook | undefined {
  const v = value.trim();
  if (v === "") return undefined;
  if (ORG_ZH.test(v) || ORG_EN.test(v)) return "organization";
  if (PLACE_ZH.test(v) || PLACE_EN.test(v)) return "place";
  if (PERSON_ZH.test(v) || PERSON_EN.test(v)) return "person";
  return undefined;
}

/** The share of non-empty values of each look (0 to 1). */
export function nameLooks(values: Iterable<string>): Record<NameLook, number> {
  const n = { organization: 0, place: 0, person: 0 };
  let total = 0;
  for (const v of values) {
    if (v.trim() === "") continue;
    total++;
    const look = nameLook(v);
    if (look) n[look]++;
  }
  if (total === 0) return n;
  return {
    organization: n.organization / total,
    place: n.place / total,
    person: n.person / total,
  };
}
