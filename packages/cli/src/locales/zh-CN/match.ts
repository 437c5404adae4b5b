import type { MatchCliCode } from "../en/match.js";

/** `linli match` 的中文。 */
export const matchCliZhCN: Record<MatchCliCode, string> = {
  "match.summary": "资源对接：把需求与库存、认捐和志愿者匹配，生成分配表、配送单和汇总",
  "match.help":
    '输入可以是 linli 能导入的任何文件（CSV/TSV、XLSX、JSON、NDJSON、问卷导出），或 linli 记录的 JSON/NDJSON 文件；每个选项都可以给多次。\n--needs         需求（必填）\n--stock         物资出入库记录：按物资、仓库和批次计算库存\n--commitments   认捐，含可提供时间\n--items         物资目录：类别和规格（如每盒 50 只）\n--locations     仓库、物资点和小区，含坐标（用于计算距离）\n--volunteers    志愿者，含技能、每班可送户数、可进入区域\n--shifts        班次；物资配送班次会排配送任务\n--allocations   之前的分配记录及其当前状态\n--tasks         之前的配送任务，已填写结果：已送达、未送达…\n--previous      之前的计划文件夹：读取其中的需求、库存、分配和任务（上面单独给出的文件优先）\n-o, --out       计划文件夹\n--fair          公平模式：先保障每个社区紧急需求的满足比例（需要安装 highs）\n--as-of         计算时点（默认现在），如 2022-01-05T08:00+08:00\n--max-km        多远以内的物资点可以供应一个小区（默认 3 公里）\n--weights       优先分权重的 JSON 文件，如 {"urgency":{"urgent":30}}\n--profile       配送单上收件人联系方式的显示方式：partner-ngo（默认，打码）、internal 或 JSON 文件\n--lang          计划文件的语言\n写出：分配表（CSV、XLSX、JSON）、配送任务（XLSX、JSON）、sheets/（每位志愿者每个班次一份配送单，XLSX 和 HTML）、未满足需求（CSV、XLSX）、汇总（XLSX、HTML）、needs.json、stock.json、run.json、issues.json。有输入行被拒收时退出码为 1。',
  "label.match": "正在对接",
  "label.write": "正在写入 {file}",
  "err.noNeeds":
    "请用 --needs 给出需求，如 linli match --needs 需求.xlsx --stock 库存.csv -o 配送计划",
  "err.out": "请用 -o 指定计划写到哪里，如 linli match … -o 配送计划",
  "err.asOf": "--as-of“{value}”不是时间；请写成如 2022-01-05T08:00+08:00",
  "err.maxKm": "--max-km“{value}”不是以公里计的距离",
  "err.weights": "无法使用“{file}”中的权重：{detail}",
  "err.previous": "“{dir}”不是计划文件夹：缺少 {file}",
  "err.fair": "公平模式无法运行：{detail}",
  "match.read":
    "读取需求 {needs} 条（{lines} 项物资）、库存批次和认捐 {lots} 项、志愿者 {volunteers} 人、班次 {shifts} 个。",
  "match.done":
    "{mode}：待分配的 {open} 项物资中已分配 {allocated} 项（紧急 {urgentOpen} 项中 {urgent} 项），{unmet} 项仍有缺口；配送任务 {tasks} 个，{assigned} 个分给了 {rounds} 个志愿者班次。",
  "match.mode.priority": "优先级分配",
  "match.mode.fair": "公平模式（最差社区紧急需求满足比例 {worst}，最优可达 {best}）",
  "match.movements": "为回填的配送写入出库记录 {count} 条。",
  "match.issues": "输入中有 {count} 处问题已绕过处理，详见 issues.json。",
  "match.written": "计划已写入 {dir}：",
  "match.file.allocations": "分配表，含分配理由",
  "match.file.tasks": "配送任务，填写结果后用 --tasks 回填",
  "match.file.sheet": "{count} 份配送单，每位志愿者每个班次一份（XLSX 和 HTML）",
  "match.file.unmet": "未满足的需求及原因",
  "match.file.rollup": "按社区和物资类别的汇总",
  "match.file.needs": "需求，含已分配和已送达数量",
  "match.file.stock": "库存，含配送写入的出库记录",
  "match.file.run": "对接批次：输入摘要、算法版本、参数、结果数字",
  "match.file.issues": "问题和未能分派的任务",
  "match.next":
    "下一轮：linli match --previous {dir} --tasks {dir}/tasks.xlsx（填好结果）-o <新文件夹>",
};
