import type { MessageTemplate } from "@linli/core";
import type { en } from "./en.js";

/** @linli/adapters 的简体中文消息。键与英文目录一一对应，缺一条即类型错误。 */
export const zhCN = {
  "source.unsupported":
    "{file}：无法读取这种数据源；应为文件、Blob、ArrayBuffer、Uint8Array 或字节流",
  "source.empty": "{file} 是空文件；应为表格、CSV 或 JSON 文件",
  "source.binary": "{file} 看起来是{kind}，不是表格；应为 CSV、TSV、XLSX、JSON 或 NDJSON",
  "source.xls":
    "{file} 是旧版 Excel 97–2003 工作簿（.xls）或已加密的工作簿；请另存为 .xlsx 或 CSV 后再导入",
  "encoding.undecodable":
    "{file}：第 {offset} 字节处的内容不是有效的 {encoding} 编码；应为 UTF-8、GB18030 或 UTF-16 文本（可另存为“CSV UTF-8”）",
  "encoding.mixed":
    "{file} 第 {line} 行的编码与前面的行不同（UTF-8 与 GB18030 等编码混用），或其字节已损坏；未读取任何数据——请把整个文件用同一种编码重新保存（“CSV UTF-8”）",
  "encoding.invalid":
    "{file}：从第 {offset} 字节起既不是 UTF-8、GB18030，也不是西文（Windows-1252）文本；未读取任何数据——文件可能已损坏：请重新另存为“CSV UTF-8”，或指明其编码",
  "encoding.unknown":
    "未知编码“{encoding}”；应为 utf-8、gb18030、utf-16le、utf-16be 或 windows-1252",
  "limit.bytes": "{file} 超过 {limit} 字节的上限",
  "limit.rows": "{file} 超过 {limit} 行的上限；请拆分文件或调高 limits.rows",
  "limit.cell":
    "单元格有 {size} 个字符，超过上限 {limit} 个（电子表格的单元格最多 32,767 个字符）；应为较短的文字：请缩短内容，或把长文本另存为单独的文档",
  "limit.columns": "{file} 第 {row} 行：共 {count} 列，超过上限 {limit}",
  "limit.decompressed":
    "{file}：工作簿解压后超过 {limit} 字节（疑似“压缩炸弹”或表格过大）；应为普通的 XLSX 文件",
  "csv.unclosedQuote":
    '{file} 第 {row} 行：此处开始的带引号单元格没有结束；缺少结尾的英文双引号（"）',
  "json.invalid": "{file}：不是有效的 JSON（{detail}）；应为对象数组或数组的数组",
  "json.tooDeep":
    "{file}：JSON 嵌套超过 {limit} 层（第 {offset} 个字符处）；应为对象数组或数组的数组",
  "json.shape": "{file}：JSON 中没有表格数据；应为对象数组或数组的数组（或含有这样一个数组的对象）",
  "json.row": "{file} 第 {row} 行：应为对象或单元格数组，实际为 {type}",
  "ndjson.line": "{file} 第 {row} 行：不是有效的 JSON（{detail}）；每行应为一个对象或数组",
  "xlsx.invalid": "{file}：无法读取的 XLSX 工作簿（{detail}）",
  "xlsx.truncated": "{file}：XLSX 文件不完整或已损坏（{detail}）；请重新下载或复制",
  "xlsx.sharedString":
    "{file}：工作表“{sheet}”的 {cell} 单元格引用了工作簿中第 {index} 号文本，但工作簿只有 {count} 条文本；应引用工作簿中已有的文本。该工作簿已损坏：请用 Excel 或 WPS 打开后重新保存，再导入保存后的文件",
  "xlsx.noSheet": "{file}：没有名为“{sheet}”的工作表；工作簿中有：{sheets}",
  "xlsx.noSheets": "{file}：工作簿中没有工作表",
  "hxl.malformed":
    "{file} 第 {row} 行：这一行像是 HXL 标签行，但标签缺少“#”（{sample}）；应为 #org、#adm1+name 这样的标签",
  "hxl.notFound": "{file}：前 {rows} 行中没有 HXL 标签行",
  "header.none":
    "{file}：第 {row} 行是身份证号、电话等个人数据而不是列名：该文件没有表头，这一行按数据读取，各列以 A、B、C… 命名；请按这些字母给出列映射（如 A → 姓名）",
  "header.dataAbove":
    "{file}：表头（第 {header} 行）上方的第 {rows} 行（共 {count} 行）和下面的记录一样填有身份证号、电话等个人数据；表头上方应只有标题，因此这些行按表头作为记录读取，而没有当作标题跳过，请核对",
  "header.repeated":
    "{file} 第 {row} 行：这一行重复了表头的列名，应为一条记录；已略去。多个文件首尾相接时每个文件都带着表头，请删去这一行",
  "header.notFound": "{file}：前 {rows} 行中没有找到表头",
  "mapping.unknownField":
    "{entity} 的列映射：“{field}”（列“{column}”）不是 {entity} 的列；应为其列名键，例如 {example}",
  "odk.noSubmissions":
    "{file}：没有找到提交数据的工作表；应为 ODK 或 KoboToolbox 的导出文件，其重复组工作表带有 _parent_index、_submission__uuid 或 PARENT_KEY 列",
  "odk.orphan":
    "{place}第 {row} 行：找不到 {link} 为 {value} 的提交，无法归入 {field}；已在此列出，未导入",
  "odk.orphanRejected":
    "{place}第 {row} 行：所属的提交（第 {parent} 行）未通过检查，这条 {field} 随之列在此处，未导入",
  "odk.repeatUnknown":
    "{place}：这 {rows} 行不属于{entity}的任何列表（可用：{lists}），已在此列出，未导入",
  "odk.item": "{place}第 {row} 行：这条 {field} 未导入：{detail}",
  "odk.itemCell": "{place}第 {row} 行「{column}」列：值“{value}”未写入这条 {field}：{detail}",
  "odk.sheet": "{file}「{sheet}」表",
  "json.path": "{file}：“{path}”处没有可作为记录读取的内容；文件中的列表位于：{paths}",
  "json.records":
    "{file}：记录取自列表“{path}”（文件中的其他列表：{others}；记录内部的列表作为列保留）。如需读取其他列表，请给出其路径（--path）",
  "sheet.emptySkipped":
    "{file}：工作表“{empty}”是空的，已改读第一个有数据的工作表“{sheet}”。可用 --sheet 指定工作表",
  "sheet.hiddenRows":
    "{file} 工作表“{sheet}”：第 {rows} 行（共 {count} 行）在表格里被隐藏（手动隐藏或被筛选掉），已和其他行一样读取。如果是因为不属于这份名单才隐藏的，请在表格中删除这些行后重新导入",
  "sheet.hiddenColumns":
    "{file} 工作表“{sheet}”：{columns} 列（共 {count} 列）在表格里被隐藏，已和其他列一样读取。如果是因为存放旧值或辅助计算才隐藏的，请取消这些列的对应字段，或在表格中删除这些列",
  "sheet.hiddenUnread":
    "{file}：工作表“{hidden}”（共 {count} 个）在工作簿中被隐藏，其中也有记录，未读取。如需读取，请用 --sheet 指定工作表",
  "sheet.othersUnread":
    "{file}：只读取了工作表“{sheet}”；工作表“{others}”也有记录，未读取。可用 --sheet all 读取所有工作表，或用 --sheet 指定工作表",
  "sheet.coverSkipped":
    "{file}：工作表“{cover}”没有给出{fields}的列（是封面或填表说明？），已改读第一个有这类列的工作表“{sheet}”。可用 --sheet 指定工作表",
  "odk.file": "{file} ",
  "odk.repeatAlone":
    "{file} 是 ODK 或 KoboToolbox 导出的重复组（有 {link} 列）；请同时给出提交数据文件，例如 form.csv 与 form-members.csv",
  "odk.repeatWhich":
    "{file} 是 ODK 或 KoboToolbox 导出的重复组，但无法确定它属于 {mains} 中的哪一个；请按提交数据文件命名（form.csv 与 form-members.csv），或一次只给一份导出",
  "mapping.entity": "该列映射属于 {mapping}，但本次导入的是 {entity}",
  "mapping.duplicate":
    "{file}：“{first}”和“{column}”两列都对应 {field}；“{column}”已保留在其他列中",
  "mapping.required": "{file}：没有任何列对应必填字段 {field}；所有行都将被拒绝",
  "vocabulary.json": "{file}：词表不是有效的 JSON（{detail}）",
  "vocabulary.shape": "{file}：词表中“{at}”处应为{detail}",
  "phoneCountry.unknown":
    "{file}：“{value}”不是 linli 了解其电话号码规则的国家或地区；应为两个字母的 ISO 3166 代码，如 CN、US、GB、HK",
  "vocabulary.unknownField": "{file}：词表中的“{field}”不是可选项字段；可选项字段有：{fields}",
  "vocabulary.unknownValue":
    "{file}：词表为“{value}”给出了文字，但它不是 {field} 的取值；可用的取值有：{values}",
  "vocabulary.conflict":
    "{file}：词表把“{text}”同时给了 {field} 的“{a}”和“{b}”；一个文字只能对应一个取值",
  "defaults.unknownField":
    "{file}：为“{field}”指定了取值，但它不是 {entity} 的列；应为 name、category、address.community 这样的列名键",
  "defaults.invalid": "{file}：为 {field} 指定的取值“{value}”无法使用：{detail}",
  "defaults.withheld":
    "{file} 第 {row} 行：为整个文件指定的 {field} 取值“{value}”未用于此行（该行其余内容已保留）：{detail}",
  "mapping.identity": "{file}：没有任何列提供{fields}等可识别每一行的信息；所有行都将被拒绝",
  "row.cell": "{file} 第 {row} 行「{column}」列：{detail}",
  "row.record": "{file} 第 {row} 行：{detail}",
  "cell.enum": "“{value}”不是{field}的可选项{suggestion}；应为以下之一：{options}",
  "cell.enumHint":
    "“{value}”只能推测{field}为“{option}”（称谓而非本身的取值）；已按“{option}”读入，请核对",
  "cell.number": "“{value}”不是数字；{field}应填数字",
  "cell.integer": "“{value}”不是整数；{field}应填整数",
  "cell.boolean": "“{value}”不是“是”或“否”；{field}应填 是/否",
  "derive.birthDate": "出生日期 {given} 与身份证号中的 {fromId} 不一致；已按原样保留，请核对",
  "derive.gender": "性别“{given}”与身份证号显示的“{fromId}”不一致；已按原样保留，请核对",
  "derive.age": "年龄 {age} 与出生日期 {birthDate} 不符（{on} 时应为 {expected} 岁），请核对",
  "hsds.what.phones": "电话",
  "hsds.what.services": "服务",
  "hsds.what.contacts": "联系人",
  "hsds.what.addresses": "地址",
  "hsds.what.schedules": "服务时间",
  "hsds.what.service_at_location": "服务地点",
  "hsds.what.organization_identifiers": "机构代码",
  "hsds.what.locations": "地点",
  "hsds.dangling":
    "{file} 第 {row} 行：这条{what}（{value}）所属的 {links} 在数据包中找不到（{count} 个编号），无法关联；已在此列出，未导入",
  "hsds.danglingAlone":
    "{file} 第 {row} 行“{column}”列：数据包中找不到 {id}；该引用暂缓录入，这条电话（{value}）已单独保留，不归属任何机构、服务或地点",
  "hsds.danglingWithheld":
    "{file} 第 {row} 行“{column}”列：数据包中找不到 {id}；该引用暂缓录入，这条电话（{value}）已按其另一引用归属保留",
  "hsds.alone":
    "{file} 第 {row} 行：这条电话（{value}）没有填写所属机构、服务、地点或联系人；已单独保留",
  "hsds.noLink": "{file} 第 {row} 行：这条{what}（{value}）没有填写 {links}；已在此列出，未导入",
  "hsds.unreadable":
    "{file} 第 {row} 行：这条{what}（{value}）无法读取：{detail}；已在此列出，未导入",
  "hsds.full":
    "{file} 第 {row} 行：“{name}”已有 {max} 条同类信息；这条{what}（{value}）已在此列出，未导入",
  "hsds.status":
    "{file} 第 {row} 行：服务“{name}”的状态“{value}”不是 HSDS 允许的取值；已按“服务中”（active）读入，请核对",
  "hsds.unread":
    "{file}：HSDS 的 {table} 表（{rows} 行）在 linli 数据模型中没有对应内容；其中的行未导入",
  "hsds.noPackage":
    "{files}：不是 Open Referral HSDS 数据包；应包含 organizations.csv、services.csv、locations.csv、phones.csv 等表，且每张表都有 id 列",
  "hsds.childAlone":
    "{file} 是 HSDS 的 {table} 表：其中每一行按编号属于某个机构、服务或地点。请给出整个数据包文件夹，或把这些文件一起给出（organizations.csv、services.csv、locations.csv、phones.csv）",
  "cell.withheld": "暂缓录入（该行其余内容已保留）：{detail}",
  "part.missing": "这项{field}没有对应的{part}，无法录入：{why}",
  "part.noColumn":
    "文件中没有{part}列（表头如“{zh}”“{en}”都会读作{part}）；请添加这一列，或在列对应中把填有{part}的列对应到{part}",
  "part.emptyCell": "本行的{part}（“{column}”列）为空",
  "part.withheld": "本行的{part}（“{column}”列）无法读取，见该列的提示",
  "geo.assumedWgs84":
    "{file}：经纬度没有注明坐标系，已按 WGS-84（GPS）读取；如来自高德、腾讯地图（GCJ-02）或百度地图（BD-09），请用文件的坐标系选项注明",
  "cell.formulaError":
    "“{value}”是表格公式出错时显示的错误值（例如查找不到匹配项），不是“{field}”的值；应为实际的值：请修正公式，或把该列“选择性粘贴为数值”",
  "cell.uncomputed":
    "单元格是从未计算过的公式（{formula}）：该工作簿由程序生成，之后没有用电子表格保存过，无法得知其值；应为实际的值：请用 Excel 或 WPS 打开文件、保存后重新导入",
  "cell.maskedName":
    "“{value}”有字被隐藏：已作为“{field}”保留，但无法与他人区分，合并查重时不使用；应为完整姓名",
  "cell.floatTail":
    "“{value}”末尾的小数点和 0 是表格或脚本把该列当作数字保存时留下的，已按 {read} 读取；请核对，并把该列保存为文本",
  "cell.damagedNumber":
    "“{value}”已被 Excel 转成数字并丢失了位数；应为原始号码（请把该列设为“文本”格式后重新录入）",
} satisfies Record<keyof typeof en, MessageTemplate>;
