// The loader's launcher speaks the language <cs-widget> will speak: its smaller negotiation
// (elements/loader/label-locale.ts) gives src/i18n/negotiate.ts's answer for the same preferences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelLocale } from '../../elements/loader/label-locale.ts';
import { launcherLabels } from '../../locales/generated/launcher-labels.ts';
import { allLocales, sourceLocale } from '../../locales/generated/locale-codes.ts';
import { negotiateLocale } from '../../src/i18n/negotiate.ts';

test('the launcher has a label for every locale of the widget', () => {
  assert.deepEqual(Object.keys(launcherLabels), [...allLocales]);
  assert.equal(launcherLabels.en, 'Chat with us');
  assert.equal(launcherLabels.ar, 'الدردشة معنا');
});

test('the launcher picks the locale the widget picks', () => {
  const tags = [
    ...allLocales, 'PT-br', 'zh-hans', 'ar-EG', 'pt-PT', 'pt', 'zh-CN', 'zh-SG', 'zh', 'zh-TW', 'zh-Hant', 'zh-HK',
    'en-GB', 'de-CH', 'fr_CA', ' es-MX ', 'iw', 'in-ID', 'sr-Latn', 'sw', 'xx', 'not a tag', '', 'und', 'fa-AF', 'ko-KR',
  ];
  const preferences = [
    ...tags.map((tag) => [tag]),
    ...tags.map((tag) => [tag, 'ja']),
    [undefined, null, 'de'],
    ['zh-TW', 'sw', 'pt-PT'],
    [],
  ];
  for (const requested of preferences) {
    assert.equal(labelLocale(requested), negotiateLocale(requested, allLocales, sourceLocale), JSON.stringify(requested));
  }
});
