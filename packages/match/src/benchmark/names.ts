import type { Need, SupplyCategory } from "@linli/core";

/** One item of the generated catalogue, with how needs ask for it. */
export interface CatalogueEntry {
  readonly code: string;
  readonly name: string;
  readonly category: SupplyCategory;
  /** The unit stock is counted in. */
  readonly unit: string;
  /** The stock unit holds this many of that unit. */
  readonly pack?: readonly [number, string];
  /** Units needs ask in (default the stock unit). */
  readonly needUnits?: readonly string[];
  readonly quantities: readonly number[];
  readonly need: Need["category"];
  /** Days it keeps, for an expiry date. */
  readonly shelfDays?: number;
}

/** Everyday supplies and medicines of a lockdown, as a hub's catalogue holds them. */
export const CATALOGUE: readonly CatalogueEntry[] = [
  {
    code: "rice",
    name: "大米",
    category: "food",
    unit: "袋",
    pack: [10, "公斤"],
    needUnits: ["公斤", "袋", "斤"],
    quantities: [1, 2, 5, 10],
    need: "groceries-delivery",
  },
  {
    code: "noodle",
    name: "挂面",
    category: "food",
    unit: "公斤",
    quantities: [1, 2, 3],
    need: "groceries-delivery",
  },
  {
    code: "oil",
    name: "食用油",
    category: "food",
    unit: "桶",
    pack: [5, "升"],
    needUnits: ["桶"],
    quantities: [1],
    need: "groceries-delivery",
  },
  {
    code: "veg",
    name: "蔬菜包",
    category: "fresh-produce",
    unit: "份",
    quantities: [1, 1, 2],
    need: "groceries-delivery",
    shelfDays: 4,
  },
  {
    code: "egg",
    name: "鸡蛋",
    category: "fresh-produce",
    unit: "盒",
    pack: [30, "枚"],
    needUnits: ["盒"],
    quantities: [1, 2],
    need: "groceries-delivery",
    shelfDays: 20,
  },
  {
    code: "milk",
    name: "牛奶",
    category: "food",
    unit: "箱",
    pack: [12, "盒"],
    needUnits: ["箱"],
    quantities: [1],
    need: "groceries-delivery",
    shelfDays: 60,
  },
  {
    code: "water",
    name: "饮用水",
    category: "drinking-water",
    unit: "箱",
    pack: [24, "瓶"],
    needUnits: ["箱"],
    quantities: [1, 2],
    need: "groceries-delivery",
  },
  {
    code: "paper",
    name: "卫生纸",
    category: "daily-necessities",
    unit: "提",
    quantities: [1],
    need: "other",
  },
  {
    code: "diaper",
    name: "纸尿裤",
    category: "infant-supplies",
    unit: "包",
    quantities: [1, 2],
    need: "other",
  },
  {
    code: "formula",
    name: "婴儿奶粉",
    category: "infant-supplies",
    unit: "罐",
    quantities: [1, 2],
    need: "other",
  },
  {
    code: "mask",
    name: "医用外科口罩",
    category: "protective-equipment",
    unit: "盒",
    pack: [50, "只"],
    needUnits: ["只", "盒"],
    quantities: [1, 10, 20, 50],
    need: "protective-supplies",
  },
  {
    code: "disinfect",
    name: "84消毒液",
    category: "disinfectant",
    unit: "瓶",
    quantities: [1, 2],
    need: "protective-supplies",
  },
  {
    code: "nifedipine",
    name: "硝苯地平缓释片",
    category: "medicine",
    unit: "盒",
    quantities: [1, 2, 3],
    need: "medicine",
  },
  {
    code: "insulin",
    name: "胰岛素注射液",
    category: "medicine",
    unit: "支",
    quantities: [2, 3, 6],
    need: "medicine",
  },
  {
    code: "metformin",
    name: "二甲双胍片",
    category: "medicine",
    unit: "盒",
    quantities: [1, 2],
    need: "medicine",
  },
  {
    code: "aspirin",
    name: "阿司匹林肠溶片",
    category: "medicine",
    unit: "盒",
    quantities: [1, 2],
    need: "medicine",
  },
  {
    code: "glucometer",
    name: "血糖试纸",
    category: "medical-device",
    unit: "盒",
    quantities: [1],
    need: "medicine",
  },
];

/** Community (社区) names of a district, the first 70 of them distinct. */
export const COMMUNITY_NAMES: readonly string[] = (
  "丈八 小寨 曲江池 大雁塔 电子城 等驾坡 长延堡 漳浒寨 鱼化寨 杜城 吉祥 木塔寨 高新 唐延 科技路 太白 " +
  "紫薇 明德 翠华 雁南 雁鸣 芙蓉 春临 新开门 金花 西影 观音庙 育才 含光 朱雀 青松 永松 昌明 红专 " +
  "华城 国际 新兴 南窑 北池头 寒窑 大唐 芳林 绿园 盛世 天坛 东仪 西仪 杨家村 八里村 沙井 西何 东何 " +
  "瓦胡同 三爻 四府 吴家坟 陕师大 西电 长安 延兴门 雁翔 曲江 大明宫 龙首 张家堡 未央 文景 凤城 明光 经开"
)
  .split(" ")
  .map((n) => `${n}社区`);

/** Compound (小区) names. */
export const COMPOUND_NAMES: readonly string[] = (
  "绿地世纪城 枫林绿洲 紫薇田园都市 融侨馨苑 天地源枫林意树 高科花园 金泰假日花城 丈八北路家属院 " +
  "电子城小区 西部电力 中铁一局 雁塔小区 含光佳苑 翠华路小区 曲江花园 大雁塔北苑 长安大学家属院 " +
  "阳光小区 锦绣园 南窑新村 吉祥村小区 明德门小区 朱雀花园 芙蓉新天地 龙湖星悦荟 万科城 中海紫御华府 " +
  "华润二十四城 保利心语 金地湖城大境"
).split(" ");

/** Common surnames, for generated names. */
export const SURNAMES: readonly string[] =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤".split(
    "",
  );
