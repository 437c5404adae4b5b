import { expectArgument } from "@linli/core";
import type { XlsForm, XlsFormSheet } from "./types.js";

const BIND_TYPES: Record<string, string> = {
  text: "string",
  integer: "int",
  decimal: "decimal",
  date: "date",
  dateTime: "dateTime",
  time: "time",
  select_one: "string",
  select_multiple: "string",
};

type Row = Readonly<Record<string, string>>;

interface Q {
  readonly row: Row;
  readonly base: string;
  readonly list?: string;
  readonly name: string;
  readonly path: string;
  readonly children?: Q[];
  readonly repeat?: boolean;
}

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The rows of a sheet as records keyed by its header. */
function rowsOf(sheet: XlsFormSheet): Row[] {
  const [head = [], ...rest] = sheet;
  return rest
    .filter((r) => r.some((c) => c.trim() !== ""))
    .map((r) => Object.fromEntries(head.map((h, i) => [h.trim(), (r[i] ?? "").trim()])));
}

/** Languages of `label::Chinese (zh)`-style columns, in column order. */
function languagesOf(sheet: XlsFormSheet): string[] {
  const out: string[] = [];
  for (const h of sheet[0] ?? []) {
    const m = /^label::(.+)$/.exec(h.trim());
    if (m && !out.includes(m[1]!)) out.push(m[1]!);
  }
  return out;
}

function nest(rows: Row[], root: string): Q[] {
  const top: Q[] = [];
  const stack: Q[][] = [top];
  const paths = [root];
  for (const row of rows) {
    const [base = "", list] = row.type!.split(/\s+/);
    const into = stack[stack.length - 1]!;
    if (base === "end_group" || base === "end_repeat") {
      stack.pop();
      paths.pop();
      continue;
    }
    const path = `${paths[paths.length - 1]}/${row.name}`;
    if (base === "begin_group" || base === "begin_repeat") {
      const children: Q[] = [];
      into.push({ row, base, name: row.name!, path, children, repeat: base === "begin_repeat" });
      stack.push(children);
      paths.push(path);
      continue;
    }
    if (!(base in BIND_TYPES)) throw new TypeError(`xform: unsupported question type "${base}"`);
    into.push({ row, base, ...(list ? { list } : {}), name: row.name!, path });
  }
  return top;
}

/**
 * The ODK XForm (XML) of an XLSForm, as pyxform writes it: itext translations per language,
 * choice lists as secondary instances, binds with types, `required`, `constraint` and
 * `relevant` (with `${name}` references resolved to paths) and their messages, groups,
 * repeats with a `jr:template`, and `meta/instanceID`. It reads the question types and
 * columns that {@link xlsForm} writes.
 *
 * @example
 * ```ts
 * import { xform, xlsForm } from "@linli/forms/xlsform";
 * const xml = xform(xlsForm({ entity: "need" }));
 * xml.includes('<data id="linli_need"'); // true
 * ```
 */
