import {
  describe,
  entities,
  entityMeta,
  entityNames,
  identityColumns,
  type Node,
} from "@linli/core";
import { type Code, code, Hoister, join, pascal, regex } from "./util.js";

const lit = (s: string): Code => ({ key: s, code: s });
const ADDRESS_KEYS = new Set([
  "country",
  "province",
  "city",
  "district",
  "street",
  "community",
  "compound",
  "building",
  "unit",
  "floor",
  "room",
  "line",
  "divisionCode",
  "postcode",
  "geo",
]);
const PREFIX: Record<string, string> = {
  resident: "r",
  household: "h",
  location: "l",
  organization: "o",
  need: "n",
  "supply-item": "s",
  "stock-movement": "m",
  volunteer: "v",
  shift: "sh",
  "health-check": "hc",
  commitment: "c",
  allocation: "a",
  "delivery-task": "t",
  "match-run": "run",
};

/** A realistic value chosen by what the field means (its HXL tag or key), if there is one. */
function semantic(node: Node, key: string): string | undefined {
  const hxl = node.meta?.hxl ?? "";
  if (node.kind === "string") {
    if (key === "citizenId") return "v.citizenId()";
    if (hxl === "#beneficiary +name" || hxl.startsWith("#contact +name")) return "v.personName()";
    if (hxl.startsWith("#contact +phone")) return "v.phoneNumber()";
    if (hxl === "#date +birth") return "v.birthDate()";
    if (hxl === "#org +name") return "v.orgName()";
    if (hxl.startsWith("#item +name")) return "v.itemName()";
    if (hxl === "#item +unit" || key === "unit") return "v.unit()";
    if (hxl === "#loc +name") return "v.placeName()";
    if (node.format === "date") return "v.date()";
    if (node.format === "date-time") return "v.dateTime()";
  }
  if (node.kind === "number") {
    if (hxl === "#indicator +temperature") return "v.temperature()";
    if (hxl === "#item +num" || key === "quantity") return "v.quantity()";
  }
  if (node.kind === "array" && key === "phones") return "v.phones()";
  if (node.kind === "array" && key === "identifiers" && node.item.kind === "union") {
    const literals = JSON.stringify(node.item.options);
    if (literals.includes('"cn-citizen-id"')) return "v.identifiers()";
    if (literals.includes('"cn-uscc"')) return "v.orgIdentifiers()";
  }
  return undefined;
}

