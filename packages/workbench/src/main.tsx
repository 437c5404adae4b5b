// biome-ignore-all assist/source/organizeImports: jitless first, before anything builds a schema
import { NO_EVAL } from "./jitless.js";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app.js";

if (!NO_EVAL) throw new Error("zod must not compile parsers under this page's CSP");

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Once loaded, the page works offline: the service worker keeps its files.
if ("serviceWorker" in navigator && location.protocol !== "file:") {
  void navigator.serviceWorker.register("./sw.js").catch(() => {
    // Not allowed here (an insecure origin, a private window): the page works all the same.
  });
}
