// The Shopify app embed (shopify/extensions/cs-widget): its schema is what the theme editor reads, and the
// script tag it renders is the loader's, with only attributes the loader knows, each escaped.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { LOADER_ATTRIBUTES } from '../../elements/loader/attributes.ts';

const EXTENSION = join(import.meta.dirname, '../../shopify/extensions/cs-widget');
const liquid = readFileSync(join(EXTENSION, 'blocks/cs-widget.liquid'), 'utf8');
/** The block without its comments: what Shopify renders. */
const rendered = liquid.replace(/{%-?\s*comment\s*-?%}[\s\S]*?{%-?\s*endcomment\s*-?%}/g, '');

interface Setting {
  readonly type: string;
  readonly id: string;
  readonly options?: readonly { readonly value: string }[];
  readonly default?: string;
}

function schema(): { name: string; target: string; settings: Setting[] } {
  const match = rendered.match(/{%\s*schema\s*%}([\s\S]*?){%\s*endschema\s*%}/);
  assert.ok(match, 'the block has a {% schema %}');
  return JSON.parse(match[1]!);
}

/** The rendered <script> tag's attributes, name to value template. */
function scriptAttributes(): Map<string, string | undefined> {
  const tags = [...rendered.matchAll(/<script\b([\s\S]*?)>\s*<\/script>/g)];
  assert.equal(tags.length, 1, 'one script tag');
  return new Map([...tags[0]![1]!.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map(([, name, value]) => [name!, value]));
}

test('the schema parses as JSON: an app embed (target body) with server, site, placement and colour settings', () => {
  const { name, target, settings } = schema();
  assert.ok(name.length > 0 && name.length <= 25, 'Shopify shows names of up to 25 characters');
  assert.equal(target, 'body');
  const byId = new Map(settings.map((setting) => [setting.id, setting]));
  assert.equal(byId.get('server')?.type, 'text');
  assert.equal(byId.get('site')?.type, 'text');
  assert.equal(byId.get('color')?.type, 'color');
  const placement = byId.get('placement');
  assert.equal(placement?.type, 'select');
  assert.deepEqual(placement.options?.map((option) => option.value), ['end', 'start']);
  assert.equal(placement.default, 'end');
  assert.equal(new Set(settings.map((setting) => setting.id)).size, settings.length, 'setting ids are unique');
});

test('the block renders the loader: only data- attributes the loader knows, every setting used, every value escaped', () => {
  const attributes = scriptAttributes();
  assert.match(attributes.get('src') ?? '', /block\.settings\.loader_url/);
  assert.ok(attributes.has('async'), 'async: the loader must not hold up the page');
  const data = [...attributes.keys()].filter((name) => name.startsWith('data-')).map((name) => name.slice('data-'.length));
  assert.deepEqual(data.filter((name) => !(LOADER_ATTRIBUTES as readonly string[]).includes(name)), [], 'attributes the loader does not know');
  for (const name of ['server', 'site', 'placement', 'color']) {
    assert.match(attributes.get(`data-${name}`) ?? '', new RegExp(`block\\.settings\\.${name}\\b`), `data-${name} comes from its setting`);
  }
  const settings = schema().settings.map((setting) => setting.id);
  for (const id of settings) assert.match(rendered, new RegExp(`block\\.settings\\.${id}\\b`), `the ${id} setting is used`);
  for (const [name, value] of attributes) {
    for (const output of value?.match(/{{[\s\S]*?}}/g) ?? []) assert.match(output, /\|\s*escape\s*}}$/, `${name}: ${output} is escaped`);
  }
});

test('the extension is a theme app extension', () => {
  const toml = readFileSync(join(EXTENSION, 'shopify.extension.toml'), 'utf8');
  assert.match(toml, /^type = "theme"$/m);
  assert.match(toml, /^name = "cs-widget"$/m);
});