function expr(node: Node, key: string, h: Hoister): Code {
  if (key === "extra") {
    return lit(
      'fc.array(fc.record({ header: fc.constantFrom("原序号", "楼长", "备注2", "网格员", "__proto__"), value: fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.boolean(), fc.constant(null)) }), { maxLength: 3 })',
    );
  }
  const s = semantic(node, key);
  if (s) return lit(s);
  switch (node.kind) {
    case "string": {
      if (node.patterns.length > 0) {
        const filters: string[] = [];
        if (node.minLength !== undefined) filters.push(`s.length >= ${node.minLength}`);
        if (node.maxLength !== undefined) filters.push(`s.length <= ${node.maxLength}`);
        const base = `fc.stringMatching(${regex(node.patterns[0]!)})`;
        const rest = node.patterns.slice(1).map((p) => `${regex(p)}.test(s)`);
        const all = [...filters, ...rest];
        return h.use(lit(all.length ? `${base}.filter((s) => ${all.join(" && ")})` : base));
      }
      return lit(`v.text(${node.maxLength ?? 200})`);
    }
    case "number": {
      const min = node.minimum ?? node.exclusiveMinimum ?? 0;
      const max = Math.min(node.maximum ?? node.exclusiveMaximum ?? 1000, Math.max(min, 0) + 1000);
      if (node.integer) {
        return lit(
          `fc.integer({ min: ${node.exclusiveMinimum !== undefined ? min + 1 : min}, max: ${max} })`,
        );
      }
      const ex = [
        node.exclusiveMinimum !== undefined ? "minExcluded: true" : "",
        node.exclusiveMaximum !== undefined ? "maxExcluded: true" : "",
      ].filter(Boolean);
      return lit(
        `fc.double({ min: ${min}, max: ${max}, noNaN: true${ex.length ? `, ${ex.join(", ")}` : ""} })`,
      );
    }
    case "boolean":
      return lit("fc.boolean()");
    case "null":
      return lit("fc.constant(null)");
    case "literal":
      return lit(`fc.constant(${JSON.stringify(node.value)} as const)`);
    case "enum":
      return h.use(lit(`fc.constantFrom(...(${JSON.stringify(node.values)} as const))`));
    case "array": {
      const bounds = `minLength: ${node.minItems ?? 0}, maxLength: ${Math.min(node.maxItems ?? 3, 3)}`;
      const item = expr(node.item, key, h);
      return h.use(
        node.item.kind === "enum"
          ? code`fc.uniqueArray(${item}, { ${bounds} })`
          : code`fc.array(${item}, { ${bounds} })`,
      );
    }
    case "record":
      return lit(
        'fc.dictionary(fc.constantFrom("原序号", "楼长", "备注2", "网格员"), fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.boolean(), fc.constant(null)), { maxKeys: 2 })',
      );
    case "union":
      return h.use(
        code`fc.oneof(${join(
          node.options.map((o) => expr(o, key, h)),
          ", ",
        )})`,
      );
    case "object": {
      const props = node.properties;
      const addressKeys = props.filter((p) => ADDRESS_KEYS.has(p.key)).map((p) => p.key);
      const isAddress = addressKeys.length >= 5;
      const rest = isAddress ? props.filter((p) => !ADDRESS_KEYS.has(p.key)) : props;
      const fields = rest.map((p) => code`${JSON.stringify(p.key)}: ${expr(p.node, p.key, h)}`);
      const required = rest.filter((p) => p.required).map((p) => JSON.stringify(p.key));
      const record = code`fc.record({ ${join(fields, ", ")} }, { requiredKeys: [${required.join(", ")}] })`;
      if (!isAddress) return h.use(record);
      const address = `(v.address(${JSON.stringify(addressKeys)}) as fc.Arbitrary<any>)`;
      return h.use(
        rest.length === 0
          ? lit(address)
          : code`fc.tuple(${record}, ${address}).map(([a, b]) => ({ ...a, ...b }))`,
      );
    }
  }
}

function entityExpr(name: string, h: Hoister): Code {
  const node = describe(entities[name as keyof typeof entities]);
  if (node.kind !== "object") throw new Error(name);
  // The record metadata gets an id with the entity's prefix; the fields of the first way to
  // identify a record are always there, so every generated record is valid.
  const first = new Set(
    (identityColumns(entities[name as keyof typeof entities])[0] ?? []).map((c) => c.path[0]),
  );
  const withMeta: Node = {
    ...node,
    properties: node.properties
      .filter((p) => p.key !== "meta")
      .map((p) => (first.has(p.key) ? { ...p, required: true } : p)),
  };
  return code`fc.tuple(v.recordMeta(${JSON.stringify(PREFIX[name] ?? name)}), ${expr(withMeta, "", h)}).map(([meta, rest]) => ({ meta, ...rest }))`;
}

/** The fast-check arbitraries module. */
export function arbitrariesModule(): string {
  const h = new Hoister("_", 60);
  for (const name of entityNames) entityExpr(name, h);
  h.emit();
  const out: string[] = [];
  for (const name of entityNames) {
    const id = pascal(name);
    const label = entityMeta(entities[name])!.label;
    const exported = name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    out.push(
      "/**",
      ` * Realistic ${label.en.toLowerCase()} records (${label["zh-CN"]}) that the ${id} schema accepts.`,
      " *",
      " * @example",
      " * ```ts",
      ' * import fc from "fast-check";',
      ` * import { ${exported} } from "@linli/core/testing";`,
      ` * const [sample] = fc.sample(${exported}, 1);`,
      " * ```",
      " */",
      `export const ${exported}: fc.Arbitrary<${id}> = ${entityExpr(name, h).code};`,
      "",
    );
  }
  return [
    "// Generated by `pnpm gen` from the zod schemas in packages/core/src/schemas. Do not edit.",
    'import fc from "fast-check";',
    `import type { ${entityNames.map(pascal).join(", ")} } from "../schemas/index.js";`,
    'import * as v from "../testing/values.js";',
    "",
    ...h.declarations(),
    "",
    ...out,
  ].join("\n");
}
