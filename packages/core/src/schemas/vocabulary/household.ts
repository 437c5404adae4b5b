import { L } from "../define.js";

/** Residency as household and population registers write it. */
export const RESIDENCY = {
  registered: {
    ...L("户籍人口", "Registered resident"),
    synonyms: ["户籍", "本地户籍", "户籍人员", "本地户口", "本地", "registered", "local"],
  },
  resident: {
    ...L("常住人口（非户籍）", "Permanent resident (not registered here)"),
    synonyms: ["常住", "常住人员", "人户分离", "非户籍常住", "permanent", "permanent resident"],
  },
  floating: {
    ...L("流动人口", "Floating population"),
    synonyms: [
      "流动",
      "流动人员",
      "暂住",
      "暂住人口",
      "暂住人员",
      "外来",
      "外来人口",
      "外来人员",
      "外地",
      "非本地户籍",
      "floating",
      "migrant",
      "temporary resident",
    ],
  },
};

/** Housing tenure: whose home it is, as registers write it (自住, 租住, 借住 …). */
export const TENURE = {
  owned: {
    ...L("自有住房", "Owned"),
    synonyms: [
      "自住",
      "自有",
      "自购",
      "自购房",
      "自有产权",
      "产权房",
      "自建房",
      "商品房",
      "owned",
      "owner",
      "owner-occupied",
      "own",
    ],
  },
  rented: {
    ...L("租住", "Rented"),
    synonyms: ["租赁", "租房", "租用", "承租", "rented", "renting", "rent", "tenant", "renter"],
  },
  "public-rental": {
    ...L("公租房/廉租房", "Public rental housing"),
    synonyms: [
      "公房",
      "保障房",
      "保障性住房",
      "public housing",
      "social housing",
      "council housing",
    ],
  },
  "staying-with-others": {
    ...L("借住/寄住", "Staying with others"),
    synonyms: [
      "投亲靠友",
      "寄居",
      "借住亲友",
      "staying with relatives",
      "staying with family",
      "hosted",
    ],
  },
  dormitory: {
    ...L("宿舍", "Dormitory"),
    synonyms: ["单位宿舍", "集体宿舍", "员工宿舍", "工地宿舍", "学生宿舍", "dormitory", "dorm"],
  },
  other: { ...L("其他", "Other"), synonyms: ["其它", "other"] },
};
