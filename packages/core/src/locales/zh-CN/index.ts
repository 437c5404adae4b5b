import type { MessageTemplate } from "../../i18n/types.js";
import type { en } from "../en/index.js";
import { argument } from "./argument.js";
import { common } from "./common.js";
import { identifiers } from "./identifiers.js";
import { normalize } from "./normalize.js";

/** 简体中文消息。键与英文目录一一对应，缺一条即类型错误。 */
export const zhCN = {
  ...common,
  ...argument,
  ...identifiers,
  ...normalize,
} satisfies Record<keyof typeof en, MessageTemplate>;
