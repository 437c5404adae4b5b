// The generic words of organisation and facility names, in Chinese and English: what kind of
// place it is (医院, 社区卫生服务中心, warehouse), legal forms, branch words and fillers. They say
// little about which one it is; the place, the number and the proper name do.

/** A kind of organisation or facility, written in either language. */
export interface Kind {
  readonly id: string;
  /** A broader kind it belongs to: a 人民医院 is a 医院. */
  readonly parent?: string;
  readonly zh: readonly string[];
  readonly en: readonly string[];
}

export const KINDS: readonly Kind[] = [
  { id: "hospital", zh: ["医院"], en: ["hospital", "general hospital"] },
  {
    id: "people-hospital",
    parent: "hospital",
    zh: ["人民医院", "人医"],
    en: ["peoples hospital", "people hospital"],
  },
  { id: "central-hospital", parent: "hospital", zh: ["中心医院"], en: ["central hospital"] },
  {
    id: "tcm-hospital",
    parent: "hospital",
    zh: ["中医医院", "中医院"],
    en: [
      "hospital of traditional chinese medicine",
      "traditional chinese medicine hospital",
      "tcm hospital",
    ],
  },
  {
    id: "integrated-hospital",
    parent: "hospital",
    zh: ["中西医结合医院"],
    en: ["hospital of integrated traditional chinese and western medicine"],
  },
  {
    id: "mch-hospital",
    parent: "hospital",
    zh: ["妇幼保健计划生育服务中心", "妇幼保健医院", "妇幼保健院", "妇幼医院"],
    en: [
      "maternal and child health care hospital",
      "maternal and child healthcare hospital",
      "maternal and child health hospital",
      "maternity and child health hospital",
      "maternal and child hospital",
    ],
  },
  { id: "children-hospital", parent: "hospital", zh: ["儿童医院"], en: ["childrens hospital"] },
  {
    id: "infectious-hospital",
    parent: "hospital",
    zh: ["传染病医院"],
    en: ["infectious disease hospital", "infectious diseases hospital"],
  },
  {
    id: "cdc",
    zh: ["疾病预防控制中心", "疾病预防控制所", "疾控中心"],
    en: [
      "center for disease control and prevention",
      "centre for disease control and prevention",
      "center for disease control",
      "centre for disease control",
      "cdc",
    ],
  },
  {
    id: "community-health",
    zh: ["社区卫生服务中心", "卫生服务中心", "社区卫生中心"],
    en: [
      "community health service center",
      "community health service centre",
      "community health center",
      "community health centre",
    ],
  },
  {
    id: "health-station",
    zh: ["社区卫生服务站", "卫生服务站"],
    en: ["community health service station", "community health station"],
  },
  {
    id: "township-clinic",
    zh: ["中心卫生院", "卫生院"],
    en: ["township health center", "township health centre", "township hospital"],
  },
  {
    id: "clinic",
    zh: ["诊所", "门诊部", "卫生室", "卫生所", "医务室"],
    en: ["clinic", "health post"],
  },
  { id: "red-cross", zh: ["红十字会", "红会"], en: ["red cross society", "red cross"] },
  {
    id: "charity",
    zh: ["慈善总会", "慈善协会", "慈善会"],
    en: ["charity federation", "charity association", "charities federation"],
  },
  {
    id: "community-centre",
    zh: ["社区党群服务中心", "党群服务中心", "社区服务中心", "社区活动中心"],
    en: [
      "community service center",
      "community service centre",
      "community center",
      "community centre",
    ],
  },
  {
    id: "residents-committee",
    zh: ["社区居民委员会", "居民委员会", "社区居委会", "居委会"],
    en: ["residents committee", "neighbourhood committee", "neighborhood committee"],
  },
  { id: "village-committee", zh: ["村民委员会", "村委会"], en: ["village committee"] },
  {
    id: "street-office",
    zh: ["街道办事处", "街道办"],
    en: ["subdistrict office", "sub district office", "street office"],
  },
  {
    id: "shelter",
    zh: [
      "应急避难场所",
      "临时安置点",
      "集中安置点",
      "避难场所",
      "安置中心",
      "避难所",
      "庇护所",
      "救助站",
      "安置点",
    ],
    en: [
      "emergency shelter",
      "temporary shelter",
      "evacuation center",
      "evacuation centre",
      "relief camp",
      "shelter",
    ],
  },
  {
    id: "warehouse",
    zh: [
      "救灾物资储备库",
      "应急物资储备库",
      "应急物资仓库",
      "救灾储备库",
      "物资储备库",
      "物资仓库",
      "储备库",
      "物资库",
      "仓库",
    ],
    en: [
      "disaster relief supplies reserve",
      "emergency supplies warehouse",
      "relief supplies warehouse",
      "supplies warehouse",
      "supplies reserve",
      "warehouse",
      "depot",
    ],
  },
  {
    id: "distribution-point",
    zh: ["物资发放点", "物资分发点", "发放点"],
    en: ["distribution point", "distribution center", "distribution centre"],
  },
  {
    id: "volunteer-association",
    zh: ["志愿者协会", "志愿服务协会", "志愿者联合会"],
    en: ["volunteer association", "volunteers association"],
  },
  {
    id: "volunteer-team",
    zh: ["志愿者服务队", "志愿服务队", "志愿者队", "志愿队"],
    en: ["volunteer team", "volunteers team"],
  },
  { id: "foundation", zh: ["基金会"], en: ["foundation"] },
  { id: "association", zh: ["协会", "联合会"], en: ["association", "federation"] },
  {
    id: "health-commission",
    zh: ["卫生健康委员会", "卫生健康局", "卫健委", "卫健局"],
    en: ["health commission", "health bureau"],
  },
  { id: "civil-affairs", zh: ["民政局"], en: ["civil affairs bureau"] },
  {
    id: "centre",
    zh: ["服务中心", "中心"],
    en: ["service center", "service centre", "center", "centre"],
  },
];

/** Legal forms, dropped from the name (kept as one signal of their own). */
export const LEGAL_ZH = ["有限责任公司", "股份有限公司", "有限公司", "集团", "公司"] as const;
export const LEGAL_EN = new Set([
  "inc",
  "incorporated",
  "ltd",
  "limited",
  "llc",
  "co",
  "corp",
  "corporation",
  "plc",
  "gmbh",
  "cic",
]);

/** Words that name no organisation in particular. */
export const FILLER_EN = new Set(["the", "of", "and", "for", "in", "at", "china", "prc"]);

/** Words after a town's or street's name (Fengkou Subdistrict, 城关镇 → Chengguan Town). */
export const SUBPLACE_EN = new Set(["subdistrict", "township", "town", "village"]);

/** Ordinal words. */
export const ORDINAL_EN: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};

/** Directions of a campus or branch (东院, East Campus), as one letter. */
export const DIRECTION: Readonly<Record<string, string>> = {
  东: "e",
  西: "w",
  南: "s",
  北: "n",
  中: "c",
  east: "e",
  west: "w",
  south: "s",
  north: "n",
  central: "c",
};

/** English words that end a branch ("Cumbria Branch", "East Campus"). */
export const BRANCH_EN = new Set(["branch", "campus", "chapter", "annex", "annexe"]);
