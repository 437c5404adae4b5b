import * as z from "zod";
import { PARTIAL_DATE_PATTERN } from "../normalize/parse-partial-date/parse-partial-date.js";
import { choice } from "./choice.js";
import { field, L } from "./define.js";
import type { PiiClass } from "./meta.js";
import { EMAIL_PATTERN, URL_PATTERN } from "./patterns.js";

/**
 * Semantic version of the data model written into every record's `meta.schemaVersion`.
 *
 * @example
 * ```ts
 * import { SCHEMA_VERSION_PATTERN } from "@linli/core";
 * SCHEMA_VERSION_PATTERN.test("0.1.0"); // true
 * ```
 */
export const SCHEMA_VERSION_PATTERN = /^\d+\.\d+\.\d+$/;

/**
 * A calendar date `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import { date } from "@linli/core";
 * date().parse("2022-01-05");
 * ```
 */
// @__NO_SIDE_EFFECTS__
export const date = () => z.iso.date();

/**
 * A date known to the day, the month or the year: ISO 8601 `YYYY-MM-DD`, `YYYY-MM` or
 * `YYYY`, as birth dates are often recorded (出生年月 1991.11). JSON Schema: a `pattern`,
 * with `x-format: "date-partial"`.
 *
 * @example
 * ```ts
 * import { partialDate } from "@linli/core";
 * partialDate().parse("1991-11");
 * ```
 */
// @__NO_SIDE_EFFECTS__
export const partialDate = () => z.stringFormat("date-partial", PARTIAL_DATE_PATTERN);

/**
 * An instant as ISO 8601 with a UTC offset, e.g. `2022-01-05T14:30:00+08:00`.
 *
 * @example
 * ```ts
 * import { dateTime } from "@linli/core";
 * dateTime().parse("2022-01-05T14:30:00+08:00");
 * ```
 */
// @__NO_SIDE_EFFECTS__
export const dateTime = () => z.iso.datetime({ offset: true });

/**
 * Free-form text of a single line.
 *
 * @example
 * ```ts
 * import { text } from "@linli/core";
 * text(100).parse("高血压，每月需要取药");
 * ```
 */
// @__NO_SIDE_EFFECTS__
export const text = (max = 200) => z.string().min(1).max(max);

/**
 * A reference to another record by its `meta.id`.
 *
 * @example
 * ```ts
 * import * as z from "zod";
 * import { ref } from "@linli/core";
 * const Assignment = z.strictObject({ volunteerId: ref() });
 * ```
 */
// @__NO_SIDE_EFFECTS__
export const ref = () => z.string().min(1).max(128);

/**
 * Columns a source had that the model has no field for, kept instead of dropped: a list of
 * header and value pairs, so that duplicate headers, their order, and header texts such as
 * `__proto__` survive without touching any object's keys.
 *
 * @example
 * ```ts
 * import { Extra } from "@linli/core";
 * Extra.parse([{ header: "楼长", value: "张建国" }]);
 * ```
 */
