import type { ValidateMergeCode } from "../en/validate-merge.js";

/** `linli validate` 与 `linli merge` 的中文文字。 */
export const validateMergeZhCN: Record<ValidateMergeCode, string> = {
  "validate.summary": "按数据标准检查表格：哪些行可以接受，哪些被拒绝、为什么",
  "validate.help":
    '支持的文件：CSV/TSV（UTF-8、GB18030、UTF-16）、XLSX、JSON、NDJSON，问卷星、金数据的导出文件，以及 ODK Central 和 KoboToolbox 的导出文件（工作簿，或提交数据 CSV 与其重复组文件，如 form-members.csv）。\n--entity    文件中的数据类型：{entities}；不指定时按列名推断（并说明把握多大）\n--set       字段=取值，用于该列为空的每一行，例如 --set category=药品（可多次使用）\n--crs       经纬度的坐标系：wgs84（默认，GPS）、gcj02（高德、腾讯）或 bd09（百度）\n--phone-country  没有国家代码的电话号码属于哪个国家或地区，如 US、GB（默认 CN）\n--mapping   保存的列对应表（JSON：{"entity", "columns": {列名: 字段}}）\n--vocab     自定义选项词表，如 {"relationToHead": {"spouse": ["老伴"]}}（JSON，可多次给出）；仍无法识别的取值暂缓录入，并给出建议\n--sheet     工作表名称，或 all 表示全部（默认第一个工作表）\n--json      在标准输出打印一个 JSON：每个文件的读取行数、接受、拒绝、跳过的空行、列对应和所有问题\n有行被拒绝时退出码为 1；有文件无法读取，或没有任何一列属于该数据类型时为 2。',
  "merge.summary": "把多个社区的文件合并成一份数据，并生成报告",
  "merge.help":
    '每个文件是一个来源，以文件名命名；ODK 或 KoboToolbox 的一份导出（工作簿，或提交数据 CSV 与其重复组文件）是一个来源；Open Referral HSDS 数据包（其文件夹，或一起给出的各表）也是一个来源，读作带有服务和电话的机构。也可以给出之前合并得到的 merged.json：其中的记录保留原编号。\n-o, --out   结果写入的文件夹（不存在时自动创建）\n--entity    文件中的数据类型：{entities}；不指定时按列名推断（并说明把握多大）\n--set       字段=取值，用于该列为空的每一行，例如 --set category=药品（可多次使用）\n--crs       经纬度的坐标系：wgs84（默认，GPS）、gcj02（高德、腾讯）或 bd09（百度）\n--phone-country  没有国家代码的电话号码属于哪个国家或地区，如 US、GB（默认 CN）\n--mapping   保存的列对应表（JSON）\n--vocab     自定义选项词表，如 {"relationToHead": {"spouse": ["老伴"]}}（JSON，可多次给出）；仍无法识别的取值暂缓录入，并给出建议\n--decisions 工作台保存的核查决定文件（JSON）：哪些行是同一人，哪些不是\n--priority  来源名称，按可信程度从高到低，用于规则为“来源优先”的字段\n--rule      字段=规则，例如 address=most-recent（规则：most-frequent 出现最多、most-recent 最近更新、most-complete 最完整、source-priority 来源优先）\n--threshold 判定两行为同一人的匹配概率（默认 0.9）\n--profile   所有输出使用的共享方案：internal、partner-ngo、public-statistics 或 JSON 文件；会在结果旁写 export-log.json。也可给一个查重配置（含 fields 和 blocking 的 JSON 文件），代替该类数据内置的查重方法；两者可各给一个\n--secret-file 存放中心密钥（Base64）的文件，用于共享方案中证件号码的假名（默认为 LINLI_SECRET_FILE 指定的文件）\n--engine    查重在哪里运行：memory（默认，无需安装）或 duckdb（在内嵌的 DuckDB 上以 SQL 运行，可超出内存；需先 npm install @duckdb/node-api）\n--memory-limit DuckDB 的内存上限，例如 8GB（与 --engine duckdb 一起用）\n--work-dir  DuckDB 的工作文件夹：数据库和超出内存上限时写到磁盘的数据（默认为系统临时文件夹，用完删除）\n--pairs     linli link --emit spark 写出的文件夹（Spark 已在其中写出记录对）：从这些记录对完成合并（文件和设置须与计划相同）\n--json      以 JSON 打印汇总\n写出 merged.csv、merged.xlsx、merged.json、clusters.json、issues.json 和 report.html。有行被拒绝时退出码为 1。',
  "err.noFiles": "请至少给出一个文件，例如：linli {command} 居民登记.xlsx",
  "err.noOut": "请用 -o 指定结果写到哪里，例如：linli merge a.csv b.xlsx -o 合并结果",
  "err.mappingJson":
    "无法使用列对应表文件“{file}”：不是有效的 JSON（{detail}）；应为这样的对象：{example}",
  "err.mappingShape": "无法使用列对应表文件“{file}”：应为这样的对象：{example}",
  "err.mappingEntity":
    "无法使用列对应表文件“{file}”：它对应的是 {mapped} 的列，而这些文件按 {entity} 读取；请用 --entity {mapped}，或给出 {entity} 的列对应表",
  "err.decisions": "无法使用核查决定文件“{file}”：{detail}",
  "err.rule": "--rule 的格式为“字段=规则”，例如 --rule address=most-recent；收到的是“{value}”。",
  "err.ruleName": "--rule {value}：“{rule}”不是可用的规则；可用的规则：{rules}。",
  "err.ruleField": "--rule {value}：{entity} 没有“{field}”这个字段。",
  "err.memoryLimitEngine":
    "--memory-limit {value} 是 DuckDB 引擎的内存上限：请加上 --engine duckdb，或去掉 --memory-limit",
  "err.workDirEngine":
    "--work-dir {value} 是 DuckDB 引擎的工作文件夹（超出内存的数据写到这里）：请加上 --engine duckdb，或去掉 --work-dir",
  "err.memoryLimit": "--memory-limit 应为内存大小，例如 8GB 或 800MB；收到的是“{value}”",
  "err.threshold": "--threshold 应为 0 到 1 之间的数，例如 0.9；收到的是“{value}”",
  "err.sheet": "--sheet 后面请写工作表名称、从 0 开始的序号，或 all",
  "label.import": "读取 {file}",
  "label.dedupe": "查找重复",
  "label.fusion": "合并",
  "label.write": "写出 {file}",
  "validate.file":
    "{file}：读取 {rowsRead} 行 = 完整接受 {full} + 接受但有暂缓单元格 {withheldRows} + 拒绝 {rejected} + 跳过空行 {emptySkipped}；暂缓录入 {withheldCells} 个单元格，警告 {warnings} 条",
  "validate.rejectedHead": "  被拒绝的行（{rows}{more, plural, =0 {} other {，共 {n} 个问题}}）：",
  "validate.withheldHead":
    "  暂缓录入的单元格（{n}）：未写入记录，连同列名保存在记录的 meta.withheld 中",
  "validate.warningsHead": "  警告（{n}）：",
  "validate.notesHead": "  关于列：",
  "validate.sheetColumns": "  工作表“{sheet}”的列：{columns}",
  "validate.columns": "  列对应：{columns}",
  "validate.repeat":
    "  {place} → {field}：{rows} 行中 {joined} 行已归入所属提交{orphans, plural, =0 {} other {，{orphans} 行找不到所属提交}}{left, plural, =0 {} other {，{left} 行未导入}}",
  "validate.unmapped": "（未对应，保留为其他列）",
  "validate.emptyColumns": "；另有 {count} 个既无表头也无内容的空列，已忽略",
  "validate.more": "    …… 还有 {n} 条；用 --json 查看全部",
  "validate.hsdsPackage":
    "{name}：Open Referral HSDS 数据包，共 {tables} 张表；子表已按编号关联到所属记录",
  "validate.hsdsTable":
    "  {file}（{table}）：{rows} 行 = 已保留 {kept} 行 + 未能关联 {rejected} 行（见下）；暂缓录入 {withheldCells} 个单元格",
  "validate.hsdsUnread": "  {file}（{table}）：{rows} 行，linli 数据模型中没有对应内容；未导入",
  "validate.hsdsRecords":
    "  记录：机构 {organizations} 个（含服务 {services} 项、电话 {phones} 个），地点 {locations} 个{unattachedPhones, plural, =0 {} other {，另有不属于包中任何机构、服务或地点的电话 # 个}}",
  "validate.total":
    "共 {files} 个文件：读取 {rowsRead} 行 = 完整接受 {full} + 接受但有暂缓单元格 {withheldRows} + 拒绝 {rejected} + 空行 {emptySkipped}。",
  "validate.failed": "{file}：未能读取 — {message}",
  "validate.noColumns":
    "{file} 中没有任何一列对应 {entity} 的字段（其中的列：{columns}）。请确认文件和 --entity 是否正确；否则请用 --mapping 说明各列对应哪个字段。",
  "merge.done":
    "已合并 {sources} 个来源：读取 {rowsRead} 行 = 完整接受 {acceptedInFull} + 接受但有暂缓单元格 {withheldRows} + 拒绝 {rejected} + 空行 {emptySkipped}。结果共 {records} 条记录（其中 {duplicateClusters} 条由多行合并而成，{conflicts} 处字段冲突）。",
  "merge.written": "结果已写入 {dir}：",
  "merge.file.csv": "合并后的数据，CSV 格式（UTF-8 带 BOM，Excel 可打开）",
  "merge.file.xlsx": "合并后的数据，Excel 工作簿",
  "merge.file.json": "全部结果，供程序使用和以后继续合并",
  "merge.file.clusters": "每条合并记录来自哪些原始行",
  "merge.file.issues": "被拒绝和有警告的行及原因",
  "merge.file.report": "合并报告：用浏览器打开",
  "merge.file.log": "导出日志：使用的共享方案、时间、记录数和文件",
  "merge.profile": "所有输出都按共享方案“{profile}”生成。",
  "merge.profileShared":
    "所有输出都按共享方案“{profile}”生成：其中的值只按该方案允许的方式显示；这份 merged.json 不能再参与合并（如需继续合并，请保留一份不带共享方案的结果）。",
  "merge.withheldHint":
    "有 {withheldCells} 个单元格无法识别，已暂缓录入（所在行已保留）；详见 report.html 和 issues.json，原文保存在各记录的 meta.withheld 中。",
  "merge.estimate.most-pairs-match":
    "查重参数估计未被采用（它认为 {share} 的比较对是重复记录）；已改用先验参数，只有证据充分时才合并。",
  "merge.estimate.no-separation":
    "查重参数估计未被采用（这批数据中重复记录与不同记录无法区分）；已改用先验参数，只有证据充分时才合并。",
  "merge.nearMisses": "有 {n} 对记录差一点被合并：请在 report.html 的“差一点合并的记录”中核对。",
  "merge.exactKeys": "只有关键信息完全一致的行才算重复：{keys}。",
  "err.linkageProfile": "无法使用查重配置“{profile}”：{detail}",
  "err.profiles":
    "--profile 最多给一个共享方案和一个查重配置，例如 --profile partner-ngo --profile 查重配置.json",
  "merge.rejectedHint": "有 {rejected} 行被拒绝；原因见 report.html 和 issues.json。",
};
