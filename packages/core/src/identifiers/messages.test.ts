import {
  checkCitizenId,
  checkCnMobile,
  checkCreditCode,
  checkPhone,
  type Issue,
  parsePhones,
  templateParams,
} from "@linli/core";
import { checkDivisionCode } from "@linli/core/divisions";
import { describe, expect, it } from "vitest";
import { identifiers as en } from "../locales/en/identifiers.js";
import { identifiers as zhCN } from "../locales/zh-CN/identifiers.js";

const issuesOf = (
  r: { ok: true; warnings: readonly Issue[] } | { ok: false; issues: readonly Issue[] },
) => (r.ok ? r.warnings : r.issues);

// One input per message code that makes a check emit it.
const triggers: Record<keyof typeof en, () => readonly Issue[]> = {
  "citizenId.empty": () => issuesOf(checkCitizenId("")),
  "citizenId.length": () => issuesOf(checkCitizenId("11010519491231002")),
  "citizenId.charset": () => issuesOf(checkCitizenId("11010519491231002Y")),
  "citizenId.region": () => issuesOf(checkCitizenId("99010519491231002X")),
  "citizenId.birthDate": () => issuesOf(checkCitizenId("110105194913310021")),
  "citizenId.future": () => issuesOf(checkCitizenId("110105299912310020")),
  "citizenId.checksum": () => issuesOf(checkCitizenId("110105194912310021")),
  "citizenId.scientificNotation": () => issuesOf(checkCitizenId("1.10105E+17")),
  "citizenId.masked": () => issuesOf(checkCitizenId("110105********002X")),
  "citizenId.legacyUpgraded": () => issuesOf(checkCitizenId("110105491231002")),
  "creditCode.empty": () => issuesOf(checkCreditCode("")),
  "creditCode.length": () => issuesOf(checkCreditCode("9111000060003734")),
  "creditCode.charset": () => issuesOf(checkCreditCode("91110000600037341O")),
  "creditCode.authority": () => issuesOf(checkCreditCode("B1110000600037341L")),
  "creditCode.region": () => issuesOf(checkCreditCode("9111A000600037341L")),
  "creditCode.checksum": () => issuesOf(checkCreditCode("91110000600037341M")),
  "creditCode.scientificNotation": () => issuesOf(checkCreditCode("9.1110E+17")),
  "phone.empty": () => issuesOf(checkPhone("")),
  "phone.invalid": () => issuesOf(checkPhone("电话")),
  "phone.cnMobile.length": () => issuesOf(checkCnMobile("1380013800")),
  "phone.cnMobile.prefix": () => issuesOf(checkCnMobile("12800138000")),
  "phone.cnMobile.foreign": () => issuesOf(checkCnMobile("+852 9123 4567")),
  "phone.extension": () => issuesOf(checkPhone("029-88886666 转 801")),
  "phone.masked": () => issuesOf(parsePhones("138****8000")),
  "phone.unread": () => issuesOf(parsePhones("13800138000，1380013800")),
  "division.format": () => issuesOf(checkDivisionCode("6101")),
  "division.unknown": () => issuesOf(checkDivisionCode("610199")),
};

const placeholders = (t: string) => templateParams(t);

describe("identifier messages", () => {
  it("has every code in zh-CN and en, with the same placeholders", () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
    for (const code of Object.keys(en) as (keyof typeof en)[]) {
      expect(en[code].length, code).toBeGreaterThan(0);
      expect(zhCN[code].length, code).toBeGreaterThan(0);
      expect(placeholders(zhCN[code]), code).toEqual(placeholders(en[code]));
    }
  });

  it.each(Object.keys(triggers) as (keyof typeof en)[])(
    "emits %s with both messages fully filled in",
    (code) => {
      const found = triggers[code]().find((i) => i.code === code);
      expect(found, code).toBeDefined();
      expect(found?.message["zh-CN"]).not.toMatch(/\{\w+\}/);
      expect(found?.message.en).not.toMatch(/\{\w+\}/);
      expect(found?.message["zh-CN"]).toMatch(/[\u4e00-\u9fff]/);
    },
  );
});
