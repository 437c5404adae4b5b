// TypeDoc plugin for linli's API reference (typedoc.json):
// - names each entry module by the import specifier users write (`@linli/core/effect`)
//   instead of its source path, from each package's package.json;
// - warns (an error with treatWarningsAsErrors) for every exported function, class or
//   variable whose comment has no @example, as the project's conventions ask.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { Converter, ReflectionKind } from "typedoc";

/** Source path (packages/<dir>/src/<file>) → import specifier, for every package export. */
function specifiers(root) {
  const out = new Map();
  for (const dir of readdirSync(join(root, "packages"))) {
    let pkg;
    try {
      pkg = JSON.parse(readFileSync(join(root, "packages", dir, "package.json"), "utf8"));
    } catch {
      continue;
    }
    for (const [sub, target] of Object.entries(pkg.exports ?? {})) {
      const js = target && typeof target === "object" ? target.default : undefined;
      if (typeof js !== "string" || !js.startsWith("./dist/")) continue;
      const file = js.slice("./dist/".length).replace(/\.js$/, "");
      const source = `packages/${dir}/src/${file}.ts`;
      out.set(source, sub === "." ? pkg.name : `${pkg.name}/${sub.slice(2)}`);
    }
  }
  return out;
}

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const names = specifiers(process.cwd());
    const project = context.project;
    for (const mod of project.children ?? []) {
      const full = mod.sources?.[0]?.fullFileName;
      const name = full && names.get(relative(process.cwd(), full));
      if (name) mod.name = name;
    }
    project.children?.sort((a, b) => a.name.localeCompare(b.name));
  });

  app.on("validateProject", (project) => {
    const kinds = ReflectionKind.Function | ReflectionKind.Class | ReflectionKind.Variable;
    for (const mod of project.children ?? []) {
      for (const child of mod.children ?? []) {
        if (!child.kindOf(kinds)) continue;
        const comments = [child.comment, ...(child.signatures ?? []).map((s) => s.comment)];
        if (comments.some((c) => c?.getTag("@example"))) continue;
        app.logger.warn(`${mod.name}: ${child.name} has no @example in its comment`);
      }
    }
  });
}
