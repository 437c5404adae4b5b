// Value pools of the synthetic resident generator. Surnames carry rough population weights
// (王 李 张 刘 陈 cover about a third of China), so agreement on a surname means little.

/** Surnames and their relative frequency (per mille, approximate). */
// biome-ignore format: a table reads better packed
export const SURNAMES: readonly (readonly [string, number])[] = [
  ["王", 72], ["李", 72], ["张", 68], ["刘", 54], ["陈", 46], ["杨", 31], ["黄", 23], ["赵", 23],
  ["吴", 21], ["周", 21], ["徐", 17], ["孙", 16], ["马", 15], ["朱", 14], ["胡", 13], ["郭", 12],
  ["何", 12], ["高", 11], ["林", 11], ["罗", 10], ["郑", 10], ["梁", 9], ["谢", 8], ["宋", 8],
  ["唐", 8], ["许", 7], ["韩", 7], ["冯", 7], ["邓", 7], ["曹", 7], ["彭", 6], ["曾", 6],
  ["肖", 6], ["田", 6], ["董", 6], ["袁", 5], ["潘", 5], ["蒋", 5], ["蔡", 5], ["杜", 5],
  ["叶", 5], ["程", 5], ["苏", 4], ["魏", 4], ["吕", 4], ["丁", 4], ["任", 4], ["沈", 4],
  ["姚", 4], ["卢", 4], ["姜", 4], ["崔", 4], ["钟", 4], ["谭", 3], ["陆", 3], ["汪", 3],
  ["金", 3], ["石", 3], ["廖", 3], ["贾", 3], ["夏", 3], ["韦", 3], ["付", 3], ["方", 3],
  ["白", 3], ["邹", 3], ["孟", 3], ["熊", 3], ["秦", 3], ["邱", 3], ["江", 3], ["尹", 3],
  ["薛", 2], ["闫", 2], ["段", 2], ["雷", 2], ["侯", 2], ["龙", 2], ["史", 2], ["陶", 2],
  ["黎", 2], ["贺", 2], ["顾", 2], ["毛", 2], ["郝", 2], ["龚", 2], ["邵", 2], ["万", 2],
  ["钱", 2], ["严", 2], ["覃", 1], ["武", 2], ["戴", 2], ["莫", 1], ["孔", 1], ["向", 1],
  ["汤", 1], ["欧阳", 1], ["司马", 1], ["诸葛", 1], ["上官", 1],
];

/** Characters with the same toneless pinyin (checked with pinyin-pro), for homophone typos. */
// biome-ignore format: a table reads better packed
export const HOMOPHONES: readonly string[] = [
  "伟玮炜纬卫维薇巍", "静晶婧菁靖敬京", "丽莉俐力立", "明鸣铭茗", "华桦骅", "军君钧俊",
  "杰洁婕", "涛韬滔", "磊蕾垒", "敏闽珉", "芳方舫", "平萍", "燕艳彦妍雁", "玲凌灵",
  "琳林霖麟", "强蔷", "勇永咏泳", "刚钢纲", "红虹鸿宏弘", "霞侠", "婷亭庭廷", "辉晖徽",
  "兰岚澜", "斌彬滨", "鹏朋", "宇雨语羽玉", "欣新馨心鑫", "佳嘉家加", "浩昊皓颢", "子紫梓",
  "涵寒晗含", "轩萱宣暄", "怡宜仪艺毅逸亦", "晨辰琛臣", "瑶遥尧", "思丝斯", "雪学",
  "颖莹盈英瑛迎", "秀修", "娟鹃", "云芸允", "建健剑", "峰锋丰", "波博", "飞菲非", "文雯",
  "志智", "梅玫", "慧惠", "东冬", "洋阳杨",
];

/** Characters for given names: every homophone group plus a few without homophones here. */
export const GIVEN_CHARS: readonly string[] = [
  ...HOMOPHONES.join(""),
  ..."海春国秋亮凤龙超柏荣贵宝成德福安康乐淑芬桂英兵涌",
];

