import type { Locale } from "@linli/core";

/** The record a form handed over, as a real app would send it to its server. */
export function Submitted({ record, locale }: { record: unknown; locale: Locale }) {
  if (!record) return null;
  return (
    <section className="submitted" aria-labelledby="submitted-title">
      <h2 id="submitted-title">{locale === "zh-CN" ? "已提交的记录" : "Submitted record"}</h2>
      <pre data-testid="submitted">{JSON.stringify(record, null, 2)}</pre>
    </section>
  );
}
