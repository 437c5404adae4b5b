// How real lists name hospitals, clinics, community centres, shelters and warehouses: one
// pattern per kind of facility, in Chinese and in the English a hub's partners write, with the
// short forms people type. {P} is the place's full name (鄂州市), {p} its short name (鄂州),
// {E} its English name (Ezhou), {n}/{cn}/{N} an ordinal (2 / 二 / Second), {x}/{X} a sub-place
// or a proper name (城关 / Chengguan), {d}/{D} a direction (东 / East).

/** A kind of facility as lists name it. */
export interface Pattern {
  readonly id: string;
  /** Which division names it: a prefecture-level city or a county/district. */
  readonly level: "city" | "county";
  readonly zh: string;
  readonly en: readonly string[];
  /** Short forms typed by hand. */
  readonly short: readonly string[];
  /** Ordinals 1..n, when the pattern is numbered. */
  readonly numbered?: number;
  /** A sub-place (town, street, community), a proper name or a park fills {x}. */
  readonly fill?: "town" | "street" | "community" | "proper" | "park";
  /** Campus by direction. */
  readonly direction?: boolean;
  /** Facilities of this pattern in one division, at most. */
  readonly perPlace: number;
  readonly kind: "hospital" | "clinic" | "community-centre" | "shelter" | "warehouse" | "agency";
  readonly weight: number;
}

