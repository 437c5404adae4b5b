import type { Locale } from "@linli/core";
import { useEffect, useState } from "react";
import { NeedForm } from "./need-form.js";
import { ResidentForm } from "./resident-form.js";

type Page = "resident" | "need";

const TEXT = {
  "zh-CN": {
    title: "邻里 · 社区登记",
    resident: "居民登记",
    need: "求助登记",
    other: "English",
  },
  en: {
    title: "linli · Community registration",
    resident: "Resident registration",
    need: "Request for help",
    other: "中文",
  },
} as const;

const pageOf = (hash: string): Page => (hash === "#need" ? "need" : "resident");

export function App() {
  const [page, setPage] = useState<Page>(() => pageOf(location.hash));
  const [locale, setLocale] = useState<Locale>("zh-CN");
  const t = TEXT[locale];
  useEffect(() => {
    const onHash = () => setPage(pageOf(location.hash));
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = `${t[page]} · ${t.title}`;
  }, [locale, page, t]);
  return (
    <>
      <header className="site-header">
        <p className="site-title">{t.title}</p>
        <nav aria-label={t.title}>
          <a href="#resident" aria-current={page === "resident" ? "page" : undefined}>
            {t.resident}
          </a>
          <a href="#need" aria-current={page === "need" ? "page" : undefined}>
            {t.need}
          </a>
          <button
            type="button"
            className="site-locale"
            lang={locale === "zh-CN" ? "en" : "zh-CN"}
            onClick={() => setLocale(locale === "zh-CN" ? "en" : "zh-CN")}
          >
            {t.other}
          </button>
        </nav>
      </header>
      <main>
        <h1>{t[page]}</h1>
        {page === "resident" ? <ResidentForm locale={locale} /> : <NeedForm locale={locale} />}
      </main>
    </>
  );
}
