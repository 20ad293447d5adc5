// Every UI string goes through msg() with a description for translators (DESIGN.md section 7).
import { deepEqual, ok } from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';

const ROOT = join(import.meta.dirname, '../..');

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (entry.name.endsWith('.ts')) yield path;
  }
}

/** `file:line` of each msg() call whose options have no `desc`. */
function msgCallsWithoutDesc(path: string, seen: { count: number }): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
  const missing: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg') {
      seen.count++;
      const options = node.arguments[1];
      const hasDesc =
        options !== undefined &&
        ts.isObjectLiteralExpression(options) &&
        options.properties.some((p) => p.name !== undefined && ts.isIdentifier(p.name) && p.name.text === 'desc');
      if (!hasDesc) missing.push(`${relative(ROOT, path)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return missing;
}

test('every msg() call in elements/ carries a desc for translators', () => {
  const seen = { count: 0 };
  const missing = [...sourceFiles(join(ROOT, 'elements'))].flatMap((path) => msgCallsWithoutDesc(path, seen));
  ok(seen.count > 10, `found only ${seen.count} msg() calls: is the scan looking in the right place?`);
  deepEqual(missing, []);
});
