/**
 * The README's main job on the bundled example data: validate every example record under
 * schemas/examples with @linli/core and print what was accepted and why the rest was rejected.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type EntityName, entityNames, validate } from "@linli/core";

const root = fileURLToPath(new URL("../schemas/examples/", import.meta.url));
let accepted = 0;
let rejected = 0;
for (const entity of entityNames) {
  for (const file of readdirSync(join(root, entity)).sort()) {
    const data: unknown = JSON.parse(readFileSync(join(root, entity, file), "utf8"));
    const r = validate(entity as EntityName, data);
    if (r.ok) {
      accepted++;
      console.log(`✓ ${entity}/${file}`);
    } else {
      rejected++;
      console.log(`✗ ${entity}/${file}`);
      for (const i of r.issues) console.log(`    ${i.message["zh-CN"]} · ${i.message.en}`);
    }
  }
}
console.log(
  `\n${accepted} accepted, ${rejected} rejected (the rejected ones are the invalid examples).`,
);
