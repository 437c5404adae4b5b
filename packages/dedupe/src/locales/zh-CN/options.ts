import type { DedupeOptionCode } from "../en/options.js";

/** 查重选项错误的中文说明。 */
export const optionsZhCN: Record<DedupeOptionCode, string> = {
  "options.profile": "没有名为“{profile}”的查重方案；可用 {profiles}，或传入方案对象",
  "options.column": "这类记录没有“{key}”这一列",
  "options.comparator":
    "没有名为“{comparator}”的比较器；请使用内置比较器，或在 options.comparators 中传入",
  "options.blockingField": "分块规则“{rule}”用到的“{field}”不是方案中的字段",
  "options.conflict": "冲突规则用到的“{field}”不是方案中的字段",
  "options.trainingRule": "训练设置用到的分块规则“{rule}”在方案中不存在",
  "options.params": "给定的参数中没有与字段“{field}”的比较级别相符的 m 和 u",
  "options.sources": "options.sources 的条数应与记录条数（{records}）相同，现在是 {sources}",
  "options.mustLink": "mustLink 中的 {index} 不是任何记录的序号",
  "options.cannotLink": "cannotLink 中的 {index} 不是任何记录的序号",
  "options.diceThresholds": "diceComparator 的阈值应从大到小排列，且在 0 和 1 之间",
  "options.diceLengths": "{a} 位与 {b} 位的布隆过滤器无法比较（是否用了不同的编码方案？）",
  "options.minhash": "minhashBlocking 的参数应为整数：bands 不小于 1，rows 在 1 到 8 之间",
  "options.minhashBits": "minhashBlocking 只接受不超过 65,536 位的布隆过滤器",
  "options.pprlNames": "pprlProfile 至少需要一个过滤器，且每个过滤器和键只能命名一次",
  "options.pprlHousehold": "pprlProfile：household 中的“{name}”不是过滤器或键",
  "options.engine": "没有名为“{engine}”的查重引擎；可用“memory”（内存）或“duckdb”",
  "options.clusters":
    "没有名为“{value}”的聚类形式；可用“lists”（序号列表）或“ids”（每条记录的聚类编号）",
  "options.duckdbMissing":
    "DuckDB 引擎需要 @duckdb/node-api 软件包，但它没有安装：请在安装 linli 的位置运行“npm install @duckdb/node-api@1.5.6-r.1”（或 pnpm add）",
  "options.noSql":
    "Spark 无法处理字段“{field}”：它的比较器“{comparator}”没有 SQL 写法（请改用 DuckDB 或内存引擎，或换用有 SQL 写法的比较器）",
  "options.sparkTokens":
    "Spark 无法处理字段“{field}”：它的词频按共有词语计算，Spark 计划不计算这一项（请改用 DuckDB 或内存引擎）",
  "options.sparkPairsAll":
    "Spark 算出的记录对只含匹配的记录对；需要全部记录对（pairs: “all”）时请用 DuckDB 或内存引擎",
  "options.pairsMissing":
    "无法读取“{path}”：{detail}。请给出“linli link --emit spark”写出的文件夹，并先让 Spark 运行脚本在其中写出 output 文件夹",
  "options.pairsMismatch":
    "“{dir}”中的记录对是用别的记录或设置算出的（{what}不同）：请用这些文件和这些设置重新导出计划，再在 Spark 上运行一次",
  "options.memoryLimit": "memoryLimit“{value}”不是内存大小；请写成“4GB”或“800MB”这样",
};
