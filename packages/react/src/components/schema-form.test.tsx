// @vitest-environment happy-dom
import { validator } from "@linli/core";
import { SchemaForm } from "@linli/react";
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(cleanup);

const type = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });
const box = (name: string) => screen.getByRole("textbox", { name });
const submit = () => fireEvent.click(screen.getByRole("button", { name: "提交" }));

describe("SchemaForm", () => {
  it("renders semantic, labelled controls from the schema in Chinese", () => {
    const { container } = render(
      <SchemaForm
        entity="resident"
        fields={[
          "name",
          "citizenId",
          "phone",
          "gender",
          "vulnerabilities",
          "household.relationToHead",
          "address.building",
        ]}
      />,
    );
    const name = box("姓名");
    expect(name.getAttribute("autocomplete")).toBe("name");
    expect(name.hasAttribute("required")).toBe(true);
    const id = box("身份证号");
    expect(id.getAttribute("inputmode")).toBe("numeric");
    expect(screen.getByRole("button", { name: "输入校验位 X" })).toBeTruthy();
    const phone = box("联系电话");
    expect(phone).toMatchObject({ type: "tel" });
    expect(phone.getAttribute("inputmode")).toBe("tel");
    expect(phone.getAttribute("autocomplete")).toBe("tel");
    expect(screen.getByRole("radiogroup", { name: "性别" })).toBeTruthy();
    expect(screen.getByRole("radio", { name: "女" })).toBeTruthy();
    expect(screen.getByRole("checkbox", { name: "透析患者" })).toBeTruthy();
    const relation = screen.getByRole("combobox", { name: "与户主关系" });
    expect(within(relation).getByRole("option", { name: "请选择" })).toBeTruthy();
    expect(screen.getByRole("group", { name: "住址" })).toBeTruthy();
    expect(container.querySelector("form")?.getAttribute("lang")).toBe("zh-CN");
    expect(container.querySelector("form")?.noValidate).toBe(true);
  });

  it("links hints and, after blur, errors to their control", () => {
    render(<SchemaForm entity="resident" fields={["name", "citizenId"]} />);
    const id = box("身份证号");
    const hintId = id.getAttribute("aria-describedby")!;
    expect(document.getElementById(hintId)?.textContent).toBe("18 位居民身份证号码");
    type(id, "11010519491231002");
    // No error while typing for the first time.
    expect(id.hasAttribute("aria-invalid")).toBe(false);
    fireEvent.blur(id);
    expect(id.getAttribute("aria-invalid")).toBe("true");
    const ids = id.getAttribute("aria-describedby")!.split(" ");
    expect(ids).toHaveLength(2);
    expect(document.getElementById(ids[1]!)?.textContent).toBe(
      "身份证号应为18位（旧证为15位），当前为17位",
    );
    fireEvent.click(screen.getByRole("button", { name: "输入校验位 X" }));
    expect(id).toMatchObject({ value: "11010519491231002X" });
    expect(id.hasAttribute("aria-invalid")).toBe(false);
    expect(document.activeElement).toBe(id);
  });

  it("shows an error summary on submit that takes focus and links to each field", () => {
    render(<SchemaForm entity="resident" fields={["name", "citizenId", "household.size"]} />);
    type(box("身份证号"), "1101051949");
    type(box("家庭人数"), "两个");
    submit();
    const summary = screen.getByRole("region", { name: "请检查以下问题" });
    expect(document.activeElement).toBe(summary);
    const links = within(summary).getAllByRole("link");
    expect(links.map((a) => a.textContent)).toEqual([
      "姓名为必填项",
      "身份证号应为18位（旧证为15位），当前为10位",
      "家庭人数应为数字，实际为文本",
    ]);
    expect(box("姓名").getAttribute("aria-invalid")).toBe("true");
    fireEvent.click(links[1]!);
    expect(document.activeElement).toBe(box("身份证号"));
    expect(links[1]!.getAttribute("href")).toBe(`#${box("身份证号").id}`);
  });

  it("submits a valid record, empties the form and says so", async () => {
    const onSubmit = vi.fn();
    render(
      <SchemaForm
        entity="resident"
        fields={["name", "citizenId", "birthDate", "gender"]}
        onSubmit={onSubmit}
      />,
    );
    type(box("姓名"), "王伟");
    type(box("身份证号"), "11010519491231002X");
    submit();
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledOnce());
    const record = onSubmit.mock.calls[0]![0];
    expect(validator("resident")(record).ok).toBe(true);
    expect(record).toMatchObject({ name: "王伟", birthDate: "1949-12-31", gender: "female" });
    await vi.waitFor(() => expect(screen.getByRole("status").textContent).toBe("已提交，谢谢。"));
    expect(box("姓名")).toMatchObject({ value: "" });
  });

  it("fills birth date and sex from the citizen ID and says where they came from", () => {
    render(<SchemaForm entity="resident" fields={["citizenId", "birthDate", "gender"]} />);
    type(box("身份证号"), "11010519491231002X");
    const birth = screen.getByLabelText("出生日期", { exact: false }) as HTMLInputElement;
    expect(birth.value).toBe("1949-12-31");
    expect(birth.type).toBe("date");
    expect(birth.getAttribute("aria-describedby")).toMatch(/-derived$/);
    expect(screen.getByRole("radio", { name: "女" })).toMatchObject({ checked: true });
    expect(screen.getAllByText("已根据身份证号填写")).toHaveLength(2);
  });

  it("adds and removes household members with focus where the keyboard user needs it", () => {
    render(
      <SchemaForm
        entity="resident"
        fields={["name", "household.members"]}
        maxItems={{ "household.members": 2 }}
      />,
    );
    const add = screen.getByRole("button", { name: "添加同住人员" });
    fireEvent.click(add);
    const first = screen.getByRole("group", { name: "同住人员 1" });
    expect(document.activeElement).toBe(within(first).getByRole("textbox", { name: "姓名" }));
    expect(screen.getByText("已添加同住人员 1").getAttribute("aria-live")).toBe("polite");
    type(within(first).getByRole("textbox", { name: "姓名" }), "李娜");
    fireEvent.click(add);
    expect(add).toMatchObject({ disabled: true });
    expect(screen.getByText("已达上限 2 项")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "删除同住人员 1" }));
    expect(document.activeElement).toBe(add);
    expect(add).toMatchObject({ disabled: false });
    const remaining = screen.getByRole("group", { name: "同住人员 1" });
    expect(within(remaining).getByRole("textbox", { name: "姓名" })).toMatchObject({ value: "" });
  });

  it("shows fields as rules allow", () => {
    render(
      <SchemaForm
        entity="resident"
        fields={["quarantine.status", "quarantine.place", "quarantine.site"]}
      />,
    );
    expect(screen.queryByRole("radiogroup", { name: "隔离方式" })).toBeNull();
    fireEvent.change(screen.getByRole("combobox", { name: "隔离状态" }), {
      target: { value: "in-quarantine" },
    });
    fireEvent.click(screen.getByRole("radio", { name: "集中隔离" }));
    expect(box("隔离点")).toBeTruthy();
  });

  it("speaks English and follows a change of locale", () => {
    const { rerender } = render(
      <SchemaForm entity="resident" locale="en" fields={["name", "gender"]} />,
    );
    expect(box("Name")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Submit" })).toBeTruthy();
    type(box("Name"), "Wang Wei");
    act(() =>
      rerender(<SchemaForm entity="resident" locale="zh-CN" fields={["name", "gender"]} />),
    );
    expect(box("姓名")).toMatchObject({ value: "Wang Wei" });
    expect(screen.getByRole("radio", { name: "男" })).toBeTruthy();
  });

  it("marks a radio group invalid when focus leaves the group, not between options", () => {
    render(
      <SchemaForm
        entity="resident"
        fields={["name", "residencyType"]}
        rules={[{ field: "residencyType", requiredWhen: { field: "name", filled: true } }]}
      />,
    );
    type(box("姓名"), "王伟");
    const group = screen.getByRole("radiogroup", { name: "人员类型" });
    const [a, b] = within(group).getAllByRole("radio");
    fireEvent.blur(a!, { relatedTarget: b });
    expect(group.hasAttribute("aria-invalid")).toBe(false);
    fireEvent.blur(b!, { relatedTarget: box("姓名") });
    expect(group.getAttribute("aria-invalid")).toBe("true");
    expect(group.getAttribute("aria-required")).toBe("true");
  });
});
