import { type EntityName, type Locale, systemLocale } from "@linli/core";
import { useEffect, useMemo, useState } from "react";
import { Downloads } from "./components/downloads.js";
import { DropZone } from "./components/drop-zone.js";
import { FileCard } from "./components/file-card.js";
import { IssuesTable } from "./components/issues-table.js";
import { MappingEditor } from "./components/mapping-editor.js";
import { MergePanel } from "./components/merge-panel.js";
import { useSettled, useStable } from "./logic/stable.js";
import { useWorkbench } from "./state.js";
import { TextContext, texts } from "./text.js";

const LANGS: readonly { lang: Locale; label: string }[] = [
  { lang: "zh-CN", label: "中文" },
  { lang: "en", label: "English" },
];

/** The workbench: files in, columns, issues, merge and review, downloads. */
export function App() {
  const [lang, setLang] = useState<Locale>(() => systemLocale());
  const tx = useMemo(() => texts(lang), [lang]);
  const wb = useWorkbench();
  const [chosen, setChosen] = useState<EntityName>();
  const entity = chosen && wb.entities.includes(chosen) ? chosen : wb.entities[0];
  const { t } = tx;
  // Progress ticks re-render the page: the heavy steps get the same props until files change.
  const settled = useSettled(wb.files);
  const onEntity = useStable(wb.setEntity);
  const onRemove = useStable(wb.removeFile);
  const onField = useStable(wb.setField);
  const onMapping = useStable(wb.setMapping);
  const onFix = useStable(wb.fixCell);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t("title");
  }, [lang, t]);

  const section = (id: string, title: string, body: React.ReactNode) => (
    <section aria-labelledby={id} className="step">
      <h2 id={id}>{title}</h2>
      {body}
    </section>
  );

  return (
    <TextContext.Provider value={tx}>
      <header className="top">
        <div>
          <h1>{t("title")}</h1>
          <p className="tagline">{t("tagline")}</p>
        </div>
        <nav aria-label={t("language")} className="langs">
          {LANGS.map((x) => (
            <button
              key={x.lang}
              type="button"
              lang={x.lang}
              aria-pressed={lang === x.lang}
              onClick={() => setLang(x.lang)}
            >
              {x.label}
            </button>
          ))}
        </nav>
      </header>
      <main>
        {section(
          "step-files",
          t("step.files"),
          <>
            <DropZone onFiles={wb.addFiles} />
            {wb.files.length > 0 && (
              <ul className="files">
                {wb.files.map((f) => (
                  <FileCard
                    key={f.id}
                    entry={f}
                    mergeEntity={entity}
                    onEntity={onEntity}
                    onRemove={onRemove}
                  />
                ))}
              </ul>
            )}
          </>,
        )}
        {wb.files.some((f) => f.report) && (
          <>
            {section(
              "step-mapping",
              t("step.mapping"),
              <MappingEditor files={settled} onField={onField} onMapping={onMapping} />,
            )}
            {section(
              "step-issues",
              t("step.issues"),
              <IssuesTable files={settled} onFix={onFix} />,
            )}
            {section(
              "step-merge",
              t("step.merge"),
              <MergePanel wb={wb} entity={entity} onEntity={setChosen} />,
            )}
            {section("step-out", t("step.out"), <Downloads wb={wb} />)}
          </>
        )}
      </main>
      <footer>
        <p>{t("offline")}</p>
      </footer>
    </TextContext.Provider>
  );
}
