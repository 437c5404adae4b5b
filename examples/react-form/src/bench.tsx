import "./strict-csp.js";
import "@linli/react/styles.css";
import "./app.css";
import { createForm } from "@linli/forms";
import { FormProvider, Layout } from "@linli/react";
import { createRoot } from "react-dom/client";

// A resident form with many household members, for measuring keystroke-to-paint in the last
// member's field. The schema allows 50 members; this page lifts the cap to measure 100.
const count = Number(new URLSearchParams(location.search).get("members") ?? 100);
const form = createForm({
  entity: "resident",
  fields: ["name", "citizenId", "phone", "household.members"],
  maxItems: { "household.members": Math.max(count, 50) },
});
for (let i = 0; i < count; i++) {
  const item = form.add("household.members")!;
  form.set(`household.members[${item}].name`, `成员${i + 1}`);
  form.set(`household.members[${item}].relationship`, "other");
}

createRoot(document.getElementById("root")!).render(
  <main>
    <h1>{count} 位同住人员</h1>
    <FormProvider form={form} idPrefix="bench">
      <form className="linli-form" noValidate>
        <Layout />
      </form>
    </FormProvider>
  </main>,
);
