import { entityNames, phoneWritingPattern } from "@linli/core";
import { type XlsForm, xform, xlsForm } from "@linli/forms/xlsform";
import type { Locator } from "playwright-core";
import { expect, it } from "vitest";
import { describeWith } from "../../../../../tests/support/tools.js";
import { servedSite } from "../../../../react/src/e2e/site.js";
import { buildOdkPage } from "./harness.js";

interface Question {
  readonly type: string;
  readonly list?: string;
  readonly path: string;
  readonly label: string;
  readonly required: boolean;
  readonly constraint: string;
  readonly appearance: string;
}

/**
 * The questions of an XLSForm with their paths in the submission: the top-level ones (outside
 * repeats), or those of one repeat with paths inside its instance.
 */
function questions(form: XlsForm, repeat?: string): Question[] {
  const [head = [], ...rows] = form.survey;
  const get = (r: readonly string[], c: string) => r[head.indexOf(c)] ?? "";
  const out: Question[] = [];
  const path: string[] = [];
  // The repeats open around each row, by name.
  const open: string[] = [];
  for (const r of rows) {
    const [type = "", list] = get(r, "type").split(" ");
    if (type.startsWith("end_")) {
      if (type === "end_repeat") open.pop();
      path.pop();
      continue;
    }
    if (type.startsWith("begin_")) {
      if (type === "begin_repeat") open.push(get(r, "name"));
      path.push(get(r, "name"));
      continue;
    }
    if (repeat === undefined ? open.length > 0 : open.length !== 1 || open[0] !== repeat) continue;
    const at = repeat === undefined ? path : path.slice(path.lastIndexOf(repeat) + 1);
    out.push({
      type,
      ...(list ? { list } : {}),
      path: [...at, get(r, "name")].join("/"),
      label: get(r, "label::Chinese (zh)"),
      required: get(r, "required") === "yes",
      constraint: get(r, "constraint"),
      appearance: get(r, "appearance"),
    });
  }
  return out;
}

const firstChoice = (form: XlsForm, list: string) => form.choices.find((c) => c[0] === list)![1]!;

/** A value each question accepts, as typed into ODK Web Forms. */
function valueFor(q: Question): string {
  if (q.constraint.includes("10X98765432")) return "11010519491231002X";
  if (q.constraint.includes(phoneWritingPattern())) return "13800138000";
  if (q.constraint.includes("[0-9a-f]{64}")) return "9f86d081".repeat(8);
  if (q.type === "integer") return "2";
  if (q.type === "decimal") return "2.5";
  if (q.type === "dateTime") return "2024-03-01T08:30:00.000+08:00";
  if (q.type === "date") return "2024-03-01";
  return "测试甲";
}

