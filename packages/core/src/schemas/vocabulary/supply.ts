import { L } from "../define.js";

/** Supply categories: the model's own and those of logistics catalogues and HXL lists. */
export const SUPPLY_CATEGORY = {
  food: {
    ...L("粮油食品", "Food"),
    synonyms: ["食品", "粮油", "米面", "大米", "面粉", "方便食品", "food items", "rations"],
  },
  "fresh-produce": {
    ...L("蔬菜肉蛋", "Fresh produce"),
    synonyms: ["蔬菜", "肉", "蛋", "肉蛋", "水果", "生鲜", "vegetables", "fresh food"],
  },
  "drinking-water": {
    ...L("饮用水", "Drinking water"),
    synonyms: ["矿泉水", "瓶装水", "纯净水", "桶装水", "water", "bottled water"],
  },
  medicine: {
    ...L("药品", "Medicine"),
    synonyms: ["药", "药物", "常用药", "medicines", "drugs", "pharmaceuticals", "medication"],
  },
  "protective-equipment": {
    ...L("防护用品", "Protective equipment"),
    synonyms: [
      "口罩",
      "防护服",
      "护目镜",
      "手套",
      "防护",
      "隔离衣",
      "面屏",
      "PPE",
      "masks",
      "personal protective equipment",
    ],
  },
  disinfectant: {
    ...L("消杀用品", "Disinfectant"),
    synonyms: [
      "消毒",
      "消毒液",
      "酒精",
      "84消毒液",
      "消杀",
      "disinfection",
      "sanitiser",
      "sanitizer",
      "hand sanitiser",
    ],
  },
  "medical-device": {
    ...L("医疗器械", "Medical device"),
    synonyms: [
      "医疗设备",
      "器械",
      "体温计",
      "呼吸机",
      "制氧机",
      "medical equipment",
      "medical supplies",
    ],
  },
  "daily-necessities": {
    ...L("生活用品", "Daily necessities"),
    synonyms: [
      "日用品",
      "生活物资",
      "被褥",
      "毛巾",
      "衣物",
      "NFI",
      "non-food items",
      "household items",
      "bedding",
      "blankets",
      "clothing",
      "textile",
      "kitchen",
      "shelter items",
      "tarpaulin",
    ],
  },
  "infant-supplies": {
    ...L("母婴用品", "Infant supplies"),
    synonyms: [
      "奶粉",
      "尿不湿",
      "纸尿裤",
      "婴儿用品",
      "baby supplies",
      "infant formula",
      "diapers",
      "nappies",
    ],
  },
  other: { ...L("其他", "Other"), synonyms: ["其它"] },
};
