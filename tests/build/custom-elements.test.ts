// custom-elements.json (committed, shipped in the npm package) is what `npm run manifest` makes from the
// elements' source today, and it documents the public API issue 7 names.
import { deepEqual, ok } from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
// @ts-expect-error -- the analyzer's CLI module ships no declarations
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

const ROOT = join(import.meta.dirname, '../..');

interface Named {
  readonly name: string;
  readonly kind?: string;
  readonly attribute?: string;
  readonly privacy?: string;
  readonly description?: string;
  readonly type?: { readonly text: string };
}
interface Declaration {
  readonly tagName?: string;
  readonly customElement?: boolean;
  readonly attributes?: readonly Named[];
  readonly members?: readonly Named[];
  readonly events?: readonly Named[];
  readonly cssParts?: readonly Named[];
  readonly cssProperties?: readonly Named[];
  readonly cssStates?: readonly Named[];
}
interface Manifest {
  readonly modules: readonly { readonly path: string; readonly declarations?: readonly Declaration[] }[];
}

const committed = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8')) as Manifest;

function element(manifest: Manifest, tag: string): Declaration {
  const found = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.customElement && d.tagName === tag);
  ok(found, `custom-elements.json has no <${tag}>`);
  return found;
}
const names = (list: readonly Named[] | undefined) => (list ?? []).map((item) => item.name);
const missing = (expected: readonly string[], actual: readonly string[]) => expected.filter((name) => !actual.includes(name));

test('custom-elements.json is what `npm run manifest` makes from the source now', async () => {
  const fresh = (await cli({ argv: ['analyze', '--quiet'], cwd: ROOT, noWrite: true })) as Manifest;
  // Compared as the files would be written, so a difference names what changed.
  deepEqual(
    JSON.parse(JSON.stringify(fresh)),
    committed,
    'custom-elements.json is stale: run `npm run manifest` and commit it',
  );
});

test('<cs-widget> documents every attribute, property, method, event, part, custom property and state', () => {
  const widget = element(committed, 'cs-widget');
  deepEqual(missing(['server', 'site', 'locale', 'placement', 'open', 'theme', 'identity-token'], names(widget.attributes)), []);
  const attributeOf = Object.fromEntries((widget.attributes ?? []).map((a) => [a.name, (a as { fieldName?: string }).fieldName]));
  deepEqual(attributeOf.open, 'isOpen', 'the open attribute is the isOpen property');
  deepEqual(attributeOf['identity-token'], 'identityToken');

  const members = widget.members ?? [];
  const methods = members.filter((m) => m.kind === 'method').map((m) => m.name);
  const fields = members.filter((m) => m.kind === 'field').map((m) => m.name);
  deepEqual(missing(['open', 'close', 'identify'], methods), []);
  deepEqual(missing(['server', 'site', 'locale', 'placement', 'isOpen', 'theme', 'identityToken'], fields), []);
  deepEqual(members.filter((m) => m.privacy === 'private').map((m) => m.name), [], 'private members are not API');
  for (const member of members) ok(member.description, `${member.kind} ${member.name} has no description`);

  const events = widget.events ?? [];
  deepEqual(names(events).sort(), ['cs-close', 'cs-error', 'cs-message', 'cs-open', 'cs-ready', 'cs-unread-change']);
  for (const event of events) ok(event.description && event.type, `${event.name} has no description or type`);

  deepEqual(
    missing(['launcher', 'panel', 'header', 'status', 'close-button', 'messages', 'message', 'composer__input', 'composer__send-button'], names(widget.cssParts)),
    [],
  );
  deepEqual(missing(['--cs-accent', '--cs-surface', '--cs-text', '--cs-font-size', '--cs-z-index', '--cs-muted', '--cs-bubble-other'], names(widget.cssProperties)), []);
  deepEqual(names(widget.cssStates).sort(), ['open', 'queued', 'reconnecting', 'unread']);
  for (const item of [...(widget.cssParts ?? []), ...(widget.cssProperties ?? []), ...(widget.cssStates ?? [])]) {
    ok(item.description, `${item.name} has no description`);
  }
});

test('<cs-agent-console> documents its attributes, parts and custom properties', () => {
  const console = element(committed, 'cs-agent-console');
  deepEqual(missing(['server', 'site', 'locale'], names(console.attributes)), []);
  deepEqual(missing(['header', 'list', 'tabs'], names(console.cssParts)), []);
  deepEqual(missing(['--cs-accent', '--cs-surface', '--cs-text', '--cs-background'], names(console.cssProperties)), []);
});
