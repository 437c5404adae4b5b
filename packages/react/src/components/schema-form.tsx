import type { EntityName, EntityRecord, Locale } from "@linli/core";
import type { Form, FormOptions } from "@linli/forms";
import { type FormEvent, type ReactNode, useCallback, useEffect, useRef, useState } from "react";
import { FormProvider } from "../context.js";
import { type DraftOptions, useDraft } from "../hooks/use-draft.js";
import { useForm } from "../hooks/use-form.js";
import { text } from "../messages.js";
import { Layout } from "./layout.js";

/**
 * Props of {@link SchemaForm}.
 *
 * @example
 * ```tsx
 * import { SchemaForm, type SchemaFormProps } from "@linli/react";
 * const props: SchemaFormProps<"need"> = {
 *   entity: "need",
 *   locale: "en",
 *   fields: ["requesterName", "category", "items"],
 *   base: { status: "open" },
 *   draft: { key: "need-draft" },
 * };
 * export const Need = () => <SchemaForm {...props} />;
 * ```
 */
export interface SchemaFormProps<N extends EntityName> extends Omit<FormOptions<N>, "locale"> {
  readonly locale?: Locale;
  /** Called with a record the core validator accepts. The form empties itself afterwards. */
  readonly onSubmit?: (record: EntityRecord<N>) => void | Promise<void>;
  /** Keep a draft on the device (with a visible "clear draft" button); off unless told. */
  readonly draft?: boolean | DraftOptions;
  /** Prefix of DOM ids; `linli-<entity>` unless told. */
  readonly idPrefix?: string;
  readonly submitLabel?: string;
  readonly className?: string;
  /** Shown above the fields, e.g. a title or an introduction. */
  readonly children?: ReactNode;
}

function Draft({ form, options }: { form: Form; options: DraftOptions }) {
  const draft = useDraft(form, options);
  const locale = form.locale;
  const [cleared, setCleared] = useState(false);
  const when = draft.restoredAt ? new Date(draft.restoredAt).toLocaleString(locale) : undefined;
  return (
    <div className="linli-draft">
      <p className="linli-hint">
        {cleared
          ? text(locale, "forms.draftCleared")
          : when
            ? text(locale, "forms.draftRestored", { time: when })
            : text(locale, "forms.draftNotice")}
      </p>
      <button
        type="button"
        className="linli-button linli-button--secondary"
        onClick={() => {
          draft.clear();
          setCleared(true);
        }}
      >
        {text(locale, "forms.clearDraft")}
      </button>
    </div>
  );
}

/**
 * A complete form for an entity of the linli data model: fields, groups and repeats from the
 * schema's metadata, labels and messages in zh-CN or en, an error summary on submit, and an
 * optional draft kept on the device. Plain semantic HTML; style it with
 * `@linli/react/styles.css` or your own CSS.
 *
 * @example
 * ```tsx
 * import { SchemaForm } from "@linli/react";
 * import "@linli/react/styles.css";
 * export const Register = () => (
 *   <SchemaForm
 *     entity="resident"
 *     locale="zh-CN"
 *     fields={["name", "citizenId", "birthDate", "gender", "phone", "household.members"]}
 *     draft
 *     onSubmit={(record) => fetch("/api/residents", { method: "POST", body: JSON.stringify(record) }).then(() => {})}
 *   />
 * );
 * ```
 */
export function SchemaForm<N extends EntityName>(props: SchemaFormProps<N>) {
  const { onSubmit, draft, idPrefix, submitLabel, className, children, ...options } = props;
  const form = useForm<N>(options);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState("");
  const [spoken, setSpoken] = useState("");
  const statusRef = useRef<HTMLParagraphElement>(null);
  const locale = form.locale;
  // The confirmation takes focus: the fields it followed are empty now.
  useEffect(() => {
    if (status) statusRef.current?.focus();
  }, [status]);
  const announce = useCallback((message: string) => setSpoken(message), []);
  const draftOptions = draft === true ? {} : draft || undefined;

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    setStatus("");
    setSpoken("");
    const result = form.submit();
    if (!result.ok) return;
    setBusy(true);
    try {
      await onSubmit?.(result.value);
      form.reset();
      if (draftOptions) {
        const key = draftOptions.key ?? `linli-draft:${form.entity}`;
        (draftOptions.storage ?? globalThis.localStorage)?.removeItem(key);
      }
      setStatus(text(locale, "forms.submitted"));
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormProvider form={form} announce={announce} {...(idPrefix ? { idPrefix } : {})}>
      <form
        className={className ? `linli-form ${className}` : "linli-form"}
        lang={locale}
        noValidate
        aria-busy={busy || undefined}
        onSubmit={submit}
      >
        {children}
        <Layout />
        <div className="linli-actions">
          {/* Not `disabled`: a disabled button drops focus while the record is being sent. */}
          <button type="submit" className="linli-button" aria-disabled={busy || undefined}>
            {busy
              ? text(locale, "forms.submitting")
              : (submitLabel ?? text(locale, "forms.submit"))}
          </button>
          {draftOptions ? <Draft form={form} options={draftOptions} /> : null}
        </div>
        <p className="linli-status" role="status" tabIndex={-1} ref={statusRef}>
          {status}
        </p>
        <p className="linli-visually-hidden" aria-live="polite">
          {spoken}
        </p>
      </form>
    </FormProvider>
  );
}
