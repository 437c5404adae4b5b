import type { LinliMessageCode } from "./en.js";

/** linli 包的中文提示。 */
export const linliZhCN: Record<LinliMessageCode, string> = {
  "merge.mixedEntities":
    "这些文件的数据类型不同（{files}）；请每次只合并一种，或用 entity 选项指定类型。",
  "merge.hsdsEntity":
    "{files}：Open Referral HSDS 数据包中是机构（带其服务和电话）和地点，不能按 {entity} 合并。请按 organization 或 location 合并，并与其他类型的文件分开。",
  "merge.hsdsPhones":
    "{name}：{count} 个电话不属于数据包中任何机构、服务或地点（{ids}）；它们不在合并后的名册中，每个都在问题列表中列出，并写明找不到的引用",
  "merge.hsdsTable": "{file} 是以前的合并结果，不是 HSDS 数据包中的表；请单独给出。",
  "merge.sourceName":
    "每个数据来源都需要一个名称（来自哪个社区或组织）；第 {index} 个来源没有名称。",
  "merge.pathInBrowser":
    "“{path}”看起来是文件路径；在浏览器中请直接传入文件（File），在 Node 中请从“linli/node”导入 merge。",
  "merge.unknownData":
    "来源“{name}”的数据既不是文件、字节，也不是记录或表格行的列表，也不是之前的合并结果。",
  "merge.mergedCut":
    "{file} 提前结束（第 {line} 行之后）：文件被截断了（可能是磁盘已满或复制中断），缺少部分记录。请使用完整的副本，或改为合并原始文件。",
  "merge.mergedNoCheck":
    "{file} 末尾没有校验信息：文件被截断、被重新排版，或不是 linli 写出的。请合并原始文件，或使用 linli 原样写出的 merged.json。",
  "merge.mergedCount":
    "{file} 的“{section}”中有 {found} 条，而校验信息记载的是 {expected} 条：文件不完整或被改动过。请使用完整的副本，或改为合并原始文件。",
  "merge.mergedChecksum":
    "{file} 在 linli 写出后被改动过（校验和不符），无法确认它仍是原来的合并结果。请使用未改动的副本，或改为合并原始文件。",
  "merge.mergedDamaged":
    "{file} 第 {line} 行已损坏（{detail}）。请使用完整的副本，或改为合并原始文件。",
  "merge.mergedAfterEnd":
    "{file} 在结尾之后还有内容（第 {line} 行）：可能是两个文件被拼接，或被改动过。请使用 linli 原样写出的副本。",
  "merge.mergedClusters":
    "{file} 前后不一致：有 {records} 条记录，却有 {clusters} 组来源行，或某组没有来源行、或属于另一条记录（{detail}）。文件被改动或手工拼接过；请改为合并原始文件。",
  "merge.sharedJson":
    "{file} 是按共享方案“{profile}”生成的共享视图，不是完整的合并结果，不能再参与合并。请合并原始文件，或使用不带共享方案（或使用“internal”）生成的 merged.json。",
  "output.notFolder": "“{dir}”已存在，但不是文件夹；请为结果选择一个文件夹。",
  "output.unwritable":
    "无法写入“{dir}”（{detail}），其中的文件均未改动。请选择一个有写入权限的文件夹。",
  "output.diskFull":
    "磁盘空间不足，无法把“{file}”写入“{dir}”，其中的文件均未改动。请腾出空间或选择其他文件夹。",
  "output.locked":
    "另一个 linli 进程（{host} 上的进程 {pid}，自 {since} 起）正在写入“{dir}”。请等它结束；如果没有 linli 在运行，请删除 {lock}。",
  "output.symlink":
    "“{dir}”中的“{file}”是符号链接；linli 不会通过链接写入。请删除它或选择其他文件夹。",
  "output.isFolder": "“{path}”是一个文件夹；请给出输出文件的名称。",
  "output.isInput": "“{path}”也是本次运行的输入；linli 从不覆盖输入文件。请选择其他输出。",
  "output.notOnly":
    "“{dir}”中有本次导出不会写入的文件（{files}）。按共享方案导出的结果要放在单独的文件夹里，这样导出日志才能说明其中的每个文件：请选择一个空文件夹。",
  "output.interrupted": "已中断（{signal}）；“{dir}”中的文件均未改动。",
  "output.closed": "输出已经提交或放弃；“{path}”没有写入。",
  "output.undeclared": "“{path}”不在 openOutputs 打开的输出之中。",
  "report.title": "合并报告",
  "report.subtitle": "{sources} 个来源的{entity}数据 · {date}",
  "report.summary": "概况",
  "report.sentence":
    "共从 {sources} 个来源读取 {rowsRead} 行：完整接受 {full} 行，接受但暂缓 {withheldCells} 个无法识别的单元格的 {withheldRows} 行（这些单元格未写入记录，另行保存），拒绝 {rejected} 行，跳过空行 {empty} 行。接受的行合并为 {records} 条{entity}记录，其中 {duplicateRows} 行与其他行重复，已合并进 {duplicateClusters} 条记录。",
  "report.figure.sources": "来源",
  "report.figure.rowsRead": "读取行数",
  "report.figure.accepted": "接受",
  "report.figure.acceptedInFull": "完整接受",
  "report.figure.withheldRows": "接受但有暂缓单元格",
  "report.figure.withheldCells": "暂缓录入的单元格",
  "report.figure.rejected": "拒绝",
  "report.figure.emptySkipped": "跳过的空行",
  "report.figure.records": "合并后记录",
  "report.figure.duplicateClusters": "由多行合并的记录",
  "report.figure.duplicateRows": "合并掉的重复行",
  "report.figure.conflicts": "有冲突的字段",
  "report.figure.warnings": "警告",
  "report.sources": "各来源情况",
  "report.legend.unique": "唯一",
  "report.legend.duplicatesWithin": "本来源内重复",
  "report.legend.duplicatesAcross": "其他来源也有",
  "report.legend.rejected": "拒绝",
  "report.legend.emptySkipped": "空行",
  "report.source.files": "文件：{files}",
  "report.source.carried": "数字来自之前的合并（本次未重新读取）。",
  "report.source.repeated": "{n} 行之前已合并过，本次没有新增内容。",
  "report.rejected": "被拒绝的行",
  "report.rejected.none": "没有被拒绝的行。",
  "report.warnings": "已接受行的警告",
  "report.withheldCells": "暂缓录入的单元格",
  "report.withheldCells.intro":
    "这些行已被接受，但其中有单元格无法识别：该单元格未写入记录，原文连同列名保存在记录的 meta.withheld 中，便于核对更正。",
  "report.withheldCells.none": "已接受行的所有单元格均已识别。",
  "report.row": "{file} 第 {row} 行",
  "report.column": "“{column}”列",
  "report.more": "显示 {total} 条中的 {shown} 条；完整列表见 {file}。",
  "report.conflicts": "冲突",
  "report.conflicts.none": "合并的各行在所有字段上一致。",
  "report.conflicts.intro":
    "同一人的各行取值不一致的字段。标出的是采用的值，其他取值及其来源行也一并列出。",
  "report.chosen": "采用",
  "report.rule.most-frequent": "出现最多",
  "report.rule.most-recent": "最近更新",
  "report.rule.most-complete": "最完整",
  "report.rule.source-priority": "来源优先",
  "report.rule.union": "全部保留",
  "report.rule.fallback": "改用其中一行的值（见警告）",
  "report.clusters": "合并的重复记录",
  "report.clusters.none": "没有发现重复的行。",
  "report.clusters.intro": "下面每组行被判定为同一{entity}，并列出判断依据。",
  "report.rows": "{n} 行",
  "report.evidence": "依据",
  "report.identical": "所有比较的字段完全相同",
  "report.mustLink": "经人工确认",
  "report.possible":
    "可能是同一人：只有姓名、出生日期或性别一致（身份证号、电话、地址都没有对上），请核实后再处理。",
  "report.possibleLink": "可能",
  "report.aliases": "之前合并时的编号：{ids}",
  "report.near": "差一点合并的记录",
  "report.near.none": "没有接近合并阈值而未合并的记录对。",
  "report.near.intro":
    "以下每对记录得分接近合并阈值但未合并，按得分从高到低列出并附理由，请核对它们是否为同一对象。",
  "report.near.more":
    "仅列出得分最高的 {shown} 对（共 {total} 对）；merge() 的结果（result.nearMisses）包含全部。",
  "report.near.cannot-link": "得分超过阈值但未合并：两行带有两个不同的有效证件号或代码。",
  "report.near.decision": "得分超过阈值但未合并：核查人员已决定这两行不是同一人（核查决定文件）。",
  "report.near.chain": "得分超过阈值但未合并：已与其中一行合并的记录与另一行明显不符。",
  "report.near.conflict":
    "得分超过阈值但未合并：两行在同一条记录不可能不同的地方不同（两种性别、相差数年的出生日期、不同类别或相隔数天的需求）。",
  "report.estimate.most-pairs-match":
    "查重参数估计未被采用：它认为 {share} 的比较对是重复记录，这与此类数据的一般情况不符。已改用先验参数，只有证据充分时才会合并。",
  "report.estimate.no-separation":
    "查重参数估计未被采用：这批数据中重复记录与不同记录无法区分。已改用先验参数，只有证据充分时才会合并。",
  "report.exactKeys": "只有关键信息完全一致的行才算重复：{keys}。",
  "report.mapping": "列对应",
  "report.mapping.unmapped": "保留为其他列",
  "report.mapping.emptyColumns": "另有 {count} 个既无表头也无内容的空列，已忽略",
  "report.mapping.preset": "问卷导出：{preset}",
  "report.mapping.repeat":
    "{file} · {sheet} → {field}：{rows} 行中 {joined} 行已归入所属提交{orphans, plural, =0 {} other {，{orphans} 行找不到所属提交}}{left, plural, =0 {} other {，{left} 行未导入}}",
  "report.footer":
    "由 linli 于 {date} 生成。本文件不从网络加载任何内容。其中含有个人信息，请只分享给需要的人。",
  "report.masked": "身份证号和电话号码已部分隐藏。",
  "report.profile": "按共享方案“{profile}”生成：{description}",
  "report.countsOnly": "该共享方案不含记录编号，这里不列出具体的行和记录，只显示数量。",
  "report.reasons": "被拒绝的行（按字段和原因）",
  "report.reasons.withheld": "暂缓录入的单元格（按字段和原因）",
  "report.withheld": "不显示",
  "report.footer.shared":
    "由 linli 于 {date} 生成。本文件不从网络加载任何内容。其中的值按共享方案“{profile}”处理后显示；同一文件夹中的 export-log.json 列出了该方案的规则。",
  "issue.withheld.error":
    "{where}：未通过检查（{code}），已拒绝；原值和详情按共享方案“{profile}”不予显示。",
  "issue.withheld.cell":
    "{where}：有单元格无法识别（{code}），未写入记录；其原文按共享方案“{profile}”不予显示。",
  "issue.withheld.warning": "{where}：有警告（{code}）；原值和详情按共享方案“{profile}”不予显示。",
  "input.notFound": "找不到文件“{path}”。请检查文件名和所在的文件夹。",
  "input.isFolder": "“{path}”是一个文件夹；请给出其中的文件。",
  "input.unreadable": "无法打开“{path}”（{detail}）；请确认有读取权限，且文件没有被其他程序占用。",
};