/** Simplified → traditional (verified: OpenCC maps each back), for traditional-script typing. */
// biome-ignore format: a table reads better packed
export const TRADITIONAL: Readonly<Record<string, string>> = {
  伟: "偉", 玮: "瑋", 炜: "煒", 纬: "緯", 卫: "衞", 维: "維", 静: "靜", 丽: "麗", 鸣: "鳴",
  铭: "銘", 华: "華", 桦: "樺", 骅: "驊", 军: "軍", 钧: "鈞", 杰: "傑", 洁: "潔", 涛: "濤",
  韬: "韜", 垒: "壘", 闽: "閩", 艳: "豔", 彦: "彥", 灵: "靈", 强: "強", 蔷: "薔", 咏: "詠",
  刚: "剛", 钢: "鋼", 纲: "綱", 红: "紅", 鸿: "鴻", 侠: "俠", 辉: "輝", 晖: "暉", 兰: "蘭",
  岚: "嵐", 澜: "瀾", 滨: "濱", 鹏: "鵬", 语: "語", 颢: "顥", 轩: "軒", 仪: "儀", 艺: "藝",
  瑶: "瑤", 遥: "遙", 尧: "堯", 丝: "絲", 学: "學", 颖: "穎", 莹: "瑩", 鹃: "鵑", 云: "雲",
  剑: "劍", 锋: "鋒", 丰: "豐", 飞: "飛", 国: "國", 凤: "鳳", 龙: "龍", 东: "東", 阳: "陽",
  杨: "楊", 张: "張", 刘: "劉", 陈: "陳", 黄: "黃", 赵: "趙", 吴: "吳", 孙: "孫", 马: "馬",
  罗: "羅", 郑: "鄭", 谢: "謝", 许: "許", 韩: "韓", 冯: "馮", 邓: "鄧", 蒋: "蔣", 叶: "葉",
  苏: "蘇", 吕: "呂", 卢: "盧", 钟: "鍾", 谭: "譚", 陆: "陸", 贾: "賈", 韦: "韋", 邹: "鄒",
  闫: "閆", 贺: "賀", 顾: "顧", 龚: "龔", 万: "萬", 钱: "錢", 严: "嚴", 汤: "湯", 欧: "歐",
  诸: "諸", 区: "區", 号: "號", 楼: "樓", 单: "單", 栋: "棟", 长: "長", 顺: "順", 兴: "興",
  园: "園", 庄: "莊", 门: "門",
};

/** The most common full names in China: different people share them. */
// biome-ignore format: a table reads better packed
export const COMMON_NAMES: readonly string[] = [
  "张伟", "王伟", "王芳", "李伟", "李娜", "张敏", "李静", "王静", "刘伟", "王秀英", "张丽",
  "李秀英", "王丽", "张静", "张秀英", "李强", "王敏", "李敏", "王磊", "刘洋", "王艳", "王勇",
  "李军", "张勇", "李杰", "张杰", "张磊", "王强", "李娟", "王军",
];

/** Xi'an districts with their GB/T 2260 codes. */
// biome-ignore format: a table reads better packed
export const DISTRICTS: readonly (readonly [string, string])[] = [
  ["新城区", "610102"], ["碑林区", "610103"], ["莲湖区", "610104"], ["灞桥区", "610111"],
  ["未央区", "610112"], ["雁塔区", "610113"], ["阎良区", "610114"], ["临潼区", "610115"],
  ["长安区", "610116"], ["高陵区", "610117"], ["鄠邑区", "610118"],
];

/** Birth regions of people who moved here (floating population). */
// biome-ignore format: a table reads better packed
export const OTHER_REGIONS: readonly string[] = [
  "420102", "420106", "410105", "510104", "500103", "140105", "620102", "640104", "370102",
];

const COMPOUND_HEADS = [
  ..."丈八曲江太白翠华长安含光朱雀吉祥电子科技枫林紫薇高新锦业唐延永松明德大雁",
];
const COMPOUND_TAILS = ["小区", "花园", "家园", "新村", "公寓", "苑", "里", "东区", "西区", "南区"];

/** Residential compounds: two-character heads × tails, e.g. 丈八花园. */
export const COMPOUNDS: readonly string[] = COMPOUND_HEADS.flatMap((h, i) =>
  i % 2 === 0 ? COMPOUND_TAILS.map((t) => h + (COMPOUND_HEADS[i + 1] ?? "") + t) : [],
);

/** Mobile prefixes. */
// biome-ignore format: a table reads better packed
export const MOBILE_PREFIXES: readonly string[] = [
  "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153",
  "155", "156", "157", "158", "159", "166", "176", "177", "178", "180", "181", "182", "183",
  "185", "186", "187", "188", "189", "191", "193", "198", "199",
];
