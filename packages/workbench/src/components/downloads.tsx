import { builtinProfileNames, builtinProfiles } from "@linli/privacy";
import { useState } from "react";
import { localDate } from "../logic/names.js";
import { saveFile } from "../logic/save.js";
import type { Workbench } from "../state.js";
import { useTexts } from "../text.js";
import type { DownloadKind } from "../worker/protocol.js";

const MERGED: readonly DownloadKind[] = ["xlsx", "csv", "hxl", "json"];
const OTHER: readonly DownloadKind[] = ["report", "issues", "log"];

/** Choose a sharing profile, then download the merge's files, named by date and profile. */
export function Downloads({ wb }: { wb: Workbench }) {
  const { t, l, lang } = useTexts();
  const [profile, setProfile] = useState<string>("internal");
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);
  const ready = Boolean(wb.merge.view) && !wb.merge.running;
  const description = builtinProfiles[profile as keyof typeof builtinProfiles]?.description;

  const get = async (kind: DownloadKind) => {
    setBusy(true);
    try {
      const answer = await wb.download(kind, lang, profile, localDate());
      if (answer.type === "file") {
        saveFile(answer.name, answer.blob);
        setStatus(t("out.ready", { file: answer.name }));
      } else if (answer.type === "error")
        setStatus(t("error.worker", { detail: l(answer.message) }));
    } finally {
      setBusy(false);
    }
  };
  const button = (kind: DownloadKind) => (
    <li key={kind}>
      <button
        type="button"
        disabled={!ready || busy}
        onClick={() => void get(kind)}
        data-kind={kind}
      >
        {t(`out.${kind}`)}
      </button>
    </li>
  );
  return (
    <div className="downloads">
      <fieldset>
        <legend>{t("out.profile")}</legend>
        <p className="hint">{t("out.profileHelp")}</p>
        {builtinProfileNames.map((name) => (
          <div key={name} className="radio">
            <input
              type="radio"
              id={`profile-${name}`}
              name="profile"
              value={name}
              checked={profile === name}
              onChange={() => setProfile(name)}
            />
            <label htmlFor={`profile-${name}`}>{name}</label>
          </div>
        ))}
        {description && <p className="hint">{l(description)}</p>}
      </fieldset>
      {!ready && <p className="hint">{t("out.needMerge")}</p>}
      <h3>{t("out.merged")}</h3>
      <ul className="buttons">{MERGED.map(button)}</ul>
      <h3>{t("out.other")}</h3>
      <ul className="buttons">{OTHER.map(button)}</ul>
      <p role="status" className="status">
        {status}
      </p>
    </div>
  );
}
