import { memo } from "react";
import { useTexts } from "../text.js";
import type { ReviewCluster, RowRef } from "../worker/protocol.js";

interface Props {
  readonly cluster: ReviewCluster;
  /** Near misses offer "join"; clusters offer "split off" per row. */
  readonly kind: "cluster" | "near";
  readonly onSplit: (row: RowRef, others: readonly RowRef[]) => void;
  readonly onJoin: (a: RowRef, b: RowRef) => void;
}

/** The rows of one cluster (or near miss) side by side, with why they go together. */
export const ClusterCard = memo(function ClusterCard({ cluster, kind, onSplit, onJoin }: Props) {
  const { t, l } = useTexts();
  const heading = `c-${cluster.id}`;
  const labels = cluster.rows[0]?.values.map((v) => v.label) ?? [];
  return (
    <li className="card cluster" aria-labelledby={heading} data-cluster={cluster.id}>
      <h4 id={heading}>{t("merge.cluster", { id: cluster.id, n: cluster.rows.length })}</h4>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("issues.filterFile")}</th>
              {labels.map((label) => (
                <th scope="col" key={label.en}>
                  {l(label)}
                </th>
              ))}
              {kind === "cluster" && cluster.rows.length > 1 && (
                <th scope="col">{t("decisions.title")}</th>
              )}
            </tr>
          </thead>
          <tbody>
            {cluster.rows.map((r) => (
              <tr key={`${r.source}:${r.sheet ?? ""}:${r.row}`}>
                <th scope="row">{t("merge.row", { source: r.source, row: r.row })}</th>
                {r.values.map((v) => (
                  <td key={v.field}>{l(v.value)}</td>
                ))}
                {kind === "cluster" && cluster.rows.length > 1 && (
                  <td>
                    <button
                      type="button"
                      aria-label={`${t("merge.split")}: ${t("merge.row", { source: r.source, row: r.row })}`}
                      onClick={() => onSplit(r, cluster.rows)}
                    >
                      {t("merge.split")}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h5>{t("merge.why")}</h5>
      <ul className="evidence">
        {cluster.evidence.map((e) => (
          <li key={`${e.a}-${e.b}`}>
            {t("merge.row", { source: cluster.rows[e.a]!.source, row: cluster.rows[e.a]!.row })} ↔{" "}
            {t("merge.row", { source: cluster.rows[e.b]!.source, row: cluster.rows[e.b]!.row })}:{" "}
            {l(e.text)}
          </li>
        ))}
      </ul>
      {kind === "near" && cluster.rows.length === 2 && (
        <button type="button" onClick={() => onJoin(cluster.rows[0]!, cluster.rows[1]!)}>
          {t("merge.join")}
        </button>
      )}
    </li>
  );
});
