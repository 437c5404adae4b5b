import type { argument as en } from "../en/argument.js";

/** 代码中传入的参数无法使用时的消息。 */
export const argument: Record<keyof typeof en, string> = {
  "argument.invalid": "{fn}：{name} 应为{expected}，实际传入的是{got}。",
  "argument.kind.text": "文本",
  "argument.kind.texts": "文本列表",
  "argument.kind.list": "列表",
  "argument.kind.object": "对象",
  "argument.kind.options": "选项对象（或不传）",
  "argument.kind.number": "数字",
  "argument.kind.function": "函数",
  "argument.kind.entity": "实体名称（{names}）",
  "argument.kind.bytes": "字节（Uint8Array）或文本",
  "argument.kind.record": "一条记录（对象）",
  "argument.kind.records": "记录（对象）列表",
  "argument.kind.sources": "数据来源列表（文件、记录或之前的合并结果）",
  "argument.kind.mergeResult": "合并结果",
  "argument.kind.data": "文件、字节、文本或记录",
  "argument.got.undefined": "空值（undefined）",
  "argument.got.null": "null",
  "argument.got.string": "文本",
  "argument.got.number": "数字",
  "argument.got.boolean": "布尔值",
  "argument.got.array": "列表",
  "argument.got.object": "对象",
  "argument.got.function": "函数",
  "argument.got.other": "{type} 类型的值",
};
