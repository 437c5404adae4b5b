import type { FormIssue } from "@linli/forms";
import { type MouseEvent, useEffect, useRef } from "react";
import { domId, useFormContext } from "../context.js";
import { useFormState } from "../hooks/use-field.js";
import { text } from "../messages.js";

/**
 * After a submit with problems: a list of them, each linking to its field, which takes the
 * focus so that keyboard and screen reader users land on it.
 *
 * @example
 * ```tsx
 * import { ErrorSummary, Field, FormProvider, useForm } from "@linli/react";
 * export function Short() {
 *   const form = useForm({ entity: "resident", fields: ["name"] });
 *   return (
 *     <FormProvider form={form}>
 *       <ErrorSummary />
 *       <Field name="name" />
 *       <button type="button" onClick={() => form.submit()}>OK</button>
 *     </FormProvider>
 *   );
 * }
 * ```
 */
export function ErrorSummary() {
  const { form, idPrefix } = useFormContext();
  const { status, issues, submitCount, locale } = useFormState();
  const box = useRef<HTMLElement>(null);
  const shown = status === "invalid" && issues.length > 0;

  useEffect(() => {
    if (shown && submitCount > 0) box.current?.focus();
  }, [shown, submitCount]);

  if (!shown) return null;
  const titleId = `${idPrefix}-error-summary-title`;
  const go = (e: MouseEvent<HTMLAnchorElement>, key: string) => {
    const target = document.getElementById(domId(idPrefix, key));
    if (!target) return;
    e.preventDefault();
    target.focus();
    // Bring the label into view with the control, not just the control.
    (target.closest(".linli-field, .linli-repeat") ?? target).scrollIntoView({ block: "center" });
  };
  const line = (i: FormIssue) =>
    (i.context ? form.t(i.context) + (locale === "zh-CN" ? "：" : ": ") : "") +
    form.t(i.issue.message);
  return (
    <section className="linli-error-summary" ref={box} tabIndex={-1} aria-labelledby={titleId}>
      <h2 className="linli-error-summary-title" id={titleId}>
        {text(locale, "forms.errorSummary")}
      </h2>
      <p>{text(locale, "forms.errorCount", { count: issues.length })}</p>
      <ul>
        {issues.map((i) => (
          <li key={i.key ?? `${i.issue.code}:${i.issue.path?.join(".")}`}>
            {i.key ? (
              <a href={`#${domId(idPrefix, i.key)}`} onClick={(e) => go(e, i.key!)}>
                {line(i)}
              </a>
            ) : (
              line(i)
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
