import type { XlsForm, XlsFormSheet } from "./types.js";

// The XLSForm spec's rules (xlsform.org, pyxform), as checks on the sheets.
const TYPES = new Set([
  "text",
  "integer",
  "decimal",
  "range",
  "date",
  "time",
  "dateTime",
  "note",
  "calculate",
  "hidden",
  "acknowledge",
  "geopoint",
  "geotrace",
  "geoshape",
  "barcode",
  "image",
  "audio",
  "video",
  "file",
  "begin_group",
  "end_group",
  "begin_repeat",
  "end_repeat",
  "start",
  "end",
  "today",
  "deviceid",
  "username",
]);
const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const LANGUAGE = /^[^():]+ \([a-z]{2,3}(-[A-Za-z0-9]+)?\)$/;
const HXL = /^#[a-z][a-z0-9_]*( \+[a-z][a-z0-9_]*)*$/;
const TRANSLATABLE = ["label", "hint", "constraint_message", "required_message"];

const records = (sheet: XlsFormSheet) => {
  const [head = [], ...rows] = sheet;
  return rows.map((r, i) => ({
    line: i + 2,
    get: (col: string) => (r[head.indexOf(col)] ?? "").trim(),
  }));
};

function languages(sheet: XlsFormSheet, problems: string[], where: string): Set<string> {
  const byColumn = new Map<string, Set<string>>();
  for (const h of sheet[0] ?? []) {
    const [col, lang] = h.split("::");
    if (lang === undefined) continue;
    if (!LANGUAGE.test(lang)) problems.push(`${where}: language "${lang}" is not "Name (code)"`);
    byColumn.set(col!, (byColumn.get(col!) ?? new Set()).add(lang));
    if (!TRANSLATABLE.includes(col!)) problems.push(`${where}: "${col}" is not translatable`);
  }
  const all = new Set([...byColumn.values()].flatMap((s) => [...s]));
  for (const [col, langs] of byColumn)
    if (langs.size !== all.size) problems.push(`${where}: ${col} lacks a language`);
  return all;
}

function balanced(expr: string): boolean {
  let depth = 0;
  let quote = "";
  for (const ch of expr) {
    if (quote) {
      if (ch === quote) quote = "";
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === "(") depth++;
    else if (ch === ")" && --depth < 0) return false;
  }
  return depth === 0 && !quote;
}

/**
 * Every way the sheets break the XLSForm spec, as readable lines; none for a valid form.
 * A test helper: pyxform is the reference, and it does not run here.
 */
export function specProblems(form: XlsForm): string[] {
  const problems: string[] = [];
  const sheetLangs = languages(form.survey, problems, "survey");
  const choiceLangs = languages(form.choices, problems, "choices");
  for (const l of choiceLangs)
    if (!sheetLangs.has(l)) problems.push(`choices: language ${l} not in survey`);
  const head = form.survey[0] ?? [];
  for (const col of ["type", "name"])
    if (!head.includes(col)) problems.push(`survey: no ${col} column`);
  if (!head.some((h) => h === "label" || h.startsWith("label::")))
    problems.push("survey: no label column");

  const lists = new Map<string, Set<string>>();
  for (const c of records(form.choices)) {
    const list = c.get("list_name");
    const name = c.get("name");
    const at = `choices row ${c.line}`;
    if (!list || !name) problems.push(`${at}: list_name and name are required`);
    if (!NAME.test(list)) problems.push(`${at}: list_name "${list}" is not a valid name`);
    const seen = lists.get(list) ?? new Set();
    if (seen.has(name)) problems.push(`${at}: duplicate choice "${name}" in ${list}`);
    seen.add(name);
    lists.set(list, seen);
    for (const l of choiceLangs)
      if (!c.get(`label::${l}`)) problems.push(`${at}: no label in ${l}`);
  }

  const names = new Map<string, number>();
  const refs: { name: string; at: string }[] = [];
  const stack: { kind: string; names: Set<string> }[] = [{ kind: "survey", names: new Set() }];
  const multipleLists = new Set<string>();
  for (const r of records(form.survey)) {
    const at = `survey row ${r.line}`;
    const [type = "", list, ...more] = r.get("type").split(/\s+/);
    const name = r.get("name");
    if (!type) {
      if (name) problems.push(`${at}: a name without a type`);
      continue;
    }
    if (type === "end_group" || type === "end_repeat") {
      const open = stack.pop();
      if (!open || open.kind !== type.slice(4)) problems.push(`${at}: ${type} closes nothing`);
      continue;
    }
    const select = type === "select_one" || type === "select_multiple";
    if (!select && !TYPES.has(type)) problems.push(`${at}: unknown type "${type}"`);
    if (select && (!list || more.length > 0)) problems.push(`${at}: "${type}" needs one list`);
    if (select && list && !lists.has(list)) problems.push(`${at}: no choice list "${list}"`);
    if (type === "select_multiple" && list) multipleLists.add(list);
    if (!NAME.test(name) || /^xml/i.test(name))
      problems.push(`${at}: "${name}" is not a valid XML name`);
    const level = stack[stack.length - 1]!;
    if (level.names.has(name)) problems.push(`${at}: duplicate name "${name}" in its group`);
    level.names.add(name);
    names.set(name, (names.get(name) ?? 0) + 1);
    if (type === "begin_group" || type === "begin_repeat")
      stack.push({ kind: type.slice(6), names: new Set() });
    if (!["calculate", "hidden", "start", "end", "today", "deviceid", "username"].includes(type))
      for (const l of sheetLangs)
        if (!r.get(`label::${l}`)) problems.push(`${at}: no label in ${l}`);
    const required = r.get("required");
    for (const [col, expr] of [
      ["constraint", r.get("constraint")],
      ["relevant", r.get("relevant")],
      ["required", /^(yes|no|true|false|)$/i.test(required) ? "" : required],
    ] as const) {
      if (!balanced(expr)) problems.push(`${at}: ${col} has unbalanced brackets or quotes`);
      for (const m of expr.matchAll(/\$\{([^}]*)\}/g)) refs.push({ name: m[1]!, at });
    }
    for (const l of sheetLangs) {
      if (r.get(`constraint_message::${l}`) && !r.get("constraint"))
        problems.push(`${at}: a constraint message without a constraint`);
      if (r.get(`required_message::${l}`) && !required)
        problems.push(`${at}: a required message on a question that is not required`);
      if (r.get("constraint") && !r.get(`constraint_message::${l}`))
        problems.push(`${at}: constraint without a message in ${l}`);
    }
    const hxl = r.get("hxl");
    if (hxl && !HXL.test(hxl)) problems.push(`${at}: "${hxl}" is not an HXL hashtag`);
  }
  if (stack.length !== 1) problems.push(`survey: ${stack.length - 1} group(s) never closed`);
  for (const { name, at } of refs) {
    const n = names.get(name) ?? 0;
    if (n !== 1)
      problems.push(`${at}: \${${name}} names ${n === 0 ? "no" : "more than one"} question`);
  }
  for (const list of multipleLists)
    for (const name of lists.get(list) ?? [])
      if (/\s/.test(name)) problems.push(`choices: "${name}" of ${list} has a space`);

  const [sHead = [], sRow = []] = form.settings;
  const setting = (k: string) => (sRow[sHead.indexOf(k)] ?? "").trim();
  if (!NAME.test(setting("form_id"))) problems.push("settings: form_id is not a valid name");
  if (!setting("version")) problems.push("settings: no version");
  const def = setting("default_language");
  if (def && !sheetLangs.has(def)) problems.push(`settings: default_language ${def} has no labels`);
  return problems;
}
