import { type SavedMapping, saveMapping } from "@linli/adapters";
import { columns, entities } from "@linli/core";
import { memo, useMemo, useState } from "react";
import { saveFile } from "../logic/save.js";
import type { FileEntry } from "../state.js";
import { useTexts } from "../text.js";

interface Props {
  readonly files: readonly FileEntry[];
  readonly onField: (id: string, header: string, field: string | null) => void;
  readonly onMapping: (id: string, mapping: SavedMapping) => void;
}

const NONE = "";

/** Each column's field, confidence and why, changed with a dropdown; saved as the CLI's JSON. */
export const MappingEditor = memo(function MappingEditor({ files, onField, onMapping }: Props) {
  const { t, l } = useTexts();
  const ready = files.filter((f) => f.report);
  const [chosen, setChosen] = useState<string>();
  const [status, setStatus] = useState("");
  const entry = ready.find((f) => f.id === chosen) ?? ready[0];
  const report = entry?.report;
  const fields = useMemo(
    () =>
      report
        ? columns(entities[report.entity]).filter(
            (c) => !c.key.startsWith("meta.") && c.node.kind !== "object",
          )
        : [],
    [report],
  );
  if (!entry || !report) return null;
  const busy = entry.status === "reading";
  const load = async (file: File) => {
    try {
      const m = JSON.parse(await file.text()) as Partial<SavedMapping>;
      if (typeof m?.columns !== "object" || m.columns === null) throw new Error("columns");
      onMapping(entry.id, { entity: m.entity ?? report.entity, columns: m.columns });
      setStatus(t("mapping.loaded", { file: entry.file.name }));
    } catch {
      setStatus(t("mapping.badFile", { file: file.name }));
    }
  };
  return (
    <div className="mapping">
      <div className="field-row">
        <label htmlFor="mapping-file">{t("mapping.file")}</label>
        <select
          id="mapping-file"
          value={entry.id}
          onChange={(e) => setChosen(e.currentTarget.value)}
        >
          {ready.map((f) => (
            <option key={f.id} value={f.id}>
              {f.file.name}
            </option>
          ))}
        </select>
      </div>
      <div className="table-wrap">
        <table aria-busy={busy}>
          <caption className="visually-hidden">
            {t("mapping.file")} {entry.file.name}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("mapping.column")}</th>
              <th scope="col">{t("mapping.field")}</th>
              <th scope="col">{t("mapping.confidence")}</th>
              <th scope="col">{t("mapping.why")}</th>
            </tr>
          </thead>
          <tbody>
            {report.columns.map((c) => (
              <tr key={c.index} data-column={c.header}>
                <th scope="row">{c.header}</th>
                <td>
                  <select
                    aria-label={t("mapping.fieldOf", { column: c.header })}
                    value={c.field ?? NONE}
                    disabled={busy}
                    onChange={(e) => {
                      const v = e.currentTarget.value;
                      onField(entry.id, c.header, v === NONE ? null : v);
                    }}
                  >
                    <option value={NONE}>{t("mapping.none")}</option>
                    {fields.map((f) => (
                      <option key={f.key} value={f.key}>
                        {l(f.label)} · {f.key}
                      </option>
                    ))}
                  </select>
                  {c.split && c.split.length > 0 && (
                    <span className="hint"> → {c.split.join(", ")}</span>
                  )}
                </td>
                <td>{c.field ? `${Math.round(c.confidence * 100)}%` : "—"}</td>
                <td>{t(`reason.${c.reason}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="actions">
        <button
          type="button"
          onClick={() =>
            saveFile(
              `${entry.source}.mapping.json`,
              `${JSON.stringify(saveMapping({ entity: report.entity, columns: report.columns, notes: [] }), null, 2)}\n`,
            )
          }
        >
          {t("mapping.save")}
        </button>
        <label className="button" htmlFor="mapping-load">
          {t("mapping.load")}
        </label>
        <input
          id="mapping-load"
          className="visually-hidden"
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const f = e.currentTarget.files?.[0];
            if (f) void load(f);
            e.currentTarget.value = "";
          }}
        />
      </div>
      <p role="status" className="status">
        {status}
      </p>
    </div>
  );
});
