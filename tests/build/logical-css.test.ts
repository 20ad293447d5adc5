// The lint rule for direction-safe CSS (DESIGN.md section 7): every `css` template in elements/ uses
// logical properties and values only, so one stylesheet serves left-to-right and right-to-left.
import { deepEqual } from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';

const ROOT = join(import.meta.dirname, '../..');

/**
 * Physical property → what to write instead. Media features (`max-width`) are not properties: allowed.
 * So is `overflow-y`: the axis does not flip with direction, and `overflow-block` is not in every browser.
 */
const PHYSICAL_PROPERTIES: Record<string, string> = {
  left: 'inset-inline-start',
  right: 'inset-inline-end',
  top: 'inset-block-start',
  bottom: 'inset-block-end',
  width: 'inline-size',
  height: 'block-size',
  'min-width': 'min-inline-size',
  'max-width': 'max-inline-size',
  'min-height': 'min-block-size',
  'max-height': 'max-block-size',
};
const PHYSICAL_SIDE = /^(margin|padding|border|scroll-margin|scroll-padding)-(left|right|top|bottom)(-.*)?$/;
const PHYSICAL_CORNER = /^border-(top|bottom)-(left|right)-radius$/;
const PHYSICAL_VALUE = /^(text-align|float|clear|caption-side|resize)$/;

/** `where: problem` for each physical property or value in a stylesheet's text. */
function physicalCss(cssText: string, where: string): string[] {
  const problems: string[] = [];
  const declarations = cssText.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/(?:^|[{;\s])([a-z-]+)\s*:\s*([^;{}]+)(?=[;}])/g);
  for (const [, property, rawValue] of declarations) {
    const value = rawValue!.trim();
    const name = property!;
    if (name in PHYSICAL_PROPERTIES) problems.push(`${where}: ${name} (use ${PHYSICAL_PROPERTIES[name]})`);
    else if (PHYSICAL_SIDE.test(name) || PHYSICAL_CORNER.test(name)) problems.push(`${where}: ${name} (use the logical property)`);
    else if (PHYSICAL_VALUE.test(name) && /\b(left|right|horizontal|vertical)\b/.test(value)) problems.push(`${where}: ${name}: ${value} (use start/end, inline/block)`);
  }
  return problems;
}

function* typescriptFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* typescriptFiles(path);
    else if (entry.name.endsWith('.ts')) yield path;
  }
}

test('the rule catches physical properties and values (it can fail)', () => {
  const sample = `.a { margin-left: 1em; padding-inline: 0; } .b { width: 3em; text-align: right; border-top-left-radius: 2px }
    @media (max-width: 30em) { .c { float: left; inset-inline-end: 0; border-right: 1px solid; } }`;
  deepEqual(physicalCss(sample, 'sample'), [
    'sample: margin-left (use the logical property)',
    'sample: width (use inline-size)',
    'sample: text-align: right (use start/end, inline/block)',
    'sample: border-top-left-radius (use the logical property)',
    'sample: float: left (use start/end, inline/block)',
    'sample: border-right (use the logical property)',
  ]);
});

test('every css`` template in elements/ uses logical properties only', () => {
  const problems: string[] = [];
  let templates = 0;
  for (const path of typescriptFiles(join(ROOT, 'elements'))) {
    for (const [, cssText] of readFileSync(path, 'utf8').matchAll(/\bcss`([^`]*)`/g)) {
      templates++;
      problems.push(...physicalCss(cssText!, relative(ROOT, path)));
    }
  }
  deepEqual(problems, []);
  deepEqual(templates > 10, true, `found only ${templates} css templates: is the scan looking in the right place?`);
});
