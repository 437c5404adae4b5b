// Chinese names with the frequencies of a real city, for the "district" scenario: given names
// follow the generation and sex of the person (秀英 and 建国 among the old, 伟 静 磊 in the
// middle, 子轩 欣怡 among the young, as the Ministry of Public Security's name reports rank
// them), so that common full names (张伟, 王芳, 李静…) recur dozens of times per million.
import { SURNAMES } from "./pools.js";
import type { Random } from "./random.js";

type Sex = "male" | "female";
type Era = 0 | 1 | 2;

// Whole given names by era (born before 1965, 1965–1989, from 1990), most common first.
// biome-ignore format: tables read better packed
const COMMON: Readonly<Record<Sex, readonly (readonly string[])[]>> = {
  male: [
    ["建国", "国华", "建华", "志强", "国强", "建军", "明", "华", "平", "刚", "文", "军", "伟",
      "勇", "强", "德华", "振华", "国庆", "卫东", "建平", "建明", "永强", "春生", "金生", "红军",
      "保国", "福生", "长春", "国平", "世杰"],
    ["伟", "勇", "军", "磊", "涛", "斌", "强", "鹏", "杰", "超", "浩", "波", "亮", "刚", "辉",
      "明", "平", "峰", "俊", "林", "海", "建华", "志刚", "海涛", "建军", "小龙", "晓东", "鹏飞",
      "伟东", "志勇"],
    ["浩宇", "浩然", "宇轩", "子轩", "宇航", "梓睿", "子墨", "一诺", "俊熙", "宇泽", "皓轩",
      "浩", "宇", "鑫", "杰", "博", "帅", "晨", "家豪", "思远", "子豪", "俊杰", "天宇", "明轩",
      "博文", "文博", "佳豪", "梓豪", "睿", "铭"],
  ],
  female: [
    ["秀英", "桂英", "秀兰", "玉兰", "桂兰", "秀珍", "凤英", "玉珍", "玉梅", "淑珍", "凤兰",
      "玉英", "秀云", "桂珍", "淑英", "秀梅", "丽", "英", "华", "芳", "红", "霞", "敏", "兰",
      "萍", "桂芳", "淑兰", "素珍", "玉华", "金凤"],
    ["静", "丽", "敏", "燕", "艳", "娟", "芳", "红", "霞", "婷", "丹", "玲", "莉", "萍", "娜",
      "梅", "琳", "倩", "颖", "晶", "洁", "雪", "丽娟", "海燕", "晓燕", "丽华", "小红", "春梅",
      "晓丽", "红梅"],
    ["欣怡", "梓涵", "一诺", "依诺", "语桐", "雨桐", "可欣", "梦瑶", "诗涵", "子涵", "欣妍",
      "思彤", "佳怡", "婉婷", "雨欣", "佳琪", "思琪", "静怡", "雨萱", "梓萱", "婷", "丹", "雪",
      "佳", "琪", "悦", "萌", "璐", "欣", "怡"],
  ],
};

// Characters of given names, roughly most common first.
const CHARS: Readonly<Record<Sex, string>> = {
  male: "伟刚勇毅俊峰强军平保东文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信子杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘宇轩睿铭涵",
  female:
    "秀娟英华慧巧美娜静淑惠珠翠雅芝玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可舒影荔枝丽阳妮宝贝初程梵",
};

/** Share of one-character given names per era. */
const SINGLE: readonly number[] = [0.15, 0.15, 0.04];
/** Share of given names taken whole from the common list per era. */
const WHOLE: readonly number[] = [0.1, 0.06, 0.12];

/** Weighted lists with Zipf weights 1 / (rank + k), built once. */
const zipf = (items: readonly string[], k: number): readonly (readonly [string, number])[] =>
  items.map((s, r) => [s, 1 / (r + k)] as const);

const COMMON_W = {
  male: COMMON.male.map((l) => zipf(l, 8)),
  female: COMMON.female.map((l) => zipf(l, 8)),
};
const CHARS_W = { male: zipf([...CHARS.male], 20), female: zipf([...CHARS.female], 20) };

const eraOf = (year: number): Era => (year < 1965 ? 0 : year < 1990 ? 1 : 2);

/**
 * A given name for a person of this sex born in this year: whole from the era's common
 * names, or one or two characters drawn by frequency.
 */
export function givenName(rand: Random, sex: Sex, year: number): string {
  const era = eraOf(year);
  if (rand.chance(WHOLE[era]!)) return rand.weighted(COMMON_W[sex][era]!);
  const first = rand.weighted(CHARS_W[sex]);
  if (rand.chance(SINGLE[era]!)) return first;
  let second = rand.weighted(CHARS_W[sex]);
  // Doubled characters (婷婷, 丹丹) are common among girls, rare otherwise.
  if (second === first && !(sex === "female" && rand.chance(0.5))) {
    second = rand.weighted(CHARS_W[sex]);
  }
  return first + second;
}

/** One character of a given name, drawn by frequency. */
export const givenChar = (rand: Random, sex: Sex): string => rand.weighted(CHARS_W[sex]);

// Surnames beyond the hundred most common, most common first: together about one person in seven.
const TAIL = [
  ..."于余范傅康安常乔温施洪季俞齐牛聂房邢倪柳霍伍凌甘祝包左易卜殷鲁庞纪耿文申焦尤阮管苗时詹鲍司靳兰裴瞿柴桑翟戚谷卫滕童梅盛储邬车游关华岳冉葛樊宁原景项单杭隋谈宫贝邰茅祁屈饶姬鞠蒲解富巫乌岑闵晏阎栾符柏阚米全娄胥庄和宗边褚奚宣鄢刁苟汝",
];
const tailWeights = TAIL.map((_, r) => 1 / (r + 10));
const tailScale = 145 / tailWeights.reduce((a, b) => a + b, 0);

/** Surnames with weights per mille: the common hundred and the long tail. */
export const CITY_SURNAMES: readonly (readonly [string, number])[] = [
  ...SURNAMES,
  ...TAIL.map((s, r) => [s, tailWeights[r]! * tailScale] as const),
];
