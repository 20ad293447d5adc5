// Every locale's XLIFF translates every string, keeps each placeholder exactly, and is not English
// left in place. Run one locale: `node --import tsx --test --test-name-pattern="^ar:" tests/build/translations.test.ts`.
import { deepEqual, ok } from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const ROOT = join(import.meta.dirname, '../..');
const { sourceLocale, targetLocales } = JSON.parse(readFileSync(join(ROOT, 'lit-localize.json'), 'utf8')) as {
  sourceLocale: string;
  targetLocales: string[];
};

interface Unit {
  readonly id: string;
  readonly source: string;
  readonly target: string | undefined;
}

function units(locale: string): Unit[] {
  const xliff = readFileSync(join(ROOT, 'locales/xliff', `${locale}.xlf`), 'utf8');
  return [...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => ({
    id: id!,
    source: body!.match(/<source>([\s\S]*?)<\/source>/)![1]!,
    target: body!.match(/<target>([\s\S]*?)<\/target>/)?.[1],
  }));
}

/** The `<x id=… equiv-text=…/>` placeholders of a segment, sorted: a translation may reorder them. */
const placeholders = (segment: string) => [...segment.matchAll(/<x [^>]*\/>/g)].map(([x]) => x).sort();
/** The words of a segment without its placeholders, to tell a translation from English left in place. */
const words = (segment: string) => segment.replace(/<x [^>]*\/>/g, '').trim();

test('the source locale is English and every target has an XLIFF file', () => {
  deepEqual(sourceLocale, 'en');
  ok(targetLocales.length >= 18, `only ${targetLocales.length} target locales`);
});

for (const locale of targetLocales) {
  test(`${locale}: every string is translated, with its placeholders kept`, () => {
    const all = units(locale);
    ok(all.length > 100, `${locale}.xlf has only ${all.length} strings: run lit-localize extract`);
    deepEqual(all.filter((u) => !u.target?.trim()).map((u) => `${u.id}: ${u.source}`), [], 'untranslated');
    deepEqual(
      all.filter((u) => placeholders(u.source).join() !== placeholders(u.target!).join()).map((u) => `${u.id}: ${u.target}`),
      [],
      'placeholders changed (copy each <x …/> exactly)',
    );
    // A few strings may rightly stay as they are ("OK", a brand); most may not.
    const same = all.filter((u) => words(u.source) !== '' && words(u.source) === words(u.target!));
    ok(same.length <= all.length * 0.05, `${locale}: ${same.length} strings are still English: ${same.map((u) => u.source).join(' | ')}`);
  });
}
