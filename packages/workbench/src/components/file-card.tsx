import { entityLabel } from "@linli/adapters";
import { type EntityName, entityNames } from "@linli/core";
import { memo } from "react";
import type { FileEntry } from "../state.js";
import { useTexts } from "../text.js";
import { ProgressLine } from "./progress-line.js";

interface Props {
  readonly entry: FileEntry;
  /** The entity the merge takes; files of another are set aside. */
  readonly mergeEntity?: EntityName | undefined;
  readonly onEntity: (id: string, entity: EntityName) => void;
  readonly onRemove: (id: string) => void;
}

/** What one file holds: entity, format, encoding, header row, and what became of its rows. */
export const FileCard = memo(function FileCard({ entry, mergeEntity, onEntity, onRemove }: Props) {
  const { t, l, lang } = useTexts();
  const r = entry.report;
  const headingId = `${entry.id}-name`;
  return (
    <li className="card file" aria-labelledby={headingId} data-file={entry.file.name}>
      <div className="card-head">
        <h3 id={headingId}>{entry.file.name}</h3>
        <button type="button" className="quiet" onClick={() => onRemove(entry.id)}>
          {t("file.remove", { file: entry.file.name })}
        </button>
      </div>
      {entry.status === "reading" && (
        <ProgressLine
          progress={entry.progress}
          label={t("file.reading", { file: entry.file.name })}
        />
      )}
      {entry.status === "error" && entry.error && (
        <p className="error" role="alert">
          {t("file.error", { file: entry.file.name, detail: l(entry.error) })}
        </p>
      )}
      {r && (
        <>
          <div className="field-row">
            <label htmlFor={`${entry.id}-entity`}>{t("file.entity")}</label>
            <select
              id={`${entry.id}-entity`}
              value={r.entity}
              disabled={entry.status === "reading"}
              onChange={(e) => onEntity(entry.id, e.currentTarget.value as EntityName)}
            >
              {entityNames.map((e) => (
                <option key={e} value={e}>
                  {entityLabel(e, lang)}
                </option>
              ))}
            </select>
          </div>
          <dl className="facts">
            <div>
              <dt>{t("file.format")}</dt>
              <dd>
                {r.format.toUpperCase()}
                {r.preset ? ` · ${r.preset}` : ""}
              </dd>
            </div>
            {r.encoding && (
              <div>
                <dt>{t("file.encoding")}</dt>
                <dd>{r.encoding}</dd>
              </div>
            )}
            {r.sheet !== undefined && (
              <div>
                <dt>{t("file.sheet")}</dt>
                <dd>{r.sheet}</dd>
              </div>
            )}
            <div>
              <dt>{t("file.headerRow")}</dt>
              <dd>{r.headerRow ?? r.hashtagRow ?? "—"}</dd>
            </div>
          </dl>
          <dl className="counts">
            <div>
              <dt>{t("file.read")}</dt>
              <dd data-count="read">{r.counts.read}</dd>
            </div>
            <div>
              <dt>{t("file.kept")}</dt>
              <dd data-count="kept">{r.counts.accepted}</dd>
            </div>
            <div>
              <dt>{t("file.withheld")}</dt>
              <dd data-count="withheld">{r.counts.withheldCells}</dd>
            </div>
            <div className={r.counts.rejected > 0 ? "bad" : ""}>
              <dt>{t("file.rejected")}</dt>
              <dd data-count="rejected">{r.counts.rejected}</dd>
            </div>
            <div>
              <dt>{t("file.empty")}</dt>
              <dd data-count="empty">{r.counts.empty}</dd>
            </div>
          </dl>
          {entry.remembered && <p className="note">{t("file.remembered")}</p>}
          {mergeEntity && r.entity !== mergeEntity && (
            <p className="note">
              {t("file.otherEntity", {
                found: entityLabel(r.entity, lang),
                entity: entityLabel(mergeEntity, lang),
              })}
            </p>
          )}
          {r.notes.length > 0 && (
            <ul className="notes">
              {r.notes.map((n) => (
                <li key={n.code + l(n.message)}>{l(n.message)}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </li>
  );
});
