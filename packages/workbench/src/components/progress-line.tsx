import { useTexts } from "../text.js";
import type { Progress } from "../worker/protocol.js";

/** A progress bar with what is being done, announced politely to screen readers. */
export function ProgressLine({
  progress,
  label,
}: {
  progress?: Progress | undefined;
  label: string;
}) {
  const { t } = useTexts();
  const stage = progress
    ? t(`progress.${progress.stage}`, { detail: progress.detail ?? "" })
    : label;
  const count = progress ? t("file.rowsRead", { n: progress.done }) : "";
  return (
    <div className="progress" role="status">
      <progress
        aria-label={label}
        {...(progress?.total ? { max: progress.total, value: progress.done } : {})}
      />
      <span>
        {stage}
        {progress?.stage === "import" ? ` · ${count}` : ""}
      </span>
    </div>
  );
}
