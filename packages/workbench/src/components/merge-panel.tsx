import { entityLabel } from "@linli/adapters";
import type { EntityName } from "@linli/core";
import { useState } from "react";
import { decisionsJson, parseDecisionsFile } from "../logic/decisions.js";
import { localDate } from "../logic/names.js";
import { saveFile } from "../logic/save.js";
import { useStable } from "../logic/stable.js";
import type { Workbench } from "../state.js";
import { useTexts } from "../text.js";
import { ClusterCard } from "./cluster-card.js";
import { ProgressLine } from "./progress-line.js";

/** Cards drawn at first, and added by "show more": each is a table, laid out with the result. */
const PAGE = 20;

/** One button merges every file; clusters and near misses come back for review. */
export function MergePanel({
  wb,
  entity,
  onEntity,
}: {
  wb: Workbench;
  entity: EntityName | undefined;
  onEntity: (e: EntityName) => void;
}) {
  const { t, l, lang } = useTexts();
  const [shown, setShown] = useState(PAGE);
  const [nearShown, setNearShown] = useState(PAGE);
  const [status, setStatus] = useState("");
  const { merge, decisions } = wb;
  // Stable, so that the cards (memoised) are not drawn again at every progress tick.
  const onSplit = useStable(wb.splitOff);
  const onJoin = useStable(wb.join);
  const ready = wb.files.filter((f) => f.status === "ready");
  const busy = merge.running || wb.files.some((f) => f.status === "reading");
  const pending =
    merge.view && merge.applied
      ? decisions.mustLink.length +
        decisions.cannotLink.length -
        merge.applied.mustLink.length -
        merge.applied.cannotLink.length
      : 0;
  const changed =
    merge.view && merge.applied && JSON.stringify(merge.applied) !== JSON.stringify(decisions);
  const view = merge.view;
  return (
    <div className="merge">
      {wb.entities.length > 1 && entity && (
        <div className="field-row">
          <label htmlFor="merge-entity">{t("merge.entity")}</label>
          <select
            id="merge-entity"
            value={entity}
            onChange={(e) => onEntity(e.currentTarget.value as EntityName)}
          >
            {wb.entities.map((e) => (
              <option key={e} value={e}>
                {entityLabel(e, lang)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={busy || ready.length === 0 || !entity}
          onClick={() => entity && void wb.runMerge(entity)}
        >
          {view ? t("merge.again") : t("merge.run")}
        </button>
      </div>
      {ready.length === 0 && <p className="hint">{t("merge.nothing")}</p>}
      {merge.running && <ProgressLine progress={merge.progress} label={t("merge.running")} />}
      {merge.error && (
        <p className="error" role="alert">
          {t("error.worker", { detail: l(merge.error) })}
        </p>
      )}
      {changed && (
        <p className="note" role="status">
          {t("merge.pending", { n: Math.max(1, Math.abs(pending)) })}
        </p>
      )}
      {view && (
        <>
          <p className="result" role="status">
            {t("merge.result", {
              records: view.records,
              rows: view.rows,
              clusters: view.duplicateClusters,
              conflicts: view.conflicts,
            })}
          </p>
          <h3>{t("merge.clusters")}</h3>
          {view.clusters.length === 0 ? (
            <p>{t("merge.noClusters")}</p>
          ) : (
            <ul className="clusters">
              {view.clusters.slice(0, shown).map((c) => (
                <ClusterCard
                  key={c.id}
                  cluster={c}
                  kind="cluster"
                  onSplit={onSplit}
                  onJoin={onJoin}
                />
              ))}
            </ul>
          )}
          {view.clusters.length > shown && (
            <button type="button" onClick={() => setShown((n) => n + PAGE)}>
              {t("merge.more", { n: view.clusters.length - shown })}
            </button>
          )}
          <h3>{t("merge.nearMisses")}</h3>
          {view.nearMisses.length === 0 ? (
            <p>{t("merge.noNear")}</p>
          ) : (
            <ul className="clusters">
              {view.nearMisses.slice(0, nearShown).map((c) => (
                <ClusterCard key={c.id} cluster={c} kind="near" onSplit={onSplit} onJoin={onJoin} />
              ))}
            </ul>
          )}
          {view.nearMisses.length > nearShown && (
            <button type="button" onClick={() => setNearShown((n) => n + PAGE)}>
              {t("merge.more", { n: view.nearMisses.length - nearShown })}
            </button>
          )}
        </>
      )}
      <h3>{t("decisions.title")}</h3>
      <p>
        {t("decisions.count", {
          must: decisions.mustLink.length,
          cannot: decisions.cannotLink.length,
        })}
      </p>
      <div className="actions">
        <button
          type="button"
          disabled={!entity}
          onClick={() =>
            entity && saveFile(`${localDate()}_decisions.json`, decisionsJson(entity, decisions))
          }
        >
          {t("decisions.save")}
        </button>
        <label className="button" htmlFor="decisions-load">
          {t("decisions.load")}
        </label>
        <input
          id="decisions-load"
          className="visually-hidden"
          type="file"
          accept=".json,application/json"
          onChange={async (e) => {
            const f = e.currentTarget.files?.[0];
            e.currentTarget.value = "";
            if (!f) return;
            const parsed = parseDecisionsFile(await f.text(), f.name);
            if ("decisions" in parsed) {
              wb.setDecisions(parsed.decisions);
              setStatus(t("decisions.loaded", { file: f.name }));
            } else {
              const localized = (parsed.error as { localized?: { "zh-CN": string; en: string } })
                .localized;
              setStatus(localized ? l(localized) : t("decisions.badFile", { file: f.name }));
            }
          }}
        />
      </div>
      <p role="status" className="status">
        {status}
      </p>
    </div>
  );
}
