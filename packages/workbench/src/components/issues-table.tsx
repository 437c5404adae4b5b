import type { RowIssue } from "@linli/adapters";
import { type FormEvent, memo, useMemo, useRef, useState } from "react";
import { type FileFix, fixListCsv, withFix } from "../logic/fixes.js";
import { localDate } from "../logic/names.js";
import { saveFile } from "../logic/save.js";
import { useStable } from "../logic/stable.js";
import type { FileEntry } from "../state.js";
import { useTexts } from "../text.js";

interface Props {
  readonly files: readonly FileEntry[];
  readonly onFix: (id: string, fixes: FileEntry["fixes"]) => void;
}

/**
 * Rows drawn at first, and added by "show more": the table appears when the first file is read,
 * and every row drawn then is laid out in the same frame (200 rows held the page up to a second
 * on a busy laptop).
 */
export const PAGE = 50;
const ALL = "";

interface Row {
  readonly entry: FileEntry;
  readonly issue: RowIssue;
  readonly key: string;
}

/** Issues of every file, filtered by file, code and severity; a cell can be fixed in place. */
export const IssuesTable = memo(function IssuesTable({ files, onFix }: Props) {
  const { t, lang } = useTexts();
  const [file, setFile] = useState(ALL);
  const [code, setCode] = useState(ALL);
  const [severity, setSeverity] = useState(ALL);
  const [limit, setLimit] = useState(PAGE);
  const [editing, setEditing] = useState<string>();
  const [status, setStatus] = useState("");
  // The list is made again only when a file's report changes, not at every progress tick of
  // a file being read (tens of thousands of issues would block the page each time).
  const reports = useSame(files.map((f) => f.report));
  const made = useRef(new WeakMap<RowIssue, Row>());
  // biome-ignore lint/correctness/useExhaustiveDependencies: `reports` stands for the files' issues
  const all = useMemo(() => {
    const out: Row[] = [];
    for (const entry of files) {
      entry.report?.issues.forEach((issue, i) => {
        const key = `${entry.id}:${i}:${issue.row}:${issue.column ?? ""}`;
        // The same row object for the same issue, so that its memoised row is not drawn again.
        const kept = made.current.get(issue);
        if (kept && kept.entry === entry && kept.key === key) out.push(kept);
        else {
          const row = { entry, issue, key };
          made.current.set(issue, row);
          out.push(row);
        }
      });
    }
    return out;
  }, [reports]);
  const codes = useMemo(() => [...new Set(all.map((r) => r.issue.code))].sort(), [all]);
  const severities = useMemo(() => [...new Set(all.map((r) => r.issue.severity))].sort(), [all]);
  const shown = all.filter(
    (r) =>
      (file === ALL || r.entry.id === file) &&
      (code === ALL || r.issue.code === code) &&
      (severity === ALL || r.issue.severity === severity),
  );
  const fixes: FileFix[] = files.flatMap((f) => f.fixes.map((x) => ({ ...x, file: f.file.name })));

  const submit = (e: FormEvent<HTMLFormElement>, r: Row) => {
    e.preventDefault();
    const value = String(new FormData(e.currentTarget).get("value") ?? "");
    const { issue } = r;
    const fix = {
      row: issue.row,
      column: issue.column!,
      value,
      ...(issue.sheet !== undefined ? { sheet: issue.sheet } : {}),
      ...(issue.value !== undefined ? { was: issue.value } : {}),
    };
    // The file as it is now: its fixes may have changed since the list was made.
    const entry = files.find((f) => f.id === r.entry.id) ?? r.entry;
    onFix(entry.id, withFix(entry.fixes, fix));
    setEditing(undefined);
    setStatus(t("issues.fixed", { row: issue.row, column: issue.column!, value }));
  };

  const onSubmit = useStable(submit);
  // Another filter shows its first page.
  const filter = (set: (v: string) => void, value: string) => {
    set(value);
    setLimit(PAGE);
  };

  if (all.length === 0 && fixes.length === 0) return <p>{t("issues.none")}</p>;
  return (
    <div className="issues">
      <div className="filters">
        <div className="field-row">
          <label htmlFor="filter-file">{t("issues.filterFile")}</label>
          <select
            id="filter-file"
            value={file}
            onChange={(e) => filter(setFile, e.currentTarget.value)}
          >
            <option value={ALL}>{t("issues.all")}</option>
            {files
              .filter((f) => f.report)
              .map((f) => (
                <option key={f.id} value={f.id}>
                  {f.file.name}
                </option>
              ))}
          </select>
        </div>
        <div className="field-row">
          <label htmlFor="filter-code">{t("issues.filterCode")}</label>
          <select
            id="filter-code"
            value={code}
            onChange={(e) => filter(setCode, e.currentTarget.value)}
          >
            <option value={ALL}>{t("issues.all")}</option>
            {codes.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
        <div className="field-row">
          <label htmlFor="filter-severity">{t("issues.filterSeverity")}</label>
          <select
            id="filter-severity"
            value={severity}
            onChange={(e) => filter(setSeverity, e.currentTarget.value)}
          >
            <option value={ALL}>{t("issues.all")}</option>
            {severities.map((s) => (
              <option key={s} value={s}>
                {t(`severity.${s}` as "severity.error")}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p>{t("issues.count", { shown: Math.min(shown.length, limit), total: all.length })}</p>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{t("step.issues")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("issues.filterFile")}</th>
              <th scope="col">{t("issues.row")}</th>
              <th scope="col">{t("issues.column")}</th>
              <th scope="col">{t("issues.value")}</th>
              <th scope="col">{t("issues.message")}</th>
              <th scope="col">{t("issues.fix")}</th>
            </tr>
          </thead>
          <tbody>
            {shown.slice(0, limit).map((r) => (
              <IssueRow
                key={r.key}
                row={r}
                editing={editing === r.key}
                onEdit={setEditing}
                onSubmit={onSubmit}
              />
            ))}
          </tbody>
        </table>
      </div>
      {shown.length > limit && (
        <button type="button" onClick={() => setLimit((n) => n + PAGE)}>
          {t("issues.more", { n: shown.length - limit })}
        </button>
      )}
      <p role="status" className="status">
        {status}
      </p>
      {fixes.length > 0 && (
        <div className="actions">
          <span>{t("issues.fixList", { n: fixes.length })}</span>
          <button
            type="button"
            onClick={() =>
              saveFile(
                `${localDate()}_fixes.csv`,
                fixListCsv(fixes, lang),
                "text/csv;charset=utf-8",
              )
            }
          >
            {t("issues.exportFixes")}
          </button>
        </div>
      )}
    </div>
  );
});

/** The previous array while its items are the same objects, so that memos keyed on it hold. */
function useSame<T>(list: readonly T[]): readonly T[] {
  const last = useRef(list);
  const prev = last.current;
  if (prev.length !== list.length || prev.some((x, i) => x !== list[i])) last.current = list;
  return last.current;
}

/** One issue; memoised, so that a new file's report does not draw the rows shown again. */
const IssueRow = memo(function IssueRow({
  row: r,
  editing,
  onEdit,
  onSubmit,
}: {
  row: Row;
  editing: boolean;
  onEdit: (key: string | undefined) => void;
  onSubmit: (e: FormEvent<HTMLFormElement>, r: Row) => void;
}) {
  const { t, l } = useTexts();
  return (
    <tr className={`sev-${r.issue.severity}`} data-code={r.issue.code}>
      <td>
        {r.entry.file.name}
        {r.issue.sheet ? ` · ${r.issue.sheet}` : ""}
      </td>
      <td>{r.issue.row}</td>
      <td>{r.issue.column ?? ""}</td>
      <td className="value">{r.issue.value ?? ""}</td>
      <td>
        <span className="sev">{t(`severity.${r.issue.severity}` as "severity.error")}</span>{" "}
        {l(r.issue.message)}
      </td>
      <td>
        {r.issue.column !== undefined &&
          (editing ? (
            <form className="fix" onSubmit={(e) => onSubmit(e, r)}>
              <input
                name="value"
                aria-label={t("issues.fixLabel", {
                  row: r.issue.row,
                  column: r.issue.column,
                })}
                defaultValue={r.issue.value ?? ""}
                // biome-ignore lint/a11y/noAutofocus: the field the user just asked to edit
                autoFocus
                onKeyDown={(e) => {
                  if (e.key === "Escape") onEdit(undefined);
                }}
              />
              <button type="submit">{t("issues.apply")}</button>
            </form>
          ) : (
            <button
              type="button"
              aria-label={`${t("issues.fix")}: ${t("issues.fixLabel", { row: r.issue.row, column: r.issue.column })}`}
              onClick={() => onEdit(r.key)}
            >
              {t("issues.fix")}
            </button>
          ))}
      </td>
    </tr>
  );
});
