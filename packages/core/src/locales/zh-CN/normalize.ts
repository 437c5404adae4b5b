import type { normalize as en } from "../en/normalize.js";

export const normalize = {
  "date.empty": "日期为空",
  "date.format":
    "无法识别日期“{value}”，应为 1985-03-02、1985/3/2、1985年3月2日 或 19850302 等格式",
  "date.incomplete": "“{value}”不是完整的日期，应包含年、月、日，如 1985-03-02",
  "date.year": "“{value}”中的年份 {year} 超出范围，应在 1000 至 9999 之间",
  "date.month": "“{value}”中的月份 {month} 不存在，月份应为 1 至 12",
  "date.invalid":
    "“{value}”不是真实存在的日期：{year}年{month}月只有 {days} 天，填写的却是 {day} 日",
  "date.ambiguous":
    "“{value}”既可理解为 {first}，也可理解为 {second}；请把年份写在前面（如 1985-03-02），或指定日期顺序",
  "date.time": "“{value}”中的时间“{time}”无效：小时应为 0 至 23，分钟和秒应为 0 至 59，如 14:30:21",
  "date.offset": "“{value}”中的时区偏移“{offset}”无效，应为 +08:00 或 Z 这样的形式",
  "date.excelLeapDay":
    "Excel 日期序号 {value} 对应 1900-02-29，这一天并不存在（Excel 的历史遗留问题），请核对原单元格",
  "date.serialRange":
    "Excel 日期序号 {value} 超出 Excel 能表示的日期范围，应在 {min} 至 {max} 之间",
  "date.yearAssumed": "“{value}”没有年份，已按 {year} 年处理，请核对或补上年份",
  "date.future": "“{value}”读作 {read}，晚于今天（{today}），请核对年份",
  "date.sixDigits": "“{value}”已按年月读作 {read}；如果是两位年份的年月日（{other}），请写全日期",
  "date.centuryAssumed": "“{value}”的年份只有两位，已按 {year} 年处理，请核对或写全四位年份",

  "gender.empty": "性别为空",
  "gender.unknown": "“{value}”表示性别未知或未说明（GB/T 2261.1 代码 0、9），应填写男、女或其他",
  "gender.hint": "“{value}”是称谓，只能推测性别；已按“{gender}”读入，请核对或填写性别",
  "gender.invalid": "无法识别性别“{value}”，应填写男/女、M/F、male/female、1（男）/2（女）或其他",
} as const satisfies Record<keyof typeof en, string>;