export const PATTERNS: readonly Pattern[] = [
  {
    id: "people-hospital",
    level: "county",
    zh: "{P}人民医院",
    en: ["{E} People's Hospital", "People's Hospital of {E}"],
    short: ["{p}人民医院", "{p}人民医院"],
    perPlace: 1,
    kind: "hospital",
    weight: 10,
  },
  {
    id: "numbered-hospital",
    level: "city",
    zh: "{P}第{cn}人民医院",
    en: ["{E} No.{n} People's Hospital", "The {N} People's Hospital of {E}"],
    short: ["{p}{cn}医院", "{P}{cn}医院", "{p}第{cn}人民医院"],
    numbered: 6,
    perPlace: 6,
    kind: "hospital",
    weight: 6,
  },
  {
    id: "central-hospital",
    level: "city",
    zh: "{P}中心医院",
    en: ["{E} Central Hospital", "Central Hospital of {E}"],
    short: ["{p}中心医院"],
    perPlace: 1,
    kind: "hospital",
    weight: 4,
  },
  {
    id: "campus",
    level: "city",
    zh: "{P}中心医院{d}院",
    en: ["{E} Central Hospital {D} Campus"],
    short: ["{p}中心医院{d}院区", "{p}中心医院({d}院)"],
    direction: true,
    perPlace: 3,
    kind: "hospital",
    weight: 3,
  },
  {
    id: "tcm-hospital",
    level: "county",
    zh: "{P}中医医院",
    en: ["{E} Hospital of Traditional Chinese Medicine", "{E} TCM Hospital"],
    short: ["{p}中医院", "{P}中医院", "{p}中医医院"],
    perPlace: 1,
    kind: "hospital",
    weight: 8,
  },
  {
    id: "mch-hospital",
    level: "county",
    zh: "{P}妇幼保健院",
    en: ["{E} Maternal and Child Health Hospital", "{E} Maternal and Child Health Care Hospital"],
    short: ["{p}妇幼保健院", "{P}妇幼保健医院"],
    perPlace: 1,
    kind: "hospital",
    weight: 6,
  },
  {
    id: "named-hospital",
    level: "city",
    zh: "{P}{x}医院",
    en: ["{E} {X} Hospital"],
    short: ["{p}{x}医院", "{x}医院"],
    fill: "proper",
    perPlace: 4,
    kind: "hospital",
    weight: 5,
  },
  {
    id: "cdc",
    level: "county",
    zh: "{P}疾病预防控制中心",
    en: ["{E} Center for Disease Control and Prevention", "{E} CDC"],
    short: ["{p}疾控中心", "{P}疾控中心", "{P}疾病预防控制中心"],
    perPlace: 1,
    kind: "agency",
    weight: 5,
  },
  {
    id: "red-cross",
    level: "county",
    zh: "{P}红十字会",
    en: [
      "Red Cross Society of {E}",
      "{E} Red Cross",
      "{E} Branch of the Red Cross Society of China",
    ],
    short: ["{p}红十字会", "{p}红会"],
    perPlace: 1,
    kind: "agency",
    weight: 4,
  },
  {
    id: "charity",
    level: "county",
    zh: "{P}慈善总会",
    en: ["{E} Charity Federation"],
    short: ["{p}慈善会", "{P}慈善会"],
    perPlace: 1,
    kind: "agency",
    weight: 3,
  },
  {
    id: "township-clinic",
    level: "county",
    zh: "{P}{x}镇卫生院",
    en: ["{X} Township Health Center, {E}"],
    short: ["{x}镇卫生院", "{p}{x}镇卫生院", "{P}{x}卫生院"],
    fill: "town",
    perPlace: 6,
    kind: "clinic",
    weight: 12,
  },
  {
    id: "community-health",
    level: "county",
    zh: "{P}{x}街道社区卫生服务中心",
    en: ["{X} Subdistrict Community Health Service Center, {E}"],
    short: ["{x}街道社区卫生服务中心", "{p}{x}社区卫生服务中心", "{P}{x}街社区卫生服务中心"],
    fill: "street",
    perPlace: 6,
    kind: "clinic",
    weight: 12,
  },
  {
    id: "community-centre",
    level: "county",
    zh: "{P}{x}社区党群服务中心",
    en: ["{X} Community Service Center, {E}"],
    short: ["{x}社区党群服务中心", "{p}{x}社区服务中心"],
    fill: "community",
    perPlace: 8,
    kind: "community-centre",
    weight: 12,
  },
  {
    id: "shelter",
    level: "county",
    zh: "{P}{x}应急避难场所",
    en: ["{X} Emergency Shelter, {E}"],
    short: ["{p}{x}避难场所", "{x}应急避难场所"],
    fill: "park",
    perPlace: 4,
    kind: "shelter",
    weight: 8,
  },
  {
    id: "resettlement",
    level: "county",
    zh: "{P}{x}镇临时安置点",
    en: ["{X} Temporary Shelter, {E}"],
    short: ["{x}镇安置点", "{p}{x}镇临时安置点"],
    fill: "town",
    perPlace: 4,
    kind: "shelter",
    weight: 6,
  },
  {
    id: "warehouse",
    level: "county",
    zh: "{P}{cn}号应急物资仓库",
    en: ["{E} Emergency Supplies Warehouse No.{n}"],
    short: ["{p}{n}号物资仓库", "{P}应急物资{n}号仓库", "{p}{n}号仓库"],
    numbered: 4,
    perPlace: 4,
    kind: "warehouse",
    weight: 7,
  },
  {
    id: "reserve",
    level: "city",
    zh: "{P}救灾物资储备库",
    en: ["{E} Disaster Relief Supplies Reserve"],
    short: ["{p}救灾物资储备库", "{P}救灾储备库"],
    perPlace: 1,
    kind: "warehouse",
    weight: 3,
  },
];

/** Ordinals in Chinese and English. */
export const ORDINALS = {
  zh: ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"],
  en: [
    "First",
    "Second",
    "Third",
    "Fourth",
    "Fifth",
    "Sixth",
    "Seventh",
    "Eighth",
    "Ninth",
    "Tenth",
  ],
} as const;

/** Campus directions in Chinese and English. */
export const DIRECTIONS: readonly (readonly [string, string])[] = [
  ["东", "East"],
  ["西", "West"],
  ["南", "South"],
  ["北", "North"],
];
