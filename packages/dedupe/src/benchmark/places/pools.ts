// Names that fill the patterns. Sub-place names repeat across counties as they do in China
// (a 城关镇 in hundreds of counties): the hard negatives of organisation lists.

/** The most common town and street names, drawn more often than generated ones. */
export const COMMON_SUBPLACES = [
  "城关",
  "新华",
  "东城",
  "西城",
  "城南",
  "城北",
  "新城",
  "长安",
  "太平",
  "永安",
  "兴隆",
  "和平",
  "建设",
  "解放",
  "胜利",
] as const;

/** First and second characters of generated sub-place names. */
export const SUBPLACE_FIRST = [
  ..."东西南北新老大小上下石马柳龙凤金银青白黄红杨李王张刘陈高沙梅桃双三长安永兴福仁花",
];
export const SUBPLACE_SECOND = [..."山河湖桥口岭林坪店集坝沟庄湾港园塘溪岗铺营寨堡峰泉田洲台"];

/** Proper names of hospitals (协和医院, 仁爱医院). */
export const PROPER = [
  "协和",
  "仁爱",
  "博爱",
  "同仁",
  "普爱",
  "华康",
  "济民",
  "仁济",
  "广济",
  "同济",
  "长江",
  "光明",
  "东方",
  "天佑",
  "普仁",
  "中南",
  "友谊",
  "康复",
  "健民",
  "惠民",
] as const;

/** Parks and squares that serve as emergency shelters, with their English names. */
export const PARKS: readonly (readonly [string, string])[] = [
  ["人民公园", "People's Park"],
  ["体育中心", "Sports Center"],
  ["文化广场", "Culture Square"],
  ["滨江公园", "Riverside Park"],
  ["中心广场", "Central Square"],
  ["森林公园", "Forest Park"],
  ["湖滨公园", "Lakeside Park"],
  ["会展中心", "Exhibition Center"],
  ["植物园", "Botanical Garden"],
  ["市民广场", "Citizens' Square"],
];

/** Road names (without 路, 大道, 街). */
export const ROADS = [
  "人民",
  "解放",
  "建设",
  "中山",
  "文化",
  "胜利",
  "和平",
  "新华",
  "光明",
  "友谊",
  "东风",
  "青年",
  "民主",
  "团结",
  "公园",
  "滨湖",
  "文星",
  "凤凰",
  "古城",
  "南湖",
  "环城",
  "健康",
  "迎宾",
  "长江",
  "黄河",
] as const;

/** Road kinds with their English words. */
export const ROAD_KINDS: readonly (readonly [string, string])[] = [
  ["路", "Road"],
  ["大道", "Avenue"],
  ["街", "Street"],
];

/** Departments written after an address ("…9号鄂州市中心医院设备科"). */
export const DEPARTMENTS = ["设备科", "物资供应科", "药剂科", "办公室", "后勤保障部"] as const;

/** Characters of the patterns and places in traditional script, for re-typed duplicates. */
export const TRADITIONAL: Readonly<Record<string, string>> = {
  医: "醫",
  区: "區",
  县: "縣",
  卫: "衛",
  务: "務",
  预: "預",
  红: "紅",
  会: "會",
  仓: "倉",
  库: "庫",
  场: "場",
  点: "點",
  镇: "鎮",
  护: "護",
  济: "濟",
  华: "華",
  东: "東",
  门: "門",
  爱: "愛",
  汉: "漢",
  阳: "陽",
  乡: "鄉",
  龙: "龍",
  凤: "鳳",
  湾: "灣",
  长: "長",
  兴: "興",
  宁: "寧",
  党: "黨",
  应: "應",
  难: "難",
  资: "資",
  储: "儲",
  备: "備",
  灾: "災",
  总: "總",
  妇: "婦",
  儿: "兒",
  门诊: "門診",
};
