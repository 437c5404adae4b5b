import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { root } from "../scripts/docs/bundle.js";

// `f(...xs)` puts every element of `xs` on the stack: past about 125k elements
// `push(...xs)`, `Math.max(...xs)` or `String.fromCharCode(...xs)` throw "Maximum call stack
// size exceeded" (a merge of 150k warned rows stopped that way). `Function.prototype.apply`
// with an array does the same. Neither is allowed anywhere in the sources; a loop, `reduce`
// or a chunked helper does the job at any size. fast-check's `constantFrom` pools (fixed
// lists in tests) are the one exception.

/** Source files the repository tracks, generated ones and fixtures left out. */
function sources(): string[] {
  return execFileSync("git", ["ls-files", "*.ts", "*.tsx", "*.mts"], {
    cwd: root,
    encoding: "utf8",
  })
    .split("\n")
    .filter((f) => f && !f.startsWith("fixtures/") && !/\.gen\.ts$|\/generated\//.test(f));
}

/** Every spread passed as a call argument, and every `.apply(_, array)`. */
function spreadArguments(file: string, text: string): string[] {
  const found: string[] = [];
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const where = (n: ts.Node) =>
    `${file}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
  // `(...args) => f(...args)` passes on the arguments of one call: as many as that call had.
  const forwarded = (a: ts.SpreadElement): boolean => {
    if (!ts.isIdentifier(a.expression)) return false;
    const name = a.expression.text;
    for (let p: ts.Node | undefined = a.parent; p; p = p.parent) {
      if (
        ts.isFunctionLike(p) &&
        p.parameters.some(
          (x) => x.dotDotDotToken && ts.isIdentifier(x.name) && x.name.text === name,
        )
      ) {
        return true;
      }
    }
    return false;
  };
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n) || ts.isNewExpression(n)) {
      // fast-check's pools of constants are fixed lists written in the tests.
      const pool = /(^|\.)constantFrom$/.test(n.expression.getText());
      for (const a of n.arguments ?? []) {
        if (ts.isSpreadElement(a) && !pool && !forwarded(a)) {
          found.push(`${where(a)}  ${n.getText().slice(0, 80)}`);
        }
      }
      const callee = ts.isCallExpression(n) ? n.expression : undefined;
      const self = n.arguments?.[0];
      if (
        callee &&
        ts.isPropertyAccessExpression(callee) &&
        callee.name.text === "apply" &&
        n.arguments?.length === 2 &&
        self !== undefined &&
        (self.kind === ts.SyntaxKind.NullKeyword ||
          self.kind === ts.SyntaxKind.ThisKeyword ||
          (ts.isIdentifier(self) && /^(undefined|Math|String|Array)$/.test(self.text)))
      ) {
        found.push(`${where(n)}  ${n.getText().slice(0, 80)}`);
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

describe("no spread arguments", () => {
  it("finds the shapes it forbids", () => {
    const text = [
      "a.push(...b);",
      "Math.max(...xs.map((x) => x.n));",
      "String.fromCharCode.apply(null, codes);",
      "merges.apply(row, cells); fc.constantFrom(...POOL); const f = (...a) => g(...a);",
      "new Set(...s);",
      "const ok = [...a, ...b]; f({ ...o }); g(a, b);",
    ].join("\n");
    expect(spreadArguments("x.ts", text)).toHaveLength(4);
  });

  it("no source file passes an array spread as arguments", () => {
    const found = sources().flatMap((f) => spreadArguments(f, readFileSync(join(root, f), "utf8")));
    expect(found, "use a loop (or reduce) instead of spreading an array into a call").toEqual([]);
  });
});