export function xform(form: XlsForm): string {
  expectArgument("xform", "form", "object", form);
  const settings = rowsOf(form.settings)[0] ?? {};
  const langs = languagesOf(form.survey);
  const def = settings.default_language ?? langs[0] ?? "";
  const survey = nest(rowsOf(form.survey), "/data");
  const paths = new Map<string, string>();
  const walk = (qs: Q[], f: (q: Q) => void) => {
    for (const q of qs) {
      f(q);
      if (q.children) walk(q.children, f);
    }
  };
  walk(survey, (q) => paths.set(q.name, q.path));
  const expr = (e: string) =>
    e.replace(/\$\{([^}]+)\}/g, (_, n: string) => {
      const p = paths.get(n);
      if (!p) throw new TypeError(`xform: \${${n}} names no question`);
      return p;
    });

  // itext: one text per question column and choice, in every language.
  const itext = new Map<string, Map<string, string>>(langs.map((l) => [l, new Map()]));
  const put = (id: string, col: string, row: Row) => {
    let any = false;
    for (const l of langs) {
      const v = row[`${col}::${l}`] ?? "";
      if (v) any = true;
      itext.get(l)!.set(id, v || "-");
    }
    if (!any) for (const l of langs) itext.get(l)!.delete(id);
    return any;
  };
  const ref = (id: string) => `jr:itext('${id}')`;

  const choiceRows = rowsOf(form.choices);
  const lists = new Map<string, Row[]>();
  for (const c of choiceRows) lists.set(c.list_name!, [...(lists.get(c.list_name!) ?? []), c]);
  const instances: string[] = [];
  for (const [list, items] of lists) {
    const xs = items.map((c, i) => {
      put(`${list}-${i}`, "label", c);
      return `<item><itextId>${list}-${i}</itextId><name>${esc(c.name!)}</name></item>`;
    });
    instances.push(`<instance id="${esc(list)}"><root>${xs.join("")}</root></instance>`);
  }

  const binds: string[] = [];
  const body: string[] = [];
  const data = (qs: Q[]): string =>
    qs
      .map((q) => {
        const inner = q.children ? data(q.children) : "";
        const el = q.children ? `<${q.name}>${inner}</${q.name}>` : `<${q.name}/>`;
        return q.repeat ? `<${q.name} jr:template="">${inner}</${q.name}>` : el;
      })
      .join("");
  const controls = (qs: Q[], out: string[]) => {
    for (const q of qs) {
      const r = q.row;
      const attrs: string[] = [`nodeset="${q.path}"`];
      if (BIND_TYPES[q.base]) attrs.push(`type="${BIND_TYPES[q.base]}"`);
      if (r.required) {
        attrs.push(
          `required="${esc(/^(yes|true)$/i.test(r.required) ? "true()" : expr(r.required))}"`,
        );
        if (put(`${q.path}:jr:requiredMsg`, "required_message", r))
          attrs.push(`jr:requiredMsg="${ref(`${q.path}:jr:requiredMsg`)}"`);
      }
      if (r.constraint) {
        attrs.push(`constraint="${esc(expr(r.constraint))}"`);
        if (put(`${q.path}:jr:constraintMsg`, "constraint_message", r))
          attrs.push(`jr:constraintMsg="${ref(`${q.path}:jr:constraintMsg`)}"`);
      }
      if (r.relevant) attrs.push(`relevant="${esc(expr(r.relevant))}"`);
      if (attrs.length > 1) binds.push(`<bind ${attrs.join(" ")}/>`);
      const label = put(`${q.path}:label`, "label", r)
        ? `<label ref="${ref(`${q.path}:label`)}"/>`
        : "";
      const hint = put(`${q.path}:hint`, "hint", r) ? `<hint ref="${ref(`${q.path}:hint`)}"/>` : "";
      const app = r.appearance ? ` appearance="${esc(r.appearance)}"` : "";
      if (q.children) {
        const inner: string[] = [];
        controls(q.children, inner);
        if (q.repeat)
          out.push(
            `<group ref="${q.path}">${label}<repeat nodeset="${q.path}"${app}>${inner.join("")}</repeat></group>`,
          );
        else out.push(`<group ref="${q.path}"${app}>${label}${inner.join("")}</group>`);
        continue;
      }
      if (q.list) {
        const tag = q.base === "select_multiple" ? "select" : "select1";
        const items = `<itemset nodeset="instance('${q.list}')/root/item"><value ref="name"/><label ref="jr:itext(itextId)"/></itemset>`;
        out.push(`<${tag} ref="${q.path}"${app}>${label}${hint}${items}</${tag}>`);
      } else out.push(`<input ref="${q.path}"${app}>${label}${hint}</input>`);
    }
  };
  controls(survey, body);
  binds.push(
    `<bind nodeset="/data/meta/instanceID" type="string" readonly="true()" jr:preload="uid"/>`,
  );

  const translations = langs.map((l) => {
    const texts = [...itext.get(l)!].map(
      ([id, v]) => `<text id="${esc(id)}"><value>${esc(v)}</value></text>`,
    );
    const d = l === def ? ` default="true()"` : "";
    return `<translation lang="${esc(l)}"${d}>${texts.join("")}</translation>`;
  });
  const version = settings.version ? ` version="${esc(settings.version)}"` : "";
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<h:html xmlns="http://www.w3.org/2002/xforms" xmlns:ev="http://www.w3.org/2001/xml-events" xmlns:h="http://www.w3.org/1999/xhtml" xmlns:jr="http://openrosa.org/javarosa" xmlns:odk="http://www.opendatakit.org/xforms" xmlns:orx="http://openrosa.org/xforms" xmlns:xsd="http://www.w3.org/2001/XMLSchema">`,
    `<h:head><h:title>${esc(settings.form_title ?? settings.form_id ?? "data")}</h:title>`,
    `<model odk:xforms-version="1.0.0"><itext>${translations.join("")}</itext>`,
    `<instance><data id="${esc(settings.form_id ?? "data")}"${version}>${data(survey)}<meta><instanceID/></meta></data></instance>`,
    ...instances,
    ...binds,
    `</model></h:head>`,
    `<h:body>${body.join("")}</h:body>`,
    `</h:html>`,
    "",
  ].join("\n");
}
