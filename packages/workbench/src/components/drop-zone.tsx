import { type DragEvent, useState } from "react";
import { useTexts } from "../text.js";

const ACCEPT = ".csv,.tsv,.txt,.ssv,.xlsx,.json,.ndjson,.jsonl,.hxl";

/** Pick files with the file dialog (keyboard: Tab, Enter) or drop them on the area. */
export function DropZone({ onFiles }: { onFiles: (files: File[]) => void }) {
  const { t } = useTexts();
  const [over, setOver] = useState(false);
  const stop = (e: DragEvent) => {
    e.preventDefault();
    e.stopPropagation();
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a drop target; the file input inside it is the keyboard's way in
    <div
      className={over ? "drop over" : "drop"}
      onDragEnter={(e) => {
        stop(e);
        setOver(true);
      }}
      onDragOver={stop}
      onDragLeave={(e) => {
        stop(e);
        setOver(false);
      }}
      onDrop={(e) => {
        stop(e);
        setOver(false);
        if (e.dataTransfer.files.length > 0) onFiles(Array.from(e.dataTransfer.files));
      }}
    >
      <label htmlFor="files">{t("drop.label")}</label>
      <input
        id="files"
        type="file"
        multiple
        accept={ACCEPT}
        aria-describedby="files-hint"
        onChange={(e) => {
          const list = e.currentTarget.files;
          if (list && list.length > 0) onFiles(Array.from(list));
          e.currentTarget.value = "";
        }}
      />
      <p id="files-hint" className="hint">
        {t("drop.hint")}
      </p>
    </div>
  );
}
