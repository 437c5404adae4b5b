import type { LinkCode } from "../en/link.js";

/** `linli link` 与 `linli merge --pairs` 的中文文字。 */
export const linkZhCN: Record<LinkCode, string> = {
  "link.summary": "把合并的查重写成 Spark 计划：SQL、Parquet 和 PySpark 运行脚本",
  "link.help":
    "linli link --emit spark 文件夹 <文件…> 像 linli merge 一样读取文件、规范化记录，在本机用 DuckDB 估计查重参数（需先 npm install @duckdb/node-api），并写入文件夹：input/*.parquet（规范化后的记录、分块键和权重）、linkage.sql（Spark SQL 形式的计划）、run_linkage.py（PySpark 运行脚本）和 plan.json。在集群上运行 spark-submit 文件夹/run_linkage.py 文件夹，记录对和聚类以 Parquet 写入 文件夹/output。然后用 linli merge <同样的文件> -o <结果文件夹> --pairs 文件夹 完成合并。\n--emit      spark（目前只能写 Spark 计划）\n-o, --out   计划文件夹（未写在 --emit spark 之后时）\n--entity、--mapping、--sheet、--decisions、--threshold、--profile（查重配置）：与 linli merge 相同；linli merge --pairs 须给同样的选项\n--memory-limit DuckDB 的内存上限，如 8GB\n--json      以 JSON 输出写了什么",
  "err.emit": "请用 --emit spark 说明要写什么，例如 linli link --emit spark spark-plan 居民.csv",
  "err.emitDir":
    "请在 --emit spark 之后或用 -o 给出计划文件夹，例如 linli link --emit spark spark-plan 居民.csv；“{path}”是一个文件",
  "err.sharing": "linli link 不写可共享的结果：请把共享方案“{profile}”交给 linli merge --pairs",
  "err.pairsEngine":
    "--pairs 从 Spark 写出的记录对（用 DuckDB 读取）完成合并：请去掉 --engine memory",
  "link.done": "已把 {records} 条记录的 Spark 计划写入 {dir}：",
  "link.file.input": "Spark 的输入（Parquet）",
  "link.file.sql": "Spark SQL 形式的查重",
  "link.file.runner": "PySpark 运行脚本",
  "link.file.plan": "计划、参数和核对信息",
  "link.next":
    "下一步：在集群上运行 spark-submit {runner} {dir}\n然后：linli merge <同样的文件> -o <结果文件夹> --pairs {dir}",
};
