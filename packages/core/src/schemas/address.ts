import * as z from "zod";
import { GeoPoint } from "./common.js";
import { field, L } from "./define.js";

const part = (max = 100) => z.string().min(1).max(max).optional();

/**
 * The fields of a Chinese address, from country down to room, plus a GB/T 2260 division code
 * and a geo point. Shared by {@link Location} and by the address of residents, households,
 * organisations and needs.
 *
 * @example
 * ```ts
 * import * as z from "zod";
 * import { addressShape } from "@linli/core";
 * const Home = z.strictObject({ building: addressShape.building, room: addressShape.room });
 * ```
 */
export const addressShape = {
  country: field(
    z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
    {
      label: L("国家/地区", "Country"),
      description: L("ISO 3166-1 两位字母代码，如 CN", "ISO 3166-1 alpha-2 code, e.g. CN"),
      hxl: "#country +code",
      pii: "none",
      aliases: ["国家", "国家/地区", "国家代码", "country", "country code"],
      form: { widget: "text", autocomplete: "country" },
    },
  ),
  province: field(part(), {
    label: L("省份", "Province"),
    hxl: "#adm1 +name",
    pii: "none",
    aliases: ["省", "省份", "省/直辖市", "省（直辖市）", "province"],
    form: { autocomplete: "address-level1", group: "address" },
  }),
  city: field(part(), {
    label: L("城市", "City"),
    hxl: "#adm2 +name",
    pii: "none",
    aliases: ["市", "城市", "地级市", "所在市", "city", "prefecture"],
    form: { autocomplete: "address-level2", group: "address" },
  }),
  district: field(part(), {
    label: L("区县", "District"),
    hxl: "#adm3 +name",
    pii: "none",
    aliases: ["区", "县", "区县", "区/县", "所在区县", "district", "county"],
    form: { autocomplete: "address-level3", group: "address" },
  }),
  street: field(part(), {
    label: L("街道", "Subdistrict"),
    description: L("街道办事处或乡镇", "Street office (subdistrict) or township"),
    hxl: "#adm4 +name",
    pii: "none",
    aliases: [
      "街道",
      "街道/乡镇",
      "乡镇",
      "乡镇街道",
      "所属街道",
      "street",
      "subdistrict",
      "township",
    ],
    form: { group: "address" },
  }),
  community: field(part(), {
    label: L("社区", "Community"),
    description: L("社区居委会或村", "Neighbourhood (residents') committee area or village"),
    hxl: "#adm5 +name",
    pii: "quasi",
    aliases: ["社区", "社区/村", "村", "所属社区", "居委会", "community", "village"],
    form: { group: "address" },
  }),
  compound: field(part(), {
    label: L("小区", "Compound"),
    description: L("小区、院落或楼盘名称", "Residential compound or estate"),
    hxl: "#loc +compound",
    pii: "quasi",
    aliases: ["小区", "小区名称", "小区名", "院落", "所在小区", "compound", "estate"],
    form: { group: "address" },
  }),
  building: field(part(20), {
    label: L("楼栋", "Building"),
    hxl: "#loc +building",
    pii: "quasi",
    aliases: ["楼栋", "楼号", "楼栋号", "栋", "幢", "楼", "building", "block"],
    form: { group: "address", inputMode: "text" },
  }),
  unit: field(part(20), {
    label: L("单元", "Unit"),
    hxl: "#loc +unit",
    pii: "quasi",
    aliases: ["单元", "单元号", "unit no", "unit number", "entrance"],
    form: { group: "address" },
  }),
  floor: field(part(20), {
    label: L("楼层", "Floor"),
    hxl: "#loc +floor",
    pii: "quasi",
    aliases: ["楼层", "层", "所在楼层", "floor"],
    form: { group: "address" },
  }),
  room: field(part(20), {
    label: L("房号", "Room"),
    hxl: "#loc +room",
    pii: "quasi",
    aliases: ["房号", "房间号", "门牌号", "室", "room", "apartment", "flat"],
    form: { group: "address" },
  }),
  line: field(part(300), {
    label: L("详细地址", "Address"),
    description: L(
      "完整地址原文；导入时会拆分到上面各字段",
      "The full address as written; import splits it into the fields above",
    ),
    hxl: "#loc +address",
    pii: "quasi",
    aliases: [
      "详细地址",
      "住址",
      "地址",
      "家庭住址",
      "现住址",
      "居住地址",
      "现居住地址",
      "住址（小区楼栋单元门牌号）",
      "address",
      "home address",
    ],
    form: { widget: "textarea", autocomplete: "street-address", group: "address" },
  }),
  divisionCode: field(
    z
      .string()
      .regex(/^\d{6}(\d{3}(\d{3})?)?$/)
      .optional(),
    {
      label: L("行政区划代码", "Division code"),
      description: L(
        "GB/T 2260 六位代码，或统计用九位、十二位代码",
        "GB/T 2260 six-digit code, or the nine- or twelve-digit statistical code",
      ),
      hxl: "#adm3 +code",
      pii: "none",
      aliases: ["行政区划代码", "区划代码", "区划编码", "division code", "admin code"],
      form: { inputMode: "numeric", group: "address" },
    },
  ),
  postcode: field(
    z
      .string()
      .regex(/^[0-9A-Za-z -]{3,10}$/)
      .optional(),
    {
      label: L("邮政编码", "Postcode"),
      hxl: "#loc +postcode",
      pii: "none",
      aliases: ["邮编", "邮政编码", "postcode", "zip", "postal code"],
      form: { inputMode: "numeric", autocomplete: "postal-code", group: "address" },
    },
  ),
  geo: field(GeoPoint.optional(), {
    label: L("坐标", "Coordinates"),
    pii: "quasi",
    form: { group: "address" },
  }),
};

/**
 * An address, as embedded in residents, households, organisations and needs.
 *
 * @example
 * ```ts
 * import { Address } from "@linli/core";
 * Address.parse({ compound: "绿地世纪城", building: "3", unit: "2", room: "301" });
 * ```
 */
export const Address = z.strictObject(addressShape);

/** An address, as embedded in residents, households, organisations and needs. */
export type Address = z.infer<typeof Address>;
