import { entities, SCHEMA_VERSION, validate, validator } from "@linli/core";
import { describe, expect, it } from "vitest";

const meta = { id: "r-1", schemaVersion: "0.0.0" };

describe("validator", () => {
  it("accepts a valid record and returns it typed", () => {
    const r = validate("resident", { meta, name: "王伟" });
    expect(r).toEqual({ ok: true, value: { meta, name: "王伟" } });
  });

  it("names fields by their labels, in zh-CN and en", () => {
    const r = validate("resident", { meta, name: "", gender: "男", birthDate: "1985/3/2" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byPath = Object.fromEntries(r.issues.map((i) => [i.path?.join("."), i]));
    expect(byPath.name?.message["zh-CN"]).toBe("姓名不能为空");
    expect(byPath.gender?.message["zh-CN"]).toBe("性别应为以下之一：男、女、其他");
    expect(byPath.gender?.message.en).toBe("Gender must be one of: Male, Female, Other");
    expect(byPath.birthDate?.code).toBe("schema.formatPartialDate");
  });

  it("reports missing required fields and unknown fields", () => {
    const r = validate("resident", { meta, nickname: "小王" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.code).sort()).toEqual(["record.identity", "schema.unknownField"]);
    expect(r.issues.find((i) => i.code === "record.identity")?.message["zh-CN"]).toMatch(
      /^记录缺少可识别的信息，至少需要填写以下一项：姓名、身份证号、护照号/,
    );
    const need = validate("need", { meta, status: "open" });
    expect(need.ok || need.issues.map((i) => i.code)).toEqual(["record.identity"]);
    const noStatus = validate("need", { meta, category: "medicine" });
    expect(noStatus.ok || noStatus.issues.map((i) => i.message.en)).toEqual(["Status is required"]);
  });

  it("accepts a resident known only by a citizen ID, and a need known only by what is needed", () => {
    const id = [{ scheme: "cn-citizen-id", value: "11010519491231002X" }];
    expect(validate("resident", { meta, identifiers: id }).ok).toBe(true);
    expect(validate("need", { meta, items: [{ name: "大米" }], status: "open" }).ok).toBe(true);
  });

  it("counts positions in lists from 1 and lists the accepted document types", () => {
    const r = validate("resident", {
      meta,
      name: "x",
      identifiers: [{ scheme: "驾照", value: "1" }],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]?.message["zh-CN"]).toMatch(
      /^证件 › 第1项 › 证件类型应为以下之一：居民身份证、护照/,
    );
  });

  it("says what a web or e-mail address should look like", () => {
    // "Website is not in the expected format" said nothing of what was expected.
    const r = validate("organization", {
      meta,
      name: "阳光志愿队",
      website: "www.facebook.com/MoriahCity",
      email: "help@",
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.message)).toEqual([
      {
        "zh-CN": "电子邮箱格式不正确，应为电子邮箱地址，如 name@example.org",
        en: "Email is not in the expected format: expected an e-mail address such as name@example.org",
      },
      {
        "zh-CN": "网址格式不正确，应为以 http:// 或 https:// 开头的网址，如 https://example.org",
        en: "Website is not in the expected format: expected a web address starting with http:// or https://, e.g. https://example.org",
      },
    ]);
  });

  it("says when a number must be whole", () => {
    const r = validate("household", { meta, headName: "王伟", size: 2.5 });
    expect(!r.ok && r.issues[0]?.message["zh-CN"]).toBe("家庭人数应为整数");
  });

  it("throws a clear error for an unknown entity", () => {
    expect(() => validator("person" as never)).toThrowError(
      expect.objectContaining({
        code: "argument.invalid",
        message: expect.stringMatching(
          /^validator: name must be the name of an entity \(resident, /,
        ),
        localized: expect.objectContaining({ "zh-CN": expect.stringContaining("实体名称") }),
      }),
    );
  });

  it("agrees with safeParse on the verdict", () => {
    const check = validator("need");
    for (const x of [
      { meta, requesterName: "张静", category: "medicine", status: "open" },
      { meta },
    ]) {
      expect(check.is(x)).toBe(entities.need.safeParse(x).success);
    }
  });

  it("exposes every entity schema as a Standard Schema", async () => {
    for (const schema of Object.values(entities)) {
      const std = schema["~standard"];
      expect(std.version).toBe(1);
      expect(std.vendor).toBe("zod");
      const bad = await std.validate({});
      expect("issues" in bad && bad.issues && bad.issues.length > 0).toBe(true);
    }
    const good = await entities.resident["~standard"].validate({
      meta: { id: "x", schemaVersion: SCHEMA_VERSION },
      name: "王伟",
    });
    expect("value" in good && good.value).toMatchObject({ name: "王伟" });
  });
});
