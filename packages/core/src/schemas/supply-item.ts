import * as z from "zod";
import { choice } from "./choice.js";
import { Extra, notes, RecordMeta, text } from "./common.js";
import { entity, field, L } from "./define.js";
import { SUPPLY_CATEGORY } from "./vocabulary/supply.js";

const [SupplyCategoryEnum, supplyCategoryLabels] = choice(SUPPLY_CATEGORY);

/**
 * A kind of supply item: masks, rice, disinfectant, with its unit and pack size.
 *
 * @example
 * ```ts
 * import { SupplyItem } from "@linli/core";
 * SupplyItem.parse({
 *   meta: { id: "s-1", schemaVersion: "0.0.0" },
 *   name: "医用外科口罩",
 *   nameEn: "Surgical mask",
 *   category: "protective-equipment",
 *   unit: "盒",
 *   packSize: 50,
 *   packUnit: "只",
 * });
 * ```
 */
export const SupplyItem = entity(
  z.strictObject({
    meta: RecordMeta,
    name: field(text(500), {
      label: L("物资名称", "Name (Chinese)"),
      hxl: "#item +name +zh",
      pii: "none",
      aliases: ["物资名称", "品名", "物品名称", "名称", "物资", "item", "item name", "name"],
    }),
    nameEn: field(text(500).optional(), {
      label: L("英文名称", "Name (English)"),
      hxl: "#item +name +en",
      pii: "none",
      aliases: ["英文名称", "英文名", "english name", "name (en)"],
    }),
    category: supplyCategory(["物资类别", "类别", "物资分类", "分类", "category"]),
    unit: field(text(20).optional(), {
      label: L("单位", "Unit"),
      hxl: "#item +unit",
      pii: "none",
      aliases: ["单位", "计量单位", "unit", "unit of measure", "uom"],
    }),
    packSize: field(z.number().positive().optional(), {
      label: L("规格数量", "Pack size"),
      description: L(
        "每个单位含多少最小单位，如每盒 50 只",
        "How many base units one unit holds, e.g. 50 per box",
      ),
      pii: "none",
      aliases: ["规格数量", "每件数量", "包装数量", "pack size"],
      form: { widget: "number", inputMode: "decimal" },
    }),
    packUnit: field(text(20).optional(), {
      label: L("最小单位", "Base unit"),
      pii: "none",
      aliases: ["最小单位", "规格单位", "base unit"],
    }),
    spec: field(text(200).optional(), {
      label: L("规格型号", "Specification"),
      pii: "none",
      aliases: ["规格型号", "规格", "型号", "specification", "spec"],
    }),
    code: field(text(64).optional(), {
      label: L("物资编码", "Item code"),
      hxl: "#item +code",
      pii: "none",
      aliases: ["物资编码", "编码", "条码", "sku", "item code"],
    }),
    notes: notes("none"),
    extra: Extra.optional(),
  }),
  {
    entity: "supply-item",
    label: L("物资", "Supply item"),
    description: L("一种物资及其单位、规格", "A kind of supply with its unit and pack size"),
    hxl: "#item",
    identity: [["name"]],
  },
);

/** A supply item. */
export type SupplyItem = z.infer<typeof SupplyItem>;

/**
 * The category of a supply (粮油食品, 药品, 防护用品…), shared by supply items, need lines and
 * pledges so that matching can compare them.
 *
 * @example
 * ```ts
 * import { SupplyCategory } from "@linli/core";
 * SupplyCategory.parse("drinking-water");
 * ```
 */
export const SupplyCategory = SupplyCategoryEnum;
/** The category of a supply. */
export type SupplyCategory = z.infer<typeof SupplyCategoryEnum>;

/** The category field of a supply, need line or pledge line. */
// @__NO_SIDE_EFFECTS__
export function supplyCategory(aliases: readonly string[]) {
  return field(SupplyCategoryEnum.optional(), {
    label: L("物资类别", "Category"),
    hxl: "#item +type",
    pii: "none",
    options: supplyCategoryLabels,
    aliases: [...aliases],
    form: { widget: "select" },
  });
}
