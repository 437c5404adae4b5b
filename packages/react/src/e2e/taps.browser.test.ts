import { expect, it } from "vitest";
import { describeWith } from "../../../../tests/support/tools.js";
import { buildExample } from "./harness.js";
import { servedSite } from "./site.js";

/**
 * Every press here is a touch tap on a phone-sized screen (390 × 844): a message that appears
 * when a field is left must not move the control under the finger before the tap completes.
 */
describeWith("chromium", "react-form example: taps at 390 × 844", (chromium) => {
  const site = servedSite(chromium, buildExample);

  const open = async () => {
    await site.page.goto("about:blank");
    await site.page.evaluate(() => localStorage.clear()).catch(() => {});
    await site.page.goto(`${site.url}/#resident`);
    await site.page.evaluate(() => localStorage.clear());
    await site.page.reload();
    expect(site.page.viewportSize()).toEqual({ width: 390, height: 844 });
  };
  const box = (name: string) => site.page.getByRole("textbox", { name, exact: true }).first();
  const focused = () => site.page.evaluate(() => document.activeElement?.id ?? "");
  /** Tap into a text field and type, as a thumb and a phone keyboard would. */
  const typeInto = async (name: string, text: string) => {
    await box(name).tap();
    await expect.poll(focused).toBe(await box(name).getAttribute("id"));
    await site.page.keyboard.insertText(text);
  };

  it("with 17 digits typed in 身份证号, one tap on X completes the ID", async () => {
    await open();
    await typeInto("身份证号", "11010519491231002");
    await site.page.getByRole("button", { name: "输入校验位 X" }).tap();
    await expect.poll(() => box("身份证号").inputValue()).toBe("11010519491231002X");
    await expect
      .poll(() => site.page.locator("#resident-birthDate").inputValue())
      .toBe("1949-12-31");
  });

  it("tapping 女 right after leaving an empty 姓名 selects it, and the name's error follows", async () => {
    await open();
    await box("姓名").tap();
    await expect.poll(focused).toBe("resident-name");
    await site.page.getByRole("radio", { name: "女" }).tap();
    await expect.poll(() => site.page.getByRole("radio", { name: "女" }).isChecked()).toBe(true);
    // The tap is done: now the left field says what it lacks.
    await expect
      .poll(() => site.page.locator("#resident-name-error").textContent())
      .toBe("姓名为必填项");
  });

  it("while a pointer is held down, the control under it stays where it was", async () => {
    await open();
    await box("姓名").tap();
    const female = site.page.getByRole("radio", { name: "女" });
    const before = (await female.boundingBox())!;
    await site.page.mouse.move(before.x + before.width / 2, before.y + before.height / 2);
    await site.page.mouse.down();
    await expect.poll(focused).not.toBe("resident-name");
    expect(await female.boundingBox()).toEqual(before);
    await site.page.mouse.up();
    await expect.poll(() => female.isChecked()).toBe(true);
    await expect.poll(() => site.page.locator("#resident-name-error").count()).toBe(1);
  });

  it("添加同住人员, tapped after a member's ID with a wrong check digit, adds a member", async () => {
    await open();
    const add = site.page.getByRole("button", { name: "添加同住人员" });
    const member = (n: number) =>
      site.page.getByRole("group", { name: `同住人员 ${n}`, exact: true });
    await add.tap();
    await expect.poll(() => member(1).count()).toBe(1);
    const id = member(1).getByRole("textbox", { name: "身份证号" });
    await id.tap();
    await expect.poll(focused).toBe(await id.getAttribute("id"));
    await site.page.keyboard.insertText("110105194912310021");
    await add.tap();
    await expect.poll(() => member(2).count()).toBe(1);
    await expect
      .poll(() => member(1).locator("[id$='--citizenId-error']").textContent())
      .toMatch(/^身份证号校验位错误/);
  });

  it("derived birth date and sex follow the ID: cleared with it, kept when edited by hand", async () => {
    await open();
    const birth = site.page.locator("#resident-birthDate");
    const female = site.page.getByRole("radio", { name: "女" });
    await typeInto("身份证号", "11010519491231002X");
    await expect.poll(() => birth.inputValue()).toBe("1949-12-31");
    await expect.poll(() => female.isChecked()).toBe(true);

    // Cleared: what came from the ID goes with it.
    await box("身份证号").fill("");
    await expect.poll(() => birth.inputValue()).toBe("");
    await expect.poll(() => female.isChecked()).toBe(false);
    await expect.poll(() => site.page.locator("#resident-birthDate-derived").count()).toBe(0);

    // Made invalid: the same.
    await box("身份证号").fill("11010519491231002X");
    await expect.poll(() => birth.inputValue()).toBe("1949-12-31");
    await box("身份证号").fill("110105194912310021");
    await expect.poll(() => birth.inputValue()).toBe("");
    await expect.poll(() => female.isChecked()).toBe(false);

    // A sex chosen by hand stays when the ID goes; the derived birth date does not.
    await box("身份证号").fill("11010519491231002X");
    await expect.poll(() => female.isChecked()).toBe(true);
    await site.page.getByRole("radio", { name: "男" }).tap();
    await box("身份证号").fill("");
    await expect.poll(() => birth.inputValue()).toBe("");
    await expect.poll(() => site.page.getByRole("radio", { name: "男" }).isChecked()).toBe(true);
  });

  it("after a successful submit, focus is on the confirmation", async () => {
    await open();
    await typeInto("姓名", "王伟");
    await typeInto("身份证号", "11010519491231002X");
    await typeInto("联系电话", "13800138000");
    await site.page.getByRole("button", { name: "提交" }).tap();
    await expect.poll(() => site.page.getByTestId("submitted").count()).toBe(1);
    const active = () =>
      site.page.evaluate(() => ({
        role: document.activeElement?.getAttribute("role"),
        text: document.activeElement?.textContent,
      }));
    await expect.poll(active).toEqual({ role: "status", text: expect.stringMatching(/已提交/) });
  });
});
