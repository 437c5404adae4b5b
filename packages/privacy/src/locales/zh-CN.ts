import type { MessageTemplate } from "@linli/core";
import type { PrivacyMessageCode } from "./en.js";

/** @linli/privacy 的简体中文消息。键与英文目录一一对应，缺一条即类型错误。 */
export const zhCN = {
  "profile.json": "共享方案文件不是有效的 JSON（{detail}）",
  "profile.notObject": "共享方案应为 JSON 对象，实际为 {type}",
  "profile.unknownKey":
    "共享方案中有未知的键“{key}”；可用的键为 name、description、extends、classes、kinds、fields",
  "profile.name": "共享方案需要“name”（名称）：1 至 100 个字符的文本",
  "profile.description": '共享方案需要中英文两种“description”（说明）：{ "zh-CN": "…", "en": "…" }',
  "profile.extends": "“{value}”不是内置共享方案；应为以下之一：{expected}",
  "profile.classes":
    "共享方案需要“classes”：为每一类个人信息（{expected}）指定默认处理方式；若已用“extends”继承内置方案则可省略",
  "profile.classMissing": "“classes”中缺少个人信息类别“{class}”的处理方式",
  "profile.unknownClass": "未知的个人信息类别“{class}”；应为以下之一：{expected}",
  "profile.unknownKind": "未知的字段类型“{kind}”；应为以下之一：{expected}",
  "profile.fieldKey": "“{key}”不是字段路径或列名；应类似 address.building 或 citizenId",
  "profile.action":
    "{at} 处的处理方式 {value} 无法识别；应为 keep、drop、mask、generalise 或 pseudonymise",
  "profile.optionUnknown": "“{option}”不是“{action}”的选项（位于 {at}）；可用选项：{expected}",
  "profile.optionValue": "{at} 处的“{option}”应为{expected}，实际为 {value}",
  "profile.unknown": "未知的共享方案“{name}”；应为以下之一：{expected}，或一个方案文件",
  "profile.noSecret":
    "共享方案“{profile}”要求对 {fields} 做化名处理，但未提供化名密钥，这些字段改为删除",
  "secret.type": "密钥应为 CryptoKey、字节数组或 Base64 文本，实际为 {type}",
  "secret.empty": "密钥为空；请用 generateSecret() 生成",
  "secret.repeats":
    "密钥太容易猜到：{bytes} 字节中只有 {distinct} 种不同的字节值（全为零或重复的模式），用它生成的化名可被还原——请用 generateSecret() 生成随机密钥",
  "secret.text":
    "密钥是可读的文字（口令或短语），不是随机字节，用它生成的化名可被猜出还原——请用 generateSecret() 生成随机密钥",
  "secret.base64": "密钥不是 Base64 文本；请用 generateSecret() 生成",
  "secret.short": "密钥只有 {bytes} 字节，至少需要 {min} 字节（128 位）",
  "secret.cryptoKey": "CryptoKey 应为可用于签名的 HMAC（SHA-256）密钥，实际为 {algorithm}",
  "secret.noCrypto":
    "当前环境没有 Web Crypto（globalThis.crypto.subtle）；请使用 Node 20 及以上版本，或通过 HTTPS 打开的浏览器页面",
  "pseudonym.kind": "未知的化名类型“{kind}”；应为 citizen-id、phone、name、document 或 text",
  "clk.notObject": "布隆过滤器编码方案应为 JSON 对象，实际为 {type}",
  "clk.unknownKey": "{at} 处有未知的键“{key}”",
  "clk.name": "编码方案需要“name”（名称）：1 至 100 个字符的文本",
  "clk.bits": "“{at}”应为 32 的倍数，取值 64 至 8192，实际为 {value}",
  "clk.hashing": "“hashing”应为 random 或 double，实际为 {value}",
  "clk.fields": "“fields”应为非空的字段列表",
  "clk.fieldName": "第 {index} 个字段需要唯一的“name”（1 至 100 个字符），实际为 {value}",
  "clk.prepare":
    "字段“{field}”的“prepare”应为 text、name、pinyin、digits、date 或 exact，实际为 {value}",
  "clk.q": "字段“{field}”的“q”应为 1 至 4 的整数，实际为 {value}",
  "clk.strength":
    "字段“{field}”须且只须指定“k”（每个片段的哈希次数，1 至 100）或“bitsPerField”（1 至 4000）之一，实际为 {value}",
  "clk.flag": "字段“{field}”的“{option}”应为 true 或 false，实际为 {value}",
  "clk.positional": "字段“{field}”的“positional”要求 q = 1，实际 q = {value}",
  "clk.get": "字段“{field}”的“get”应为点分路径，如 address.community，实际为 {value}",
  "clk.keys": "“keys”应为以化名键发送的标识列表",
  "clk.keyName": "第 {index} 个键需要唯一的“name”（1 至 100 个字符），实际为 {value}",
  "clk.keyKind": "键“{key}”的“kind”应为 citizen-id、phone 或 document，实际为 {value}",
  "clk.household": "“household”应列出本方案中字段所指定的过滤器名称，实际为 {value}",
  "clk.filter": "字段“{field}”的“filter”应为 1 至 100 个字符的名称，实际为 {value}",
  "expect.integer": " {min} 至 {max} 的整数",
  "expect.integerOrFalse": " {min} 至 {max} 的整数或 false",
  "expect.oneOf": "以下之一：{values}",
  "expect.none": "无可用选项",
  "label.masked": "{label}（部分隐藏）",
  "label.pseudonym": "{label}（化名键）",
  "label.ageBand": "年龄段",
  "label.birthYear": "出生年份",
  "label.month": "{label}（年月）",
  "label.year": "{label}（年份）",
  "label.area": "{label}（至{level}）",
  "level.country": "国家",
  "level.province": "省",
  "level.city": "市",
  "level.district": "区县",
  "level.street": "街道",
  "level.community": "社区",
  "level.compound": "小区",
  "level.building": "楼栋",
  "level.unit": "单元",
  "level.floor": "楼层",
  "level.room": "房号",
  "builtin.internal":
    "完整数据，供数据收集单位内部工作人员使用。不做任何删减；只在收集数据的单位内部使用。",
  "builtin.partner-ngo":
    "供物资、服务合作伙伴使用：姓名和电话部分隐藏，证件号码替换为带密钥的化名键（未提供密钥时删除），出生日期改为 10 岁一档的年龄段，地址保留到楼栋，保留特殊人群类别，删除备注和未对应的列。",
  "builtin.public-statistics":
    "供公开统计使用：不含任何直接标识符和记录编号，出生日期改为 10 岁一档的年龄段（90 岁及以上合并），地址保留到社区，其他日期保留到月，删除自由文本和其他文本；保留特殊人群等类别用于计数。",
} as const satisfies Record<PrivacyMessageCode, MessageTemplate>;
