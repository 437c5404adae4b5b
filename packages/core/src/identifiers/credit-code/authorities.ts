import type { Localized } from "../../i18n/types.js";

/**
 * Registration authorities (first character) of GB 32100-2015 with the organisation types
 * (second character) they use. The base table is the standard's; G, J and Q are later
 * additions that appear in published tables of issued codes. A type not listed here is not
 * an error: authorities add types over time, so only its label is missing.
 */
export const AUTHORITIES: Readonly<
  Record<string, { readonly label: Localized; readonly types: Readonly<Record<string, Localized>> }>
> = {
  "1": {
    label: { "zh-CN": "机构编制", en: "Staffing office" },
    types: {
      "1": { "zh-CN": "机关", en: "Government body" },
      "2": { "zh-CN": "事业单位", en: "Public institution" },
      "3": { "zh-CN": "群众团体", en: "Mass organisation" },
    },
  },
  "2": {
    label: { "zh-CN": "外交", en: "Foreign affairs" },
    types: { "1": { "zh-CN": "外国常驻新闻机构", en: "Resident foreign news agency" } },
  },
  "3": {
    label: { "zh-CN": "司法行政", en: "Justice administration" },
    types: {
      "1": { "zh-CN": "律师执业机构", en: "Law firm" },
      "2": { "zh-CN": "公证处", en: "Notary office" },
      "3": { "zh-CN": "基层法律服务所", en: "Community legal service office" },
      "4": { "zh-CN": "司法鉴定机构", en: "Forensic appraisal body" },
      "5": { "zh-CN": "仲裁委员会", en: "Arbitration commission" },
    },
  },
  "4": {
    label: { "zh-CN": "文化", en: "Culture" },
    types: { "1": { "zh-CN": "外国在华文化中心", en: "Foreign cultural centre" } },
  },
  "5": {
    label: { "zh-CN": "民政", en: "Civil affairs" },
    types: {
      "1": { "zh-CN": "社会团体", en: "Social organisation" },
      "2": { "zh-CN": "民办非企业单位", en: "Private non-enterprise unit" },
      "3": { "zh-CN": "基金会", en: "Foundation" },
      "4": { "zh-CN": "村民委员会", en: "Villagers' committee" },
      "5": { "zh-CN": "居民委员会", en: "Residents' committee" },
    },
  },
  "6": {
    label: { "zh-CN": "旅游", en: "Tourism" },
    types: {
      "1": { "zh-CN": "外国旅游部门常驻代表机构", en: "Foreign tourism office" },
      "2": {
        "zh-CN": "港澳台地区旅游部门常驻代表机构",
        en: "Hong Kong, Macao or Taiwan tourism office",
      },
    },
  },
  "7": {
    label: { "zh-CN": "宗教", en: "Religious affairs" },
    types: {
      "1": { "zh-CN": "宗教活动场所", en: "Place of worship" },
      "2": { "zh-CN": "宗教院校", en: "Religious school" },
    },
  },
  "8": {
    label: { "zh-CN": "工会", en: "Trade unions" },
    types: { "1": { "zh-CN": "基层工会", en: "Grassroots trade union" } },
  },
  "9": {
    label: { "zh-CN": "市场监管（工商）", en: "Market regulation" },
    types: {
      "1": { "zh-CN": "企业", en: "Enterprise" },
      "2": { "zh-CN": "个体工商户", en: "Individual business" },
      "3": { "zh-CN": "农民专业合作社", en: "Farmers' cooperative" },
    },
  },
  A: {
    label: { "zh-CN": "中央军委改革和编制办公室", en: "Military staffing office" },
    types: { "1": { "zh-CN": "军队事业单位", en: "Military public institution" } },
  },
  G: {
    label: { "zh-CN": "公安", en: "Public security" },
    types: { "1": { "zh-CN": "境外非政府组织代表机构", en: "Overseas NGO representative office" } },
  },
  J: {
    label: { "zh-CN": "住房和城乡建设", en: "Housing and urban-rural development" },
    types: { "1": { "zh-CN": "业主大会", en: "Homeowners' assembly" } },
  },
  N: {
    label: { "zh-CN": "农业农村", en: "Agriculture and rural affairs" },
    types: {
      "1": { "zh-CN": "组级集体经济组织", en: "Group-level collective economic organisation" },
      "2": { "zh-CN": "村级集体经济组织", en: "Village-level collective economic organisation" },
      "3": { "zh-CN": "乡镇级集体经济组织", en: "Township-level collective economic organisation" },
    },
  },
  Q: {
    label: { "zh-CN": "侨联", en: "Federation of Returned Overseas Chinese" },
    types: {},
  },
  Y: {
    label: { "zh-CN": "其他", en: "Other" },
    types: { "1": { "zh-CN": "其他", en: "Other" } },
  },
};

/** "Other" is type 9 under every authority that splits its types. */
export const OTHER_TYPE: Localized = { "zh-CN": "其他", en: "Other" };
