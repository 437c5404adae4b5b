// CHANGELOG lines for `changeset version` (.changeset/config.json points here). As the default
// generator, but one "Updated dependencies" entry however many changesets caused it (the
// default writes one per changeset): all linli packages are released together, so a package
// without changes of its own lists the versions its linli dependencies moved to.
"use strict";

/** @param {{ summary: string }} changeset */
async function getReleaseLine(changeset) {
  const [first, ...rest] = changeset.summary.split("\n").map((l) => l.trimEnd());
  return [`- ${first}`, ...rest.map((l) => (l ? `  ${l}` : ""))].join("\n");
}

/** @param {unknown[]} _changesets @param {{ name: string, newVersion: string }[]} updated */
async function getDependencyReleaseLine(_changesets, updated) {
  if (updated.length === 0) return "";
  return ["- Updated dependencies:", ...updated.map((d) => `  - ${d.name}@${d.newVersion}`)].join(
    "\n",
  );
}

module.exports = { getReleaseLine, getDependencyReleaseLine };
