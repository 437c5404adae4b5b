// A page that fills an XForm in ODK's own engine and renderer: `window.__mount(xml)` shows it,
// and each submission's XML lands in `window.__submissions`.
// @ts-expect-error: the package ships no type declarations
import { OdkWebForm, webFormsPlugin } from "@getodk/web-forms";
import { createApp, h } from "vue";

interface Host {
  __mount(xml: string): void;
  __submissions: string[];
  __errors: string[];
}
const host = window as unknown as Host;
host.__submissions = [];
host.__errors = [];
window.addEventListener("error", (e) => host.__errors.push(String(e.message)));

type Callback = (result: { status: string }) => void;
const files = (payload: { data: unknown }): FormData[] =>
  (Array.isArray(payload.data) ? payload.data : [payload.data]) as FormData[];

host.__mount = (xml: string) => {
  const app = createApp({
    render: () =>
      h(OdkWebForm, {
        formXml: xml,
        fetchFormAttachment: () => Promise.resolve(new Response("", { status: 404 })),
        missingResourceBehavior: "BLANK",
        async onSubmit(payload: { data: unknown }, callback?: Callback) {
          for (const data of files(payload)) {
            const file = data.get("xml_submission_file");
            if (file instanceof Blob) host.__submissions.push(await file.text());
          }
          callback?.({ status: "success" });
        },
      }),
  });
  app.use(webFormsPlugin);
  app.mount("#app");
};
