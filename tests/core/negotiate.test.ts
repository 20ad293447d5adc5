import assert from 'node:assert/strict';
import { test } from 'node:test';
import { negotiateLocale } from '../../src/i18n/negotiate.ts';

const OURS = ['en', 'ar', 'de', 'es', 'fa', 'fr', 'he', 'id', 'it', 'ja', 'ko', 'nl', 'pl', 'pt-BR', 'ru', 'th', 'tr', 'vi', 'zh-Hans'];
const pick = (...requested: (string | null | undefined)[]) => negotiateLocale(requested, OURS, 'en');

test('an exact tag is served as it is, whatever its case', () => {
  for (const tag of OURS) assert.equal(pick(tag), tag);
  assert.equal(pick('PT-br'), 'pt-BR');
  assert.equal(pick('zh-hans'), 'zh-Hans');
});

test('regional variants fall back to the locale of the same language and script', () => {
  assert.equal(pick('ar-EG'), 'ar');
  assert.equal(pick('ar-SA'), 'ar');
  assert.equal(pick('pt-PT'), 'pt-BR');
  assert.equal(pick('pt'), 'pt-BR');
  assert.equal(pick('zh-CN'), 'zh-Hans');
  assert.equal(pick('zh-SG'), 'zh-Hans');
  assert.equal(pick('zh'), 'zh-Hans');
  assert.equal(pick('en-GB'), 'en');
  assert.equal(pick('de-CH'), 'de');
  assert.equal(pick('fr_CA'), 'fr', 'underscores, as some servers write them');
});

test('a different script is a different locale: zh-TW and zh-Hant are not zh-Hans', () => {
  assert.equal(pick('zh-TW'), 'en');
  assert.equal(pick('zh-Hant'), 'en');
  assert.equal(pick('zh-HK'), 'en');
  assert.equal(pick('zh-TW', 'ja'), 'ja', 'the next preference is tried');
  assert.equal(pick('sr-Latn'), 'en');
});

test('deprecated codes are canonicalised: iw is Hebrew, in is Indonesian', () => {
  assert.equal(pick('iw'), 'he');
  assert.equal(pick('in-ID'), 'id');
});

test('the first servable preference wins, in the order given (attribute, page, browser, site default)', () => {
  assert.equal(pick('ar', 'en', 'de'), 'ar', 'the attribute beats the page');
  assert.equal(pick(null, 'fr-BE', 'de'), 'fr', 'no attribute: the page');
  assert.equal(pick('', 'sw', 'ko-KR', 'de'), 'ko', 'unsupported page language: the browser');
  assert.equal(pick(undefined, undefined, 'sw', 'de'), 'de', 'then the site default');
  assert.equal(pick('sw', 'am'), 'en', 'nothing servable: the source locale');
});

test('what page authors write by mistake is skipped, not thrown', () => {
  assert.equal(pick('not a tag', '', '  ', '12', 'ja'), 'ja');
  assert.equal(pick(' fa '), 'fa');
});

test('a same-region locale wins over another region of the same language', () => {
  assert.equal(negotiateLocale(['pt-PT'], ['en', 'pt-BR', 'pt-PT'], 'en'), 'pt-PT');
  assert.equal(negotiateLocale(['pt-AO'], ['en', 'pt-BR', 'pt-PT'], 'en'), 'pt-BR', 'no same region: the first listed');
});
