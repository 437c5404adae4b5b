/** English texts of argument errors of every `linli` command. The keys define the codes. */
export const argsEn = {
  "args.unknownCommand": "There is no command “{name}”.",
  "args.unknownOption": "“{option}” is not an option of {command}.",
  "args.otherCommand": "“{option}” is an option of {commands}, not of {command}.",
  "args.missingValue": "“{option}” needs a value, e.g. {example}.",
  "args.noValue": "“{option}” takes no value; write {option} alone.",
  "args.twice": "“{option}” was given twice (“{first}”, “{second}”); give it once.",
  "args.choice": "“{value}” is not a value of {option}; use one of {choices}.",
  "args.extra": "{command} does not take “{value}”.",
  "args.didYouMean": "Did you mean “{suggestion}”?",
  "args.options": "Its options: {options}.",
  "args.help": "Run “{command} --help” for usage.",
  "args.commands": "Run “linli --help” to see the commands.",
  "args.lang": "Unsupported language “{value}”; use zh-CN or en.",
} as const;

/** A code of the texts of argument errors. */
export type ArgsCode = keyof typeof argsEn;
