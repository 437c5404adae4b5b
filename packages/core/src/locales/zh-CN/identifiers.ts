import type { identifiers as en } from "../en/identifiers.js";

export const identifiers = {
  "citizenId.empty": "身份证号为空，请填写",
  "citizenId.length": "身份证号应为18位（旧证为15位），当前为{length}位",
  "citizenId.charset": "身份证号只能由数字组成，最后一位可以是X；第{position}位是“{char}”",
  "citizenId.region": "身份证号前两位应为省份代码，“{code}”不是有效的省份代码，请核对前两位",
  "citizenId.birthDate":
    "身份证号中的出生日期 {date} 不是有效日期（应为1890年以后的真实日期），请核对第7至14位",
  "citizenId.future": "身份证号中的出生日期 {date} 晚于今天",
  "citizenId.checksum":
    "身份证号校验位错误，应为 {expected}，当前为 {actual}，可能有数字录错，请逐位核对",
  "citizenId.scientificNotation":
    "身份证号被 Excel 当成了数字（显示为 {input}），后几位已经丢失，无法恢复。请在 Excel 中把这一列设为“文本”格式，再重新录入原始号码",
  "citizenId.masked":
    "“{input}”有数字被隐藏（以 * 或 x 代替），无法用来识别身份，请索取完整的身份证号",
  "citizenId.legacyUpgraded": "15位旧身份证号 {original} 已自动升级为18位：{upgraded}",

  "creditCode.empty": "统一社会信用代码为空，请填写",
  "creditCode.length": "统一社会信用代码应为18位，当前为{length}位",
  "creditCode.charset":
    "统一社会信用代码只能由数字和大写字母组成（不含 I、O、Z、S、V）；第{position}位是“{char}”",
  "creditCode.authority":
    "统一社会信用代码第1位是登记管理部门代码（如 1 机构编制、5 民政、9 市场监管、Y 其他），“{char}”不是有效代码",
  "creditCode.region":
    "统一社会信用代码第3至8位应为登记机关的6位行政区划代码（全为数字），当前为“{region}”",
  "creditCode.checksum":
    "统一社会信用代码最后一位应为 {expected}，当前为 {actual}。部分早期代码本身不符合校验规则，请与营业执照核对",
  "creditCode.scientificNotation":
    "统一社会信用代码被 Excel 当成了数字（显示为 {input}），后几位已经丢失，无法恢复。请在 Excel 中把这一列设为“文本”格式，再重新录入原始代码",

  "phone.empty": "电话号码为空，请填写",
  "phone.invalid":
    "无法识别电话号码“{input}”。固定电话请带区号（如 029-88886666），境外号码请以 + 和国际区号开头",
  "phone.cnMobile.length": "手机号应为11位数字，当前为{length}位",
  "phone.cnMobile.prefix": "手机号应以13至19开头，当前以{prefix}开头",
  "phone.cnMobile.foreign": "该号码的国际区号不是 +86，不是中国大陆手机号",
  "phone.masked":
    "“{input}”有数字被隐藏（以 * 或 x 代替），无法拨打，也不能用来比对人员，请索取完整号码",
  "phone.unread": "联系方式中的“{text}”不是电话号码，其余号码已保留，请核对",
  "phone.extension": "分机号 {extension} 不属于电话号码本身，已从号码中去掉",

  "division.format": "行政区划代码应为6位数字（乡镇、村级统计代码为9位或12位），当前为“{input}”",
  "division.unknown": "找不到代码为 {code} 的县级及以上行政区划，请核对",
} as const satisfies Record<keyof typeof en, string>;
