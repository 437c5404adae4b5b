import type { ArgsCode } from "../en/args.js";

/** 所有 `linli` 命令参数错误的中文文字。 */
export const argsZhCN: Record<ArgsCode, string> = {
  "args.unknownCommand": "没有“{name}”这个命令。",
  "args.unknownOption": "{command} 没有“{option}”这个选项。",
  "args.otherCommand": "“{option}”是 {commands} 的选项，不是 {command} 的。",
  "args.missingValue": "“{option}”后面需要写一个值，例如 {example}。",
  "args.noValue": "“{option}”后面不带值，只写 {option} 即可。",
  "args.twice": "“{option}”给了两次（“{first}”和“{second}”），请只给一次。",
  "args.choice": "“{value}”不是 {option} 可用的值；可用：{choices}。",
  "args.extra": "{command} 不需要“{value}”。",
  "args.didYouMean": "是不是想写“{suggestion}”？",
  "args.options": "可用的选项：{options}。",
  "args.help": "运行“{command} --help”查看用法。",
  "args.commands": "运行“linli --help”查看所有命令。",
  "args.lang": "不支持的语言“{value}”，可用：zh-CN、en。",
};
