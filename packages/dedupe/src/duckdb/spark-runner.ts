// The PySpark runner, kept as text so that emitting needs no file of the
// package at run time. Checked with `python3 -m py_compile` in spark.test.ts.

/** The PySpark runner `emitSpark` writes as `run_linkage.py`. */
export const SPARK_RUNNER = `"""Run a linli linkage plan on Spark.

Written by "linli link --emit spark DIR". Reads the Parquet tables linli wrote in DIR/input
(records normalised by linli, block keys, key columns, weights), runs the Spark SQL of
DIR/linkage.sql stage by stage, and writes Parquet to DIR/output (or the folder given):

  edges/     match edges: a, b, e (e numbers them strongest first)
  apart/     strong non-matches among the records of some edge: a, b, logit
  pairs/     scored pairs at or above the threshold: a, b, l0..lN (levels), logit
  clusters/  connected components of the match edges: rid, cluster (its smallest rid)

"linli merge --pairs DIR" then finishes the merge from edges/, apart/ and pairs/ with linli's
own clustering rules (which the connected components here do not apply).

Usage: spark-submit run_linkage.py [DIR] [OUT]
"""

import json
import os
import sys

# Statements whose result is read more than once: kept instead of recomputed.
PERSIST = {"pairs", "side", "cmp", "scores", "edges"}
OUTPUTS = {"edges": "edges", "apart": "apart", "output": "pairs"}


def units(s):
    """UTF-16 code units of a string, as linli (JavaScript) counts characters."""
    b = s.encode("utf-16-le", "surrogatepass")
    return [b[i] | (b[i + 1] << 8) for i in range(0, len(b), 2)]


def linli_dl(a, b, limit):
    """Optimal-string-alignment distance over UTF-16 code units, or limit + 1 when farther."""
    if a is None or b is None or limit is None:
        return None
    if a == b:
        return 0
    x = units(a)
    y = units(b)
    la = len(x)
    lb = len(y)
    if abs(la - lb) > limit:
        return limit + 1
    if la == 0:
        return lb
    if lb == 0:
        return la
    prev2 = [0] * (lb + 1)
    prev = list(range(lb + 1))
    for i in range(1, la + 1):
        cur = [i] + [0] * lb
        ca = x[i - 1]
        row_min = i
        for j in range(1, lb + 1):
            cb = y[j - 1]
            cost = 0 if ca == cb else 1
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == y[j - 2] and x[i - 2] == cb:
                v = min(v, prev2[j - 2] + 1)
            cur[j] = v
            if v < row_min:
                row_min = v
        if row_min > limit:
            return limit + 1
        prev2 = prev
        prev = cur
    d = prev[lb]
    return limit + 1 if d > limit else d


def linli_jw(a, b):
    """Jaro-Winkler similarity over UTF-16 code units (prefix scale 0.1, up to 4)."""
    if a is None or b is None:
        return None
    if a == b:
        return 1.0
    x = units(a)
    y = units(b)
    la = len(x)
    lb = len(y)
    if la == 0 or lb == 0:
        return 0.0
    window = max(0, max(la, lb) // 2 - 1)
    matched_a = [False] * la
    matched_b = [False] * lb
    matches = 0
    for i in range(la):
        c = x[i]
        for j in range(max(0, i - window), min(lb - 1, i + window) + 1):
            if not matched_b[j] and y[j] == c:
                matched_a[i] = True
                matched_b[j] = True
                matches += 1
                break
    if matches == 0:
        return 0.0
    transpositions = 0
    k = 0
    for i in range(la):
        if not matched_a[i]:
            continue
        while not matched_b[k]:
            k += 1
        if x[i] != y[k]:
            transpositions += 1
        k += 1
    m = float(matches)
    jaro = (m / la + m / lb + (m - transpositions / 2) / m) / 3
    prefix = 0
    while prefix < min(4, la, lb) and x[prefix] == y[prefix]:
        prefix += 1
    return jaro + prefix * 0.1 * (1 - jaro)


def statements(path):
    """The named statements of linkage.sql, in order: [(name, sql)]."""
    out = []
    name = None
    lines = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("-- statement: "):
                if name is not None:
                    out.append((name, "".join(lines).strip().rstrip(";")))
                name = line[len("-- statement: "):].strip()
                lines = []
            elif name is not None:
                lines.append(line)
    if name is not None:
        out.append((name, "".join(lines).strip().rstrip(";")))
    return out


def components(spark, edges):
    """Connected components of the match edges: each record's smallest neighbour, iterated."""
    from pyspark.sql import functions as F

    both = edges.select(F.col("a").alias("x"), F.col("b").alias("y")).union(
        edges.select(F.col("b").alias("x"), F.col("a").alias("y"))
    )
    labels = both.groupBy("x").agg(F.min("y").alias("c")).select(
        F.col("x").alias("rid"), F.least(F.col("x"), F.col("c")).alias("cluster")
    )
    while True:
        spread = (
            both.join(labels, both.y == labels.rid)
            .groupBy("x")
            .agg(F.min("cluster").alias("c"))
        )
        nxt = (
            labels.join(spread, labels.rid == spread.x, "left")
            .select(
                "rid",
                F.least(F.col("cluster"), F.coalesce(F.col("c"), F.col("cluster"))).alias("cluster"),
            )
            .localCheckpoint()
        )
        changed = (
            nxt.alias("n")
            .join(labels.alias("o"), "rid")
            .where(F.col("n.cluster") != F.col("o.cluster"))
            .count()
        )
        labels = nxt
        if changed == 0:
            return labels


def main(argv):
    from pyspark.sql import SparkSession
    from pyspark.sql.types import DoubleType, IntegerType

    folder = argv[1] if len(argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    out = argv[2] if len(argv) > 2 else os.path.join(folder, "output")
    with open(os.path.join(folder, "plan.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    spark = SparkSession.builder.appName("linli linkage " + manifest["plan"]["profile"]).getOrCreate()
    spark.udf.register("linli_dl", linli_dl, IntegerType())
    spark.udf.register("linli_jw", linli_jw, DoubleType())
    for table in manifest["inputs"]:
        spark.read.parquet(os.path.join(folder, "input", table + ".parquet")).createOrReplaceTempView(table)
    for name, sql in statements(os.path.join(folder, "linkage.sql")):
        df = spark.sql(sql)
        if name in PERSIST:
            df = df.persist()
        df.createOrReplaceTempView(name)
        if name in OUTPUTS:
            df.write.mode("overwrite").parquet(os.path.join(out, OUTPUTS[name]))
    clusters = components(spark, spark.table("edges"))
    clusters.write.mode("overwrite").parquet(os.path.join(out, "clusters"))
    spark.stop()


if __name__ == "__main__":
    main(sys.argv)
`;
