import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

const at = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// The built pages allow no inline or generated code, so they prove the form path needs none.
// The dev server injects inline scripts for hot reload, so the policy is added to builds only.
const csp: Plugin = {
  name: "linli-strict-csp",
  apply: "build",
  transformIndexHtml: () => [
    {
      tag: "meta",
      attrs: {
        "http-equiv": "Content-Security-Policy",
        content:
          "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'",
      },
      injectTo: "head-prepend",
    },
  ],
};

// The example runs from the workspace sources, so no package needs building first.
export default defineConfig({
  plugins: [react(), csp],
  resolve: {
    alias: [
      { find: "@linli/react/styles.css", replacement: at("../../packages/react/styles.css") },
      { find: /^@linli\/(core|forms|react)$/, replacement: at("../../packages/$1/src/index.ts") },
    ],
    dedupe: ["react", "react-dom", "zod"],
  },
  build: {
    rollupOptions: { input: { main: at("index.html"), bench: at("bench.html") } },
  },
});
