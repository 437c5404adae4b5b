import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { entityNames, validate } from "@linli/core";
import { describe, expect, it } from "vitest";
import { strictAjv } from "../../test/ajv.js";

const repo = fileURLToPath(new URL("../../../../", import.meta.url));
const read = (p: string) => JSON.parse(readFileSync(join(repo, p), "utf8")) as unknown;
const ajv = strictAjv();

describe.each(entityNames)("schemas/examples/%s", (entity) => {
  const schema = read(`schemas/${entity}.schema.json`) as Record<string, unknown>;
  const check = ajv.compile(schema);
  const files = readdirSync(join(repo, "schemas/examples", entity)).sort();

  it("has valid and invalid examples", () => {
    expect(files.some((f) => f.startsWith("valid-"))).toBe(true);
    expect(files.some((f) => f.startsWith("invalid-"))).toBe(true);
  });

  it.each(files.filter((f) => f.startsWith("valid-")))("%s is valid", (file) => {
    const data = read(`schemas/examples/${entity}/${file}`);
    expect(check(data), JSON.stringify(check.errors)).toBe(true);
    expect(validate(entity, data).ok).toBe(true);
  });

  // invalid-<path with dots>-<keyword>.json fails at that path for that keyword.
  it.each(files.filter((f) => f.startsWith("invalid-")))(
    "%s fails for the stated reason",
    (file) => {
      const [, path, keyword] = /^invalid-(.+)-([A-Za-z]+)\.json$/.exec(file) ?? [];
      expect(path && keyword, `file name ${file} states no reason`).toBeTruthy();
      const data = read(`schemas/examples/${entity}/${file}`);
      expect(check(data)).toBe(false);
      const pointer = `/${path!.replaceAll(".", "/")}`;
      const errors = check.errors ?? [];
      const matches = errors.filter((e) => {
        if (e.keyword !== keyword) return false;
        if (keyword === "required")
          return `${e.instancePath}/${e.params.missingProperty}` === pointer;
        if (keyword === "additionalProperties") {
          return `${e.instancePath}/${e.params.additionalProperty}` === pointer;
        }
        // A record without what identifies it fails at its root.
        if (keyword === "anyOf") return e.instancePath === "";
        return e.instancePath === pointer || e.instancePath.startsWith(`${pointer}/`);
      });
      expect(matches.length, JSON.stringify(errors, null, 1)).toBeGreaterThan(0);
      const result = validate(entity, data);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        const top = path!.split(".")[0];
        expect(
          result.issues.some((i) =>
            i.path?.length
              ? String(i.path[0]) === top
              : keyword === "additionalProperties" || i.code === "record.identity",
          ),
        ).toBe(true);
      }
    },
  );
});