describeWith("chromium", "XForms in ODK Web Forms (Chromium)", (chromium) => {
  const site = servedSite(chromium, buildOdkPage, 180_000);

  const mount = async (xml: string) => {
    await site.page.goto("about:blank");
    await site.page.goto(`${site.url}/index.html`);
    await site.page.waitForFunction(() => "__mount" in window);
    await site.page.evaluate(
      (x) => (window as unknown as { __mount(x: string): void }).__mount(x),
      xml,
    );
    await site.page
      .locator(".form-initialization-status.ready")
      .waitFor({ state: "attached", timeout: 30_000 });
  };
  const container = (label: string, within: Locator = site.page.locator("body")): Locator =>
    within
      .locator(".question-container")
      .filter({ has: site.page.locator(`label:text-is("${label}")`) })
      .first();

  async function answer(form: XlsForm, q: Question, within?: Locator): Promise<string> {
    const box = container(q.label, within);
    if (q.list) {
      const value = firstChoice(form, q.list);
      if (q.appearance === "minimal") {
        // The previous dropdown's list may still be closing under load: wait until it is gone,
        // so that the option clicked is this question's.
        await expect
          .poll(() => site.page.getByRole("listbox").count(), { timeout: 10_000 })
          .toBe(0);
        await box.locator(".p-select").click();
        await site.page.getByRole("listbox").getByRole("option").first().click();
        await expect
          .poll(() => site.page.getByRole("listbox").count(), { timeout: 10_000 })
          .toBe(0);
      } else await box.locator("input").first().check();
      return value;
    }
    const value = valueFor(q);
    const input = box.locator("input, textarea").first();
    // Number inputs format as they are typed: type key by key, then leave the field.
    if (q.type === "integer" || q.type === "decimal") {
      await input.pressSequentially(value);
      await input.blur();
    } else await input.fill(value);
    return value;
  }

  /** The submission's text at each path, read with the browser's XML parser. */
  const readSubmission = (paths: string[]) =>
    site.page.evaluate((ps) => {
      const xml = (window as unknown as { __submissions: string[] }).__submissions.at(-1) ?? "";
      const doc = new DOMParser().parseFromString(xml, "text/xml");
      const at = (p: string) => {
        let el: Element | null = doc.documentElement;
        for (const seg of p.split("/"))
          el = el && [...el.children].find((c) => c.localName === seg)!;
        return el?.textContent ?? null;
      };
      return {
        root: doc.documentElement.localName,
        id: doc.documentElement.getAttribute("id"),
        instanceID: at("meta/instanceID"),
        values: Object.fromEntries(ps.map((p) => [p, at(p)])),
      };
    }, paths);

  it.each(entityNames)(
    "loads the XForm of %s, fills every required question and submits",
    async (entity) => {
      const form = xlsForm({ entity });
      await mount(xform(form));
      expect(
        await site.page.evaluate(() => (window as unknown as { __errors: string[] }).__errors),
      ).toEqual([]);
      const expected: Record<string, string> = {};
      for (const q of questions(form).filter((x) => x.required))
        expected[q.path] = await answer(form, q);
      // One optional question with a constraint, filled too, when the form has one.
      const checked = questions(form).find(
        (q) => !q.required && q.constraint.includes(phoneWritingPattern()),
      );
      if (checked) expected[checked.path] = await answer(form, checked);
      await site.page.getByRole("button", { name: "Send" }).click();
      // A form the engine refuses shows why; those messages are the failure. Until either
      // shows, the submission is still on its way (slow on a busy machine).
      const sent = () =>
        site.page.evaluate(
          () => (window as unknown as { __submissions: string[] }).__submissions.length,
        );
      await expect
        .poll(
          async () => {
            if ((await sent()) > 0) return [];
            const shown = await site.page.locator(".validation-message:visible").allTextContents();
            return shown.length ? shown : ["(not submitted yet)"];
          },
          { timeout: 20_000 },
        )
        .toEqual([]);
      const got = await readSubmission(Object.keys(expected));
      expect(got.root).toBe("data");
      expect(got.id).toBe(`linli_${entity.replace(/-/g, "_")}`);
      expect(got.instanceID).toMatch(/^uuid:[0-9a-f-]{36}$/);
      expect(got.values).toEqual(expected);
    },
    90_000,
  );

  it("adds household members through the repeat's own button, fills each and submits them all", async () => {
    const form = xlsForm({ entity: "resident" });
    await mount(xform(form));
    for (const q of questions(form).filter((x) => x.required)) await answer(form, q);
    const member = questions(form, "members");
    expect(member.map((q) => q.path)).toEqual(
      expect.arrayContaining(["name", "relationship", "citizenId"]),
    );
    const add = site.page.getByRole("button", { name: "Add 同住人员" });
    const instances = site.page.locator(".p-panel.is-repeat");
    const filled: Record<string, string>[] = [];
    for (const [k, name] of ["王丽", "王小明"].entries()) {
      await add.click();
      await expect.poll(() => instances.count()).toBe(k + 1);
      const box = instances.nth(k);
      const values: Record<string, string> = {};
      for (const q of member.filter((x) => x.required)) values[q.path] = await answer(form, q, box);
      await container("姓名", box).locator("input").fill(name);
      values.name = name;
      if (k === 1) {
        const id = member.find((q) => q.path === "citizenId")!;
        values.citizenId = await answer(form, id, box);
      }
      filled.push(values);
    }
    await site.page.getByRole("button", { name: "Send" }).click();
    // Submitted, or the messages that say why not; nothing shown yet means still on its way.
    await expect
      .poll(
        async () => {
          const sent = await site.page.evaluate(
            () => (window as unknown as { __submissions: string[] }).__submissions.length,
          );
          if (sent > 0) return [];
          const shown = await site.page.locator(".validation-message:visible").allTextContents();
          return shown.length ? shown : ["(not submitted yet)"];
        },
        { timeout: 20_000 },
      )
      .toEqual([]);
    // Each instance is a members element of its own under household, in the order added.
    const got = await site.page.evaluate(() => {
      const xml = (window as unknown as { __submissions: string[] }).__submissions.at(-1) ?? "";
      const doc = new DOMParser().parseFromString(xml, "text/xml");
      const household = [...doc.documentElement.children].find((c) => c.localName === "household");
      return [...(household?.children ?? [])]
        .filter((c) => c.localName === "members")
        .map((m) =>
          Object.fromEntries(
            [...m.children].filter((c) => c.textContent).map((c) => [c.localName, c.textContent]),
          ),
        );
    });
    expect(got).toEqual(filled);
  }, 120_000);

  it("refuses a citizen ID with a wrong check character in Chinese, and shows quarantine details by status", async () => {
    const form = xlsForm({ entity: "resident" });
    await mount(xform(form));
    await container("姓名").locator("input").fill("王伟");
    const id = container("身份证号").locator("input");
    await id.fill("110105194912310021");
    await id.blur();
    await expect
      .poll(() => container("身份证号").locator(".validation-message:visible").textContent())
      .toMatch(/校验码/);
    expect(await container("隔离方式").count()).toBe(0);
    await container("隔离状态").locator(".p-select").click();
    await site.page.getByRole("option", { name: "隔离中", exact: true }).click();
    await expect.poll(() => container("隔离方式").count()).toBe(1);
    await id.fill("11010519491231002X");
    await id.blur();
    await site.page.getByRole("button", { name: "Send" }).click();
    await site.page.waitForFunction(
      () => (window as unknown as { __submissions: string[] }).__submissions.length > 0,
    );
    const got = await readSubmission(["citizenId", "quarantine/status"]);
    expect(got.values).toEqual({
      citizenId: "11010519491231002X",
      "quarantine/status": "in-quarantine",
    });
  }, 90_000);
});