export const Extra = field(
  z
    .array(
      z.strictObject({
        header: field(z.string().min(1).max(200), {
          label: L("列名", "Column header"),
          pii: "none",
        }),
        value: field(z.union([z.string().max(32_767), z.number(), z.boolean(), z.null()]), {
          label: L("内容", "Value"),
          pii: "sensitive",
        }),
        hxl: field(
          z
            .string()
            .regex(/^#[a-z][a-z0-9_]*(?:\+[a-z][a-z0-9_]*)*$/)
            .max(200)
            .optional(),
          {
            label: L("HXL 标签", "HXL hashtag"),
            description: L(
              "源文件中该列的 HXL 标签，导出 HXL 时写回",
              "The column's HXL hashtag in the source, written back by an HXL export",
            ),
            pii: "none",
          },
        ),
      }),
    )
    .max(16_384),
  {
    label: L("其他列", "Extra columns"),
    description: L(
      "导入时未能对应到字段的列，按原列名和顺序保留",
      "Columns of the source that map to no field, kept with their headers and in their order",
    ),
    pii: "sensitive",
    form: { hidden: true },
  },
);

const Submission = z.strictObject({
  id: field(text(64).optional(), {
    label: L("答卷编号", "Submission ID"),
    pii: "none",
    aliases: ["序号", "答卷编号", "编号", "序列号", "submission id"],
  }),
  at: field(dateTime().optional(), {
    label: L("提交时间", "Submitted at"),
    hxl: "#date +reported",
    pii: "none",
    aliases: ["提交答卷时间", "提交时间", "填写时间", "submitted at", "submission time"],
  }),
  updatedAt: field(dateTime().optional(), {
    label: L("修改时间", "Modified at"),
    pii: "none",
    aliases: ["修改时间", "modified at"],
  }),
  by: field(text(100).optional(), {
    label: L("提交人", "Submitted by"),
    pii: "direct",
    aliases: ["提交人", "填报人", "填写人", "登记人", "submitted by"],
  }),
  duration: field(text(40).optional(), {
    label: L("所用时间", "Time taken"),
    pii: "none",
    aliases: ["所用时间", "答题时长", "填写时长", "time taken"],
  }),
  channel: field(text(100).optional(), {
    label: L("来源渠道", "Channel"),
    pii: "none",
    aliases: ["来源", "来源渠道", "渠道", "channel"],
  }),
  ip: field(text(64).optional(), {
    label: L("来源 IP", "Source IP"),
    pii: "quasi",
    aliases: ["来自IP", "来源IP", "IP", "IP地址", "ip address"],
  }),
});

/**
 * A cell an import could not read: left out of the record, its text kept here with its column
 * so that nothing a file held is lost and a person can correct it.
 *
 * @example
 * ```ts
 * import { WithheldCell } from "@linli/core";
 * WithheldCell.parse({ column: "与户主关系", field: "household.relationToHead", value: "表哥", code: "cell.enum" });
 * ```
 */
export const WithheldCell = z.strictObject({
  column: field(z.string().min(1).max(200), {
    label: L("列名", "Column header"),
    description: L(
      "单元格所在列的表头；为整份文件设定的值（--set）写作“--set 字段”",
      "The header of the cell's column; for a value given for the whole file (--set), “--set <field>”",
    ),
    pii: "none",
  }),
  field: field(z.string().min(1).max(200).optional(), {
    label: L("字段", "Field"),
    description: L("该列对应的字段键", "The column key the column maps to"),
    pii: "none",
  }),
  value: field(z.string().max(32_767), {
    label: L("原始内容", "Original text"),
    pii: "sensitive",
  }),
  code: field(z.string().min(1).max(100), {
    label: L("原因代码", "Reason code"),
    pii: "none",
  }),
  source: field(text(200).optional(), {
    label: L("来源", "Source"),
    description: L(
      "合并后的记录中，该单元格所在行的来源",
      "In a merged record, the source of the cell's row",
    ),
    pii: "none",
  }),
});

/** A cell an import could not read, kept in `meta.withheld`. */
export type WithheldCell = z.infer<typeof WithheldCell>;

/**
 * The metadata block every record carries.
 *
 * @example
 * ```ts
 * import { RecordMeta, SCHEMA_VERSION } from "@linli/core";
 * RecordMeta.parse({ id: "r-1", schemaVersion: SCHEMA_VERSION, source: "丈八社区" });
 * ```
 */
export const RecordMeta = field(
  z.strictObject({
    id: field(z.string().min(1).max(128), {
      label: L("记录编号", "Record ID"),
      description: L("记录在 linli 中的唯一编号", "Unique identifier of the record"),
      hxl: "#meta +id",
      pii: "none",
      aliases: ["记录编号", "记录ID", "record id", "id"],
    }),
    schemaVersion: field(z.string().regex(SCHEMA_VERSION_PATTERN), {
      label: L("数据标准版本", "Schema version"),
      pii: "none",
    }),
    source: field(text(200).optional(), {
      label: L("数据来源", "Source"),
      description: L(
        "记录来自哪个社区、组织或文件",
        "The community, organisation or file the record came from",
      ),
      hxl: "#meta +source",
      pii: "none",
      aliases: ["数据来源", "来源社区", "填报单位", "source"],
    }),
    createdAt: field(dateTime().optional(), {
      label: L("创建时间", "Created at"),
      pii: "none",
      aliases: ["创建时间", "登记时间", "created at"],
    }),
    updatedAt: field(dateTime().optional(), {
      label: L("更新时间", "Updated at"),
      pii: "none",
      aliases: ["更新时间", "最后更新", "updated at"],
    }),
    withheld: field(z.array(WithheldCell).max(500).optional(), {
      label: L("暂缓录入的单元格", "Withheld cells"),
      description: L(
        "导入时无法识别、未写入记录的单元格，保留原列名和原文，便于核对更正",
        "Cells an import could not read and left out of the record, kept with their column and text so they can be checked and corrected",
      ),
      pii: "sensitive",
    }),
    submission: field(Submission.optional(), {
      label: L("问卷提交信息", "Survey submission"),
      description: L(
        "问卷星、金数据等问卷平台导出的提交信息",
        "Submission details from survey platforms such as Wenjuanxing or Jinshuju",
      ),
      pii: "quasi",
    }),
  }),
  {
    label: L("记录信息", "Record metadata"),
    pii: "none",
    form: { hidden: true },
  },
);

const [CoordinateSystem, crsLabels] = choice({
  WGS84: L("WGS-84（GPS）", "WGS-84 (GPS)"),
  "GCJ-02": L("GCJ-02（高德、腾讯地图）", "GCJ-02 (Amap, Tencent Maps)"),
  "BD-09": L("BD-09（百度地图）", "BD-09 (Baidu Maps)"),
});

/**
 * A point with its coordinate system named: Chinese map services use shifted systems.
 *
 * @example
 * ```ts
 * import { GeoPoint } from "@linli/core";
 * GeoPoint.parse({ lat: 34.2232, lon: 108.9486, crs: "GCJ-02" });
 * ```
 */
export const GeoPoint = z.strictObject({
  lat: field(z.number().min(-90).max(90), {
    label: L("纬度", "Latitude"),
    hxl: "#geo +lat",
    pii: "quasi",
    aliases: ["纬度", "lat", "latitude"],
    form: { widget: "number", inputMode: "decimal" },
  }),
  lon: field(z.number().min(-180).max(180), {
    label: L("经度", "Longitude"),
    hxl: "#geo +lon",
    pii: "quasi",
    aliases: ["经度", "lon", "lng", "longitude"],
    form: { widget: "number", inputMode: "decimal" },
  }),
  crs: field(CoordinateSystem, {
    label: L("坐标系", "Coordinate system"),
    pii: "none",
    options: crsLabels,
    aliases: ["坐标系", "crs", "coordinate system"],
    form: { widget: "select" },
  }),
});

/**
 * An e-mail address (a plain pattern, so every validator gives the same verdict).
 *
 * @example
 * ```ts
 * import { email } from "@linli/core";
 * email().parse("help@example.org");
 * ```
 */
// @__NO_SIDE_EFFECTS__
export const email = () => z.string().max(254).regex(EMAIL_PATTERN);

/**
 * An http(s) URL.
 *
 * @example
 * ```ts
 * import { url } from "@linli/core";
 * url().parse("https://example.org/services");
 * ```
 */
// @__NO_SIDE_EFFECTS__
export const url = () => z.string().max(2000).regex(URL_PATTERN);

/** Free-text notes. Their PII class depends on what the entity is about. */
// @__NO_SIDE_EFFECTS__
export const notes = (pii: PiiClass, aliases: readonly string[] = []) =>
  field(text(2000).optional(), {
    label: L("备注", "Notes"),
    hxl: "#description +notes",
    pii,
    aliases: ["备注", "说明", ...aliases, "notes"],
    form: { widget: "textarea" },
  });
