import type { ExportCliCode } from "../en/export.js";

/** `linli convert`、`linli template`、`linli report` 的简体中文文字。键与英文一一对应。 */
export const exportZhCN: Record<ExportCliCode, string> = {
  "convert.summary": "把数据文件转换为 CSV、XLSX、JSON、NDJSON、HXL 或 Open Referral HSDS",
  "convert.help":
    '输入可以是 linli 能导入的任何文件（CSV/TSV、XLSX、JSON、NDJSON、问卷导出），也可以是 linli 记录的 JSON/NDJSON 文件。\n-o, --out       输出文件，按扩展名确定格式（.csv .xlsx .json .ndjson）\n--format        csv、xlsx、json、ndjson、hxl 或 hsds（仅限组织机构）\n--entity        数据类型：{entities}；不指定时按列名推断\n--set           字段=取值，用于该列为空的每一行（可多次使用）\n--crs           经纬度的坐标系：wgs84（默认）、gcj02 或 bd09\n--phone-country 没有国家代码的电话号码属于哪个国家或地区，如 US、GB（默认 CN）\n--lang          表头和选项的语言（默认为命令的语言）\n--encoding      CSV/HXL 的编码：utf-8（默认，带 BOM）或 gb18030\n--columns       要写出的列，用逗号分隔（如 name,gender,citizenId）\n--values        选项写成文字（默认）或代码（code）\n--shape         JSON/NDJSON：records（默认，完整记录）或 table（平铺的行）\n--profile       共享方案：internal、partner-ngo、public-statistics 或 JSON 文件；会在输出旁写 <输出>.log.json\n--secret-file   存放中心密钥（Base64）的文件，用于共享方案中证件号码的假名（默认为 LINLI_SECRET_FILE 指定的文件；没有密钥时证件号码被删除）\n--locations     HSDS：服务所在地点的文件\n--mapping       保存的列对应关系（JSON）；--save-mapping 保存本次使用的对应关系\n--vocab         自定义选项词表，如 {"relationToHead": {"spouse": ["老伴"]}}（JSON，可多次给出）；仍无法识别的取值暂缓录入，并给出建议\n--sheet         工作表名称，或 all（默认第一个工作表）\n无法读取的行列在 <输出>.issues.json 中。有行被拒绝时退出码为 1。',
  "template.summary": "生成某类数据的 Excel 录入模板，带下拉选项和填写说明",
  "template.help":
    "数据类型：{entities}\n-o, --out   输出的 .xlsx 文件（默认在当前文件夹，以模板名称命名）\n--lang      表头、选项和说明的语言\n--columns   要包含的列，用逗号分隔（默认为所有需要填写的字段）\n填好的模板可直接用 linli validate / merge / convert 导入，无需确认列的对应关系。",
  "xlsform.summary": "生成 XLSForm 表单（及 ODK XForm），用于 ODK Collect、KoboToolbox 或 Enketo",
  "xlsform.help":
    "--entity    数据类型：{entities}\n-o, --out   输出的 XLSForm .xlsx（默认在当前文件夹，名为 linli_<数据类型>.xlsx）\n--xform     输出的 ODK XForm .xml（默认与 XLSForm 同名，放在旁边）\n--fields    要包含的题目，用逗号分隔（默认为表单显示的全部字段）\n标签、提示和错误信息均有中英文；身份证号和电话带校验；同住人员为重复组；hxl 列写有 HXL 标签。把 .xlsx 上传到 KoboToolbox 或 ODK Central，导出的数据可用 linli validate / merge / convert 直接导回。",
  "xlsform.wrote": "已将{entity} XLSForm 写入 {file}（共 {questions} 题），XForm 写入 {xform}。",
  "report.summary": "把记录排成社区报表（隔离人员日报、登记表、台账等）",
  "report.help":
    "<definition> 为内置报表——{reports}——或报表定义文件（JSON）。\n<data…> 为要统计的数据文件，数据类型与报表一致。\n-o, --out      输出的 .xlsx 文件（或 .csv：只写第一个工作表）\n--param        参数 名称=值，如 --param community=丈八社区 --param date=2022-01-05（可多次使用）\n--lang         标签的语言\n--min-count    分组统计中小于此数的数字隐藏（防止识别到个人）；加 --flag-small 则只标出\n--mapping      保存的列对应关系（JSON）；--sheet 工作表名称，或 all\n--profile      共享方案：internal、partner-ngo、public-statistics 或 JSON 文件；每个单元格和分组只显示方案允许共享的内容（筛选仍按完整记录进行）；在报表旁写入 <out>.log.json\n--secret-file  存放中心密钥（Base64）的文件，用于方案中的假名（默认：环境变量 LINLI_SECRET_FILE 指定的文件）\n数据中有行被拒绝时退出码为 1。",
  "err.out": "请用 -o 指定输出文件，如 linli {command} … -o {example}",
  "err.format":
    "无法从“{file}”判断输出格式；请用 --format 指定 csv、xlsx、json、ndjson、hxl 或 hsds",
  "err.hsds": "HSDS 输出只适用于组织机构：请加 --entity organization",
  "err.oneInput":
    "请给出一个输入文件，如 linli convert 居民登记.xlsx -o 居民.csv（或一份 ODK、KoboToolbox 导出的各个文件：form.csv form-members.csv）",
  "err.entityArg": "请给出一种数据类型：{entities}",
  "err.fields": "--fields：{detail}",
  "err.columns": "--columns：“{column}”不是列名；可用的列名：{columns}",
  "err.profile": "无法使用共享方案“{profile}”：{detail}",
  "err.secretFile":
    "无法使用密钥文件“{file}”（来自 {source}）：{detail}。密钥文件只含一行 Base64 文本，至少 16 个随机字节，例如用 openssl rand -base64 32 > hub.secret 生成",
  "err.secretNoProfile":
    "--secret-file 用于共享方案中的假名：请加上 --profile，如 --profile partner-ngo",
  "err.hsdsProfile":
    "HSDS 输出无法经过共享方案“{profile}”，该方案会改动组织机构的字段：请改为输出 CSV、XLSX 或 JSON",
  "err.definition": "请给出报表：{reports}，或报表定义文件。",
  "err.definitionFile": "没有名为“{name}”的内置报表，也没有这个报表定义文件。",
  "err.param": "--param 的格式为 名称=值，如 --param community=丈八社区；收到“{value}”",
  "err.minCount": "--min-count 应为不小于 1 的整数；收到“{value}”",
  "err.noData": "请给出要统计的数据文件，如 linli report {report} 居民登记.xlsx -o 日报.xlsx",
  "err.records": "{file} 第 {row} 条记录：{message}",
  "label.read": "正在读取 {file}",
  "convert.read":
    "{file}：读取 {rowsRead} 行 = 完整接受 {full} + 接受但有暂缓单元格 {withheldRows} + 拒绝 {rejected} + 跳过空行 {emptySkipped}",
  "convert.records": "{file}：读取 {count} 条 linli 记录，拒绝 {rejected} 条",
  "convert.columns": "  列：{columns}",
  "convert.unmapped": "（保留为其他列）",
  "convert.emptyColumns": "；另有 {count} 个既无表头也无内容的空列，已忽略",
  "convert.wrote": "已将 {count} 条记录写入 {file}（{format}{view}）。",
  "convert.shared": "，共享视图",
  "convert.log": "导出记录：{file}",
  "convert.issues": "拒绝 {count} 行；所有问题见 {file}",
  "convert.unattached":
    "{count} 个电话不属于数据包中任何机构、服务或地点（找不到的引用已暂缓录入）：已写入 {file}",
  "convert.mapping": "列对应关系已保存到 {file}",
  "convert.note": "  {message}",
  "template.wrote": "已将{entity}录入模板写入 {file}：共 {columns} 列。",
  "report.wrote": "已将“{name}”写入 {file}：{sheets}。",
  "report.sheet": "{name}（{rows} 行）",
};
