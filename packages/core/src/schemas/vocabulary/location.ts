import { L } from "../define.js";

/** Kinds of places, with the words of facility, shelter and warehouse lists. */
export const LOCATION_KIND = {
  building: { ...L("楼栋", "Building"), synonyms: ["楼", "单元楼", "住宅楼", "building"] },
  compound: {
    ...L("小区", "Residential compound"),
    synonyms: ["院落", "大院", "住宅小区", "compound", "housing estate", "estate"],
  },
  community: { ...L("社区", "Community"), synonyms: ["村", "社区居委会", "community"] },
  "street-office": { ...L("街道办事处", "Street office"), synonyms: ["街道", "街道办", "乡镇"] },
  checkpoint: { ...L("卡口", "Checkpoint"), synonyms: ["检查站", "检查点", "checkpoint"] },
  "quarantine-site": {
    ...L("集中隔离点", "Quarantine site"),
    synonyms: ["隔离点", "隔离酒店", "方舱", "方舱医院", "quarantine centre", "quarantine center"],
  },
  "testing-site": {
    ...L("核酸检测点", "Testing site"),
    synonyms: ["检测点", "采样点", "核酸采样点", "testing centre", "testing center"],
  },
  warehouse: {
    ...L("物资仓库", "Warehouse"),
    synonyms: ["仓库", "库房", "物资库", "warehouse", "store", "depot", "storage"],
  },
  "distribution-point": {
    ...L("物资发放点", "Distribution point"),
    synonyms: ["发放点", "分发点", "领取点", "distribution site"],
  },
  "medical-facility": {
    ...L("医疗机构", "Medical facility"),
    synonyms: [
      "医院",
      "卫生院",
      "诊所",
      "社区卫生服务中心",
      "卫生室",
      "hospital",
      "clinic",
      "health facility",
      "health centre",
      "health center",
    ],
  },
  shelter: {
    ...L("避难安置点", "Shelter"),
    synonyms: [
      "避难所",
      "安置点",
      "应急避难场所",
      "救助站",
      "shelter",
      "evacuation centre",
      "evacuation center",
      "camp",
    ],
  },
  office: {
    ...L("办公场所", "Office"),
    synonyms: ["办公室", "办事处", "服务站", "office", "call centre", "call center"],
  },
  other: { ...L("其他", "Other"), synonyms: ["其它"] },
};
