import type { Form } from "@linli/forms";
import { useCallback, useEffect, useRef, useState } from "react";

/**
 * Options of {@link useDraft}.
 *
 * @example
 * ```tsx
 * import type { DraftOptions } from "@linli/react";
 * // Keep drafts only for this tab, not across visits.
 * const options: DraftOptions = { key: "register", storage: sessionStorage, delayMs: 500 };
 * ```
 */
export interface DraftOptions {
  /** Storage key; `linli-draft:<entity>` unless told. */
  readonly key?: string;
  /** Where drafts go; `localStorage` unless told. */
  readonly storage?: Pick<Storage, "getItem" | "setItem" | "removeItem">;
  /** Wait after the last change before saving, in milliseconds. */
  readonly delayMs?: number;
}

/**
 * What {@link useDraft} tells and offers.
 *
 * @example
 * ```tsx
 * import { type DraftControls, useDraft, useForm } from "@linli/react";
 * export function Notice() {
 *   const form = useForm({ entity: "resident", fields: ["name"] });
 *   const draft: DraftControls = useDraft(form);
 *   return draft.restoredAt ? <p>草稿保存于 {draft.restoredAt}</p> : null;
 * }
 * ```
 */
export interface DraftControls {
  /** When the restored draft was saved, if one was restored. */
  readonly restoredAt?: string;
  /** Delete the draft from the device and empty the form. */
  readonly clear: () => void;
  /** Save now. */
  readonly save: () => void;
}

const local = () => (typeof localStorage === "undefined" ? undefined : localStorage);

// Storage can be full, disabled or blocked (private browsing); drafts are a convenience.
function attempt<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

/**
 * Keep a form's draft on the device: restore it when the form appears (unless expired), save
 * it a moment after each change and at once when the page is hidden (a phone locking), and
 * delete it on `clear()`. A blank form leaves no draft behind.
 *
 * @example
 * ```tsx
 * import { Field, FormProvider, useDraft, useForm } from "@linli/react";
 * export function Register() {
 *   const form = useForm({ entity: "resident", fields: ["name"] });
 *   const draft = useDraft(form, { key: "register" });
 *   return (
 *     <FormProvider form={form}>
 *       <Field name="name" />
 *       <button type="button" onClick={draft.clear}>Clear draft</button>
 *     </FormProvider>
 *   );
 * }
 * ```
 */
export function useDraft(form: Form, options: DraftOptions = {}): DraftControls {
  const key = options.key ?? `linli-draft:${form.entity}`;
  const delay = options.delayMs ?? 300;
  const storage = options.storage ?? local();
  const [restoredAt, setRestoredAt] = useState<string | undefined>(() => {
    const raw = attempt(() => storage?.getItem(key));
    if (!raw) return undefined;
    const r = form.restore(attempt(() => JSON.parse(raw)));
    if (r.ok) return r.savedAt;
    attempt(() => storage?.removeItem(key));
    return undefined;
  });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const save = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const s = form.snapshot();
    const blank =
      Object.keys(s.values).length === 0 && Object.values(s.items).every((i) => i.length === 0);
    attempt(() => (blank ? storage?.removeItem(key) : storage?.setItem(key, JSON.stringify(s))));
  }, [form, storage, key]);

  useEffect(() => {
    const off = form.onChange(() => {
      clearTimeout(timer.current);
      timer.current = setTimeout(save, delay);
    });
    const flush = () => {
      if (timer.current !== undefined) save();
    };
    const hidden = () => {
      if (document.visibilityState === "hidden") flush();
    };
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", hidden);
    return () => {
      off();
      flush();
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", hidden);
    };
  }, [form, save, delay]);

  const clear = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    attempt(() => storage?.removeItem(key));
    form.reset();
    clearTimeout(timer.current);
    timer.current = undefined;
    setRestoredAt(undefined);
  }, [form, storage, key]);

  return { ...(restoredAt ? { restoredAt } : {}), clear, save };
}
