import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { formatConfigErrors, parseSites } from '../../src/config/parse-sites.ts';
import { WEEKDAYS, type SiteConfig } from '../../src/config/site-config.ts';
import {
  MAX_BODY_LENGTH,
  MAX_CANNED_REPLIES,
  MAX_CANNED_REPLY_PARTS,
  MAX_CANNED_REPLY_TITLE_LENGTH,
  MAX_KNOWLEDGE_ANSWER_LENGTH,
  MAX_KNOWLEDGE_ENTRIES,
  MAX_KNOWLEDGE_QUESTION_LENGTH,
  MAX_KNOWLEDGE_QUESTIONS_PER_LANGUAGE,
} from '../../src/protocol/limits.ts';

const DEMO_FILE = new URL('../../server/sites.json', import.meta.url);
const readDemo = (): { sites: Record<string, Record<string, unknown>> } => JSON.parse(readFileSync(DEMO_FILE, 'utf8'));

/** `base` with the fields of `change` set (undefined deletes one). */
function changed(base: Record<string, unknown>, change: Record<string, unknown>): Record<string, unknown> {
  const value = { ...base };
  for (const [key, item] of Object.entries(change)) {
    if (item === undefined) delete value[key];
    else value[key] = item;
  }
  return value;
}

/** A valid one-site file; `change` edits the site's fields (undefined deletes one). */
function withSite(change: Record<string, unknown> = {}, siteKey = 'demo-shop'): unknown {
  const site = changed({
    name: 'Nordlicht Goods',
    timeZone: 'Europe/Berlin',
    hours: { mon: [['09:00', '17:00']] },
    targetMinutes: { high: 60, medium: 240, low: 1440 },
    agentCapacity: 3,
    languages: ['en'],
  }, change);
  return { sites: { [siteKey]: site } };
}

const errorsOf = (data: unknown): readonly string[] => {
  const result = parseSites(data);
  assert.equal(result.ok, false, 'expected the file to be refused');
  return result.ok ? [] : result.errors;
};

const siteOf = (data: unknown, siteKey = 'demo-shop'): SiteConfig => {
  const result = parseSites(data);
  assert.ok(result.ok, result.ok ? '' : result.errors.join('\n'));
  const site = result.sites.get(siteKey);
  assert.ok(site, `no site ${siteKey}`);
  return site;
};

/** Exactly one error, starting with the field's path and containing each of `words`. */
function assertOneError(data: unknown, path: string, ...words: string[]): void {
  const errors = errorsOf(data);
  assert.equal(errors.length, 1, errors.join('\n'));
  const [error] = errors as [string];
  assert.ok(error.startsWith(`${path}: `), `expected the path ${path} in: ${error}`);
  for (const word of words) assert.ok(error.includes(word), `expected ${JSON.stringify(word)} in: ${error}`);
}

describe('parseSites: the demo file', () => {
  test('server/sites.json parses to the demo shop', () => {
    const result = parseSites(readDemo());
    assert.ok(result.ok, result.ok ? '' : result.errors.join('\n'));
    assert.deepEqual([...result.sites.keys()], ['demo-shop']);
    const weekday = [
      { start: '09:00', end: '12:30' },
      { start: '13:30', end: '18:00' },
    ];
    const expected: SiteConfig = {
      siteKey: 'demo-shop',
      name: 'Nordlicht Goods',
      hours: {
        timeZone: 'Europe/Berlin',
        weekly: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday, sat: [{ start: '10:00', end: '14:00' }], sun: [] },
        closedDates: ['2026-12-24', '2026-12-25', '2026-12-26', '2027-01-01'],
      },
      targetMinutes: { high: 60, medium: 240, low: 1440 },
      agentCapacity: 3,
      languages: ['en', 'de', 'fr', 'es', 'ar'],
      webhookUrl: 'http://localhost:8787/hooks/cs-widget',
      orderLookupUrl: 'http://localhost:8787/orders/lookup',
      knowledgeBase: result.sites.get('demo-shop')?.knowledgeBase ?? [],
      cannedReplies: result.sites.get('demo-shop')?.cannedReplies ?? [],
    };
    assert.deepEqual(result.sites.get('demo-shop'), expected);
    const knowledgeBase = result.sites.get('demo-shop')!.knowledgeBase;
    assert.deepEqual(
      knowledgeBase.map((entry) => entry.id),
      ['returns-window', 'shipping-times-costs', 'customs-duties', 'speaker-pairing', 'warranty', 'payment-methods'],
    );
    for (const entry of knowledgeBase) {
      for (const language of expected.languages) {
        assert.ok((entry.questions[language]?.length ?? 0) >= 3, `${entry.id}: questions in ${language}`);
        assert.ok(entry.answers[language], `${entry.id}: answer in ${language}`);
      }
    }
  });

  test("the demo shop's canned replies: every language, and a three-part de-escalation naming the agent and a time", () => {
    const site = siteOf(readDemo());
    assert.deepEqual(
      site.cannedReplies.map((reply) => reply.id),
      ['greeting', 'order-check', 'de-escalate', 'wrap-up'],
    );
    for (const reply of site.cannedReplies) {
      assert.deepEqual(Object.keys(reply.parts), [...site.languages], reply.id);
    }
    const deEscalate = site.cannedReplies.find((reply) => reply.id === 'de-escalate')!;
    for (const language of site.languages) {
      const [apology, handling, time] = deEscalate.parts[language] ?? [];
      assert.equal(deEscalate.parts[language]?.length, 3, language);
      assert.ok(apology && !/[{}]/.test(apology), `${language}: the apology has no placeholder`);
      assert.ok(handling?.includes('{agent}'), `${language}: who handles it`);
      assert.ok(time?.includes('{time}'), `${language}: by when`);
    }
  });

  test('missing days are closed, closedDates and webhookUrl are optional', () => {
    const site = siteOf(withSite());
    assert.deepEqual(Object.keys(site.hours.weekly), [...WEEKDAYS]);
    assert.deepEqual(site.hours.weekly.mon, [{ start: '09:00', end: '17:00' }]);
    for (const day of WEEKDAYS.slice(1)) assert.deepEqual(site.hours.weekly[day], [], day);
    assert.deepEqual(site.hours.closedDates, []);
    assert.equal('webhookUrl' in site, false);
    assert.deepEqual(site.knowledgeBase, []);
    assert.equal('orderLookupUrl' in site, false);
    assert.deepEqual(site.cannedReplies, []);
  });

  test('24/7, midnight-crossing shifts and back-to-back shifts are accepted', () => {
    const allDay = Object.fromEntries(WEEKDAYS.map((day) => [day, [['00:00', '24:00']]]));
    assert.deepEqual(siteOf(withSite({ hours: allDay })).hours.weekly.sun, [{ start: '00:00', end: '24:00' }]);
    const nights = { fri: [['22:00', '06:00']], sat: [['06:00', '12:00'], ['22:00', '02:00']], sun: [['02:00', '04:00']], mon: [['04:00', '09:00']] };
    assert.deepEqual(siteOf(withSite({ hours: nights })).hours.weekly.fri, [{ start: '22:00', end: '06:00' }]);
    assert.deepEqual(siteOf(withSite({ hours: { sun: [['22:00', '24:00']], mon: [['00:00', '01:00']] } })).hours.weekly.mon, [
      { start: '00:00', end: '01:00' },
    ]);
  });

  test('several sites keep their order; language tags and time zone capitals are canonicalised', () => {
    const data = withSite({ languages: ['EN-us', 'pt-br', 'zh-hant-tw'], timeZone: 'europe/berlin' }) as { sites: Record<string, unknown> };
    data.sites['other.example_1'] = (withSite() as { sites: Record<string, unknown> }).sites['demo-shop'];
    const result = parseSites(data);
    assert.ok(result.ok, result.ok ? '' : result.errors.join('\n'));
    assert.deepEqual([...result.sites.keys()], ['demo-shop', 'other.example_1']);
    assert.equal(result.sites.get('other.example_1')?.siteKey, 'other.example_1');
    assert.deepEqual(result.sites.get('demo-shop')?.languages, ['en-US', 'pt-BR', 'zh-Hant-TW']);
    assert.equal(result.sites.get('demo-shop')?.hours.timeZone, 'Europe/Berlin');
  });
});

describe('parseSites: each mistake names its field', () => {
  test('the file and the sites object', () => {
    for (const data of [null, [], 'sites', 42]) assert.ok(errorsOf(data)[0]?.startsWith('(top level): '), String(data));
    assertOneError({}, 'sites', 'missing');
    assertOneError({ sites: {} }, 'sites', 'at least one');
    assertOneError({ sites: [] }, 'sites', 'object');
    assertOneError({ site: {} }, 'site', 'unknown field "site"', 'did you mean "sites"?');
    assertOneError({ ...(withSite() as object), version: 1 }, 'version', 'unknown field "version"');
  });

  test('site keys must pass isSiteKey', () => {
    assertOneError(withSite({}, 'my shop'), 'sites["my shop"]', '"my shop" is not a valid site key');
    assertOneError(withSite({}, 'x'.repeat(65)), `sites.${'x'.repeat(65)}`, 'not a valid site key');
    assertOneError(withSite({}, 'ümlaut'), 'sites["ümlaut"]', 'not a valid site key');
    assertOneError({ sites: { 'demo-shop': [] } }, 'sites.demo-shop', 'object');
  });

  test('unknown fields are named, with the known one suggested when close', () => {
    assertOneError(withSite({ timeZone: undefined, timezone: 'Europe/Berlin' }), 'sites.demo-shop.timezone', '"timezone"', 'did you mean "timeZone"?');
    assertOneError(withSite({ agentCapacity: undefined, agentCapcity: 3 }), 'sites.demo-shop.agentCapcity', 'did you mean "agentCapacity"?');
    assertOneError(withSite({ holidays: ['2026-12-25'] }), 'sites.demo-shop.holidays', 'did you mean "closedDates"?');
    assertOneError(withSite({ colour: 'red' }), 'sites.demo-shop.colour', 'unknown field "colour"', 'timeZone');
    assertOneError(withSite({ hours: { monday: [['09:00', '17:00']] } }), 'sites.demo-shop.hours.monday', 'did you mean "mon"?');
    assertOneError(withSite({ hours: { mon: [['09:00', '17:00']], Tue: [] } }), 'sites.demo-shop.hours.Tue', 'did you mean "tue"?');
    assertOneError(withSite({ targetMinutes: { high: 60, medium: 240, lo: 1440 } }), 'sites.demo-shop.targetMinutes.lo', 'did you mean "low"?');
  });

  test('the webhook secret is refused and pointed to WEBHOOK_SECRET', () => {
    assertOneError(withSite({ webhookSecret: 'hunter2hunter2hunter2' }), 'sites.demo-shop.webhookSecret', 'WEBHOOK_SECRET');
  });

  test('required fields', () => {
    for (const key of ['name', 'timeZone', 'hours', 'targetMinutes', 'agentCapacity', 'languages']) {
      assertOneError(withSite({ [key]: undefined }), `sites.demo-shop.${key}`, 'missing');
    }
  });

  test('name', () => {
    assertOneError(withSite({ name: '   ' }), 'sites.demo-shop.name', 'text');
    assertOneError(withSite({ name: 42 }), 'sites.demo-shop.name', '42');
  });

  test('timeZone must be an IANA time zone', () => {
    assertOneError(withSite({ timeZone: 'Europe/Berlinn' }), 'sites.demo-shop.timeZone', '"Europe/Berlinn" is not an IANA time zone', 'did you mean "Europe/Berlin"?');
    assertOneError(withSite({ timeZone: 'Mars/Olympus_Mons' }), 'sites.demo-shop.timeZone', 'not an IANA time zone');
    assertOneError(withSite({ timeZone: '+01:00' }), 'sites.demo-shop.timeZone', 'not an IANA time zone');
    assertOneError(withSite({ timeZone: '' }), 'sites.demo-shop.timeZone', 'not an IANA time zone');
    assertOneError(withSite({ timeZone: 1 }), 'sites.demo-shop.timeZone', 'IANA');
    assert.equal(siteOf(withSite({ timeZone: 'UTC' })).hours.timeZone, 'UTC');
    assert.equal(siteOf(withSite({ timeZone: 'America/New_York' })).hours.timeZone, 'America/New_York');
  });

  test('times are HH:MM from 00:00 to 24:00', () => {
    const shift = (start: unknown, end: unknown) => withSite({ hours: { mon: [['08:00', '08:30'], [start, end]] } });
    assertOneError(shift('25:00', '17:00'), 'sites.demo-shop.hours.mon[1]', '"25:00" is not a time (HH:MM, 00:00-24:00)');
    for (const bad of ['9:00', '09:60', '24:01', '09.00', '', ' 09:00', '0900', 900]) {
      assertOneError(shift('09:00', bad), 'sites.demo-shop.hours.mon[1]', 'is not a time');
    }
    assertOneError(shift('24:00', '02:00'), 'sites.demo-shop.hours.mon[1]', 'cannot start at "24:00"');
    const both = errorsOf(shift('7am', '5pm'));
    assert.deepEqual(both, [
      'sites.demo-shop.hours.mon[1]: "7am" is not a time (HH:MM, 00:00-24:00)',
      'sites.demo-shop.hours.mon[1]: "5pm" is not a time (HH:MM, 00:00-24:00)',
    ]);
  });

  test('a shift is a pair, a day a list of shifts', () => {
    assertOneError(withSite({ hours: { mon: ['09:00-17:00'] } }), 'sites.demo-shop.hours.mon[0]', 'write it as a pair: ["09:00", "17:00"]');
    assertOneError(withSite({ hours: { mon: [['09:00', '12:00', '17:00']] } }), 'sites.demo-shop.hours.mon[0]', 'pair of times');
    assertOneError(withSite({ hours: { mon: [{ start: '09:00', end: '17:00' }] } }), 'sites.demo-shop.hours.mon[0]', 'pair of times');
    assertOneError(withSite({ hours: { mon: ['09:00', '17:00'] } }), 'sites.demo-shop.hours.mon', '[["09:00", "17:00"]]');
    assertOneError(withSite({ hours: { mon: [['09:00', '17:00']], tue: 'closed' } }), 'sites.demo-shop.hours.tue', 'list of shifts');
    assertOneError(withSite({ hours: [['09:00', '17:00']] }), 'sites.demo-shop.hours', 'object');
  });

  test('a shift is not zero-length', () => {
    assertOneError(withSite({ hours: { mon: [['09:00', '09:00']] } }), 'sites.demo-shop.hours.mon[0]', 'zero-length');
    assertOneError(withSite({ hours: { mon: [['00:00', '00:00']] } }), 'sites.demo-shop.hours.mon[0]', 'zero-length', '["00:00", "24:00"]');
  });

  test('shifts do not overlap, also across midnight and the end of the week', () => {
    assertOneError(withSite({ hours: { mon: [['09:00', '13:00'], ['12:30', '18:00']] } }), 'sites.demo-shop.hours.mon[1]', 'overlaps mon[0]');
    assertOneError(withSite({ hours: { mon: [['22:00', '06:00']], tue: [['05:00', '09:00']] } }), 'sites.demo-shop.hours.tue[0]', 'overlaps mon[0]');
    assertOneError(withSite({ hours: { mon: [['00:00', '03:00']], sun: [['23:00', '01:00']] } }), 'sites.demo-shop.hours.sun[0]', 'overlaps mon[0]');
  });

  test('a week without any shift is refused', () => {
    assertOneError(withSite({ hours: {} }), 'sites.demo-shop.hours', 'never be open');
    assertOneError(withSite({ hours: Object.fromEntries(WEEKDAYS.map((day) => [day, []])) }), 'sites.demo-shop.hours', 'never be open');
  });

  test('closedDates are real dates', () => {
    assert.deepEqual(siteOf(withSite({ closedDates: ['2028-02-29', '2026-12-25'] })).hours.closedDates, ['2028-02-29', '2026-12-25']);
    assert.deepEqual(siteOf(withSite({ closedDates: ['2026-12-25', '2026-12-25'] })).hours.closedDates, ['2026-12-25'], 'a repeated date is kept once');
    assertOneError(withSite({ closedDates: ['2026-12-25', '2026-02-30'] }), 'sites.demo-shop.closedDates[1]', '"2026-02-30" is not a real date');
    for (const bad of ['2027-02-29', '2100-02-29', '2026-13-01', '2026-04-31', '2026-00-10', '2026-01-00']) {
      assertOneError(withSite({ closedDates: [bad] }), 'sites.demo-shop.closedDates[0]', 'not a real date');
    }
    for (const bad of ['25.12.2026', '2026-1-5', '2026-12-25T00:00', 20261225, null]) {
      assertOneError(withSite({ closedDates: [bad] }), 'sites.demo-shop.closedDates[0]', 'not a date', 'YYYY-MM-DD');
    }
    assertOneError(withSite({ closedDates: '2026-12-25' }), 'sites.demo-shop.closedDates', 'list of dates');
  });

  test('targetMinutes are positive whole numbers for every priority', () => {
    for (const bad of [0, -5, 1.5, '60', null, Number.NaN]) {
      assertOneError(withSite({ targetMinutes: { high: bad, medium: 240, low: 1440 } }), 'sites.demo-shop.targetMinutes.high', 'positive whole number');
    }
    assertOneError(withSite({ targetMinutes: { high: 60, low: 1440 } }), 'sites.demo-shop.targetMinutes.medium', 'missing');
    assertOneError(withSite({ targetMinutes: 60 }), 'sites.demo-shop.targetMinutes', 'per priority');
  });

  test('agentCapacity is a whole number from 1 to 50', () => {
    assert.equal(siteOf(withSite({ agentCapacity: 1 })).agentCapacity, 1);
    assert.equal(siteOf(withSite({ agentCapacity: 50 })).agentCapacity, 50);
    for (const bad of [0, 51, 2.5, -1, '3', null]) {
      assertOneError(withSite({ agentCapacity: bad }), 'sites.demo-shop.agentCapacity', 'from 1 to 50');
    }
  });

  test('languages: a non-empty list of BCP 47 tags, none twice', () => {
    assertOneError(withSite({ languages: [] }), 'sites.demo-shop.languages', 'at least one');
    assertOneError(withSite({ languages: 'en' }), 'sites.demo-shop.languages', 'list');
    assertOneError(withSite({ languages: ['en', 'en_US'] }), 'sites.demo-shop.languages[1]', '"en_US" is not a BCP 47 language tag', 'did you mean "en-US"?');
    for (const bad of ['english', 'e', '', 'en-', '123', 7]) {
      assertOneError(withSite({ languages: [bad] }), 'sites.demo-shop.languages[0]', 'not a BCP 47 language tag');
    }
    assertOneError(withSite({ languages: ['de', 'en', 'DE'] }), 'sites.demo-shop.languages[2]', 'listed twice', 'languages[0]');
  });

  test('webhookUrl is an http(s) URL', () => {
    for (const good of ['https://shop.example/hooks?x=1', 'http://localhost:8787/hooks/cs-widget', 'HTTPS://EXAMPLE.COM', 'http://[::1]:8080/']) {
      assert.equal(siteOf(withSite({ webhookUrl: good })).webhookUrl, good);
    }
    for (const bad of ['ftp://shop.example/', 'shop.example/hooks', 'https://', 'https://shop example/', 'https://x:99999/', '', null, 42]) {
      assertOneError(withSite({ webhookUrl: bad }), 'sites.demo-shop.webhookUrl', 'http(s) URL');
    }
    assertOneError(withSite({ webhookUrl: 'https://user:pw@shop.example/' }), 'sites.demo-shop.webhookUrl', 'password');
  });
});

describe('parseSites: every mistake at once', () => {
  test('several mistakes give several errors, in file order, and no sites', () => {
    const data = readDemo();
    const site = data.sites['demo-shop']!;
    site.timeZone = 'Europe/Berlinn';
    site.hours = { ...(site.hours as object), mon: [['09:00', '12:30'], ['25:00', '18:00']], sun: [['10:00', '10:00']] };
    site.closedDates = ['2026-12-24', '2026-12-32'];
    site.agentCapacity = 0;
    site.languages = ['en', 'xx_YY'];
    site.webhookUrl = 'localhost:8787/hooks';
    site.timezone = 'Europe/Berlin';
    data.sites['bad key!'] = { ...site, timeZone: 'Europe/Berlin', timezone: undefined };
    const errors = errorsOf(JSON.parse(JSON.stringify(data)));
    assert.deepEqual(
      errors.map((error) => error.slice(0, error.indexOf(': '))),
      [
        'sites.demo-shop.timezone',
        'sites.demo-shop.timeZone',
        'sites.demo-shop.hours.mon[1]',
        'sites.demo-shop.hours.sun[0]',
        'sites.demo-shop.closedDates[1]',
        'sites.demo-shop.agentCapacity',
        'sites.demo-shop.languages[1]',
        'sites.demo-shop.webhookUrl',
        'sites["bad key!"]',
        'sites["bad key!"].hours.mon[1]',
        'sites["bad key!"].hours.sun[0]',
        'sites["bad key!"].closedDates[1]',
        'sites["bad key!"].agentCapacity',
        'sites["bad key!"].languages[1]',
        'sites["bad key!"].webhookUrl',
      ],
      errors.join('\n'),
    );
  });

  test('one bad site refuses the whole file', () => {
    const data = readDemo();
    data.sites['second'] = { ...data.sites['demo-shop']!, agentCapacity: 99 };
    assert.deepEqual(errorsOf(data), ['sites.second.agentCapacity: 99 is not a whole number from 1 to 50']);
  });
});

describe('parseSites: the knowledge base and the order lookup', () => {
  const entry = (change: Record<string, unknown> = {}) =>
    changed(
      {
        id: 'returns-window',
        questions: { en: ['How do I return an item?', 'Can I send it back?'], 'zh-hans': ['如何退货？'] },
        answers: { en: 'Within 30 days.', de: 'Innerhalb von 30 Tagen.' },
      },
      change,
    );
  const withKb = (...entries: unknown[]) => withSite({ languages: ['en', 'de'], knowledgeBase: entries });
  const KB = 'sites.demo-shop.knowledgeBase';

  test('a good knowledge base is parsed: tags canonicalised, texts trimmed, repeated questions once', () => {
    const site = siteOf(
      withKb(entry(), entry({ id: 'warranty', questions: { EN: ['  Warranty?  ', 'Warranty?'], ar: [] }, answers: { en: ' Two years. ' } })),
    );
    assert.deepEqual(site.knowledgeBase, [
      {
        id: 'returns-window',
        questions: { en: ['How do I return an item?', 'Can I send it back?'], 'zh-Hans': ['如何退货？'] },
        answers: { en: 'Within 30 days.', de: 'Innerhalb von 30 Tagen.' },
      },
      { id: 'warranty', questions: { en: ['Warranty?'], ar: [] }, answers: { en: 'Two years.' } },
    ]);
  });

  test('the answer in the default language may use its base language', () => {
    const data = withSite({ languages: ['en-GB', 'de'], knowledgeBase: [entry()] });
    assert.equal(siteOf(data).knowledgeBase.length, 1);
  });

  test('knowledgeBase is a list of entry objects', () => {
    assertOneError(withSite({ knowledgeBase: {} }), KB, 'list of entries');
    assertOneError(withKb('returns'), `${KB}[0]`, 'expected an entry');
    assertOneError(withKb(entry(), entry({ id: 'b', extra: 1 })), `${KB}[1].extra`, 'unknown field "extra"');
    assertOneError(withKb(entry({ answers: undefined, answer: { en: 'x' } })), `${KB}[0].answer`, 'did you mean "answers"?');
    assertOneError(withSite({ languages: ['en'], faq: [] }), 'sites.demo-shop.faq', 'did you mean "knowledgeBase"?');
  });

  test(`at most ${MAX_KNOWLEDGE_ENTRIES} entries`, () => {
    const many = Array.from({ length: MAX_KNOWLEDGE_ENTRIES + 1 }, (_, i) => entry({ id: `entry-${i}` }));
    assertOneError(withKb(...many), KB, `at most ${MAX_KNOWLEDGE_ENTRIES}`);
    assert.equal(siteOf(withKb(...many.slice(1))).knowledgeBase.length, MAX_KNOWLEDGE_ENTRIES);
  });

  test('id: required, lower-case words and digits with hyphens, unique', () => {
    assertOneError(withKb(entry({ id: undefined })), `${KB}[0].id`, 'missing');
    for (const bad of ['Returns', '-returns', 'returns window', 'x'.repeat(65), '', 7]) {
      assertOneError(withKb(entry({ id: bad })), `${KB}[0].id`, 'not an id');
    }
    assertOneError(withKb(entry(), entry({ id: 'other' }), entry()), `${KB}[2].id`, 'used twice', 'knowledgeBase[0]');
  });

  test('questions: per language, a list of non-empty texts, at least one in all', () => {
    const Q = `${KB}[0].questions`;
    assertOneError(withKb(entry({ questions: undefined })), Q, 'missing');
    assertOneError(withKb(entry({ questions: ['How?'] })), Q, 'questions per language');
    assertOneError(withKb(entry({ questions: { en: [] } })), Q, 'no questions');
    assertOneError(withKb(entry({ questions: { en: 'How do I return?' } })), `${Q}.en`, 'put the question in brackets');
    assertOneError(withKb(entry({ questions: { en: ['ok', ''] } })), `${Q}.en[1]`, 'empty text');
    assertOneError(withKb(entry({ questions: { en: ['ok', 42] } })), `${Q}.en[1]`, 'a question as text');
    assertOneError(withKb(entry({ questions: { en_US: ['ok'] } })), `${Q}.en_US`, 'not a BCP 47 language tag', 'did you mean "en-US"?');
    assertOneError(withKb(entry({ questions: { english: ['ok'] } })), `${Q}.english`, 'not a BCP 47 language tag');
    assertOneError(withKb(entry({ questions: { de: ['a'], DE: ['b'] } })), `${Q}.DE`, 'same language as', 'questions.de');
    const long = 'x'.repeat(MAX_KNOWLEDGE_QUESTION_LENGTH + 1);
    assertOneError(withKb(entry({ questions: { en: [long] } })), `${Q}.en[0]`, `at most ${MAX_KNOWLEDGE_QUESTION_LENGTH}`);
    const many = Array.from({ length: MAX_KNOWLEDGE_QUESTIONS_PER_LANGUAGE + 1 }, (_, i) => `Question ${i}?`);
    assertOneError(withKb(entry({ questions: { en: many } })), `${Q}.en`, `at most ${MAX_KNOWLEDGE_QUESTIONS_PER_LANGUAGE}`);
  });

  test("answers: per language, non-empty text, one in the site's default language", () => {
    const A = `${KB}[2].answers`;
    const data = (answers: unknown) => withKb(entry({ id: 'a' }), entry({ id: 'b' }), entry({ id: 'c', answers }));
    assertOneError(data({ de: 'Nur Deutsch.' }), A, 'no answer in "en"', "site's default language");
    assertOneError(data({ en: '  ' }), `${A}.en`, 'empty text');
    assertOneError(data({ en: ['Within 30 days.'] }), `${A}.en`, 'the answer as text');
    assertOneError(data({ en: 'ok', 'de_DE': 'ok' }), `${A}.de_DE`, 'not a BCP 47 language tag', 'did you mean "de-DE"?');
    assertOneError(data('Within 30 days.'), A, 'an answer per language');
    assertOneError(data({ en: 'x'.repeat(MAX_KNOWLEDGE_ANSWER_LENGTH + 1) }), `${A}.en`, `at most ${MAX_KNOWLEDGE_ANSWER_LENGTH}`);
    assertOneError(withKb(entry({ id: 'a', answers: undefined })), `${KB}[0].answers`, 'missing');
  });

  test('with broken languages, only the languages are reported', () => {
    assertOneError(withSite({ languages: ['en_GB'], knowledgeBase: [entry()] }), 'sites.demo-shop.languages[0]', 'not a BCP 47');
  });

  test('orderLookupUrl is an http(s) URL without credentials', () => {
    assert.equal(siteOf(withSite({ orderLookupUrl: 'https://shop.example/orders/lookup' })).orderLookupUrl, 'https://shop.example/orders/lookup');
    for (const bad of ['ftp://shop.example/', 'shop.example/orders', '', null, 42]) {
      assertOneError(withSite({ orderLookupUrl: bad }), 'sites.demo-shop.orderLookupUrl', 'http(s) URL');
    }
    assertOneError(withSite({ orderLookupUrl: 'https://user:pw@shop.example/' }), 'sites.demo-shop.orderLookupUrl', 'password');
    assertOneError(withSite({ orderLookup: 'https://shop.example/' }), 'sites.demo-shop.orderLookup', 'did you mean "orderLookupUrl"?');
  });

  test('several knowledge-base mistakes are all reported, in file order', () => {
    const errors = errorsOf(
      withKb(entry({ id: 'Bad' }), entry({ id: 'b', questions: { en: [''] }, answers: { de: 'x' } }), entry({ id: 'b', answers: { en: '' } })),
    );
    assert.deepEqual(
      errors.map((error) => error.slice(0, error.indexOf(': '))),
      [`${KB}[0].id`, `${KB}[1].questions.en[0]`, `${KB}[1].answers`, `${KB}[2].answers.en`, `${KB}[2].id`],
      errors.join('\n'),
    );
  });
});

describe('parseSites: canned replies', () => {
  const reply = (change: Record<string, unknown> = {}) =>
    changed(
      {
        id: 'de-escalate',
        title: 'De-escalate',
        parts: { en: ['Sorry.', 'I am {agent}.', 'Done by {time}.'], 'de-de': ['Entschuldigung.'] },
      },
      change,
    );
  const withReplies = (...replies: unknown[]) => withSite({ languages: ['en', 'de'], cannedReplies: replies });
  const CR = 'sites.demo-shop.cannedReplies';

  test('good replies are parsed: tags canonicalised, texts trimmed, parts in order', () => {
    const site = siteOf(withReplies(reply(), reply({ id: 'thanks', title: '  Thanks  ', parts: { EN: ['  Thank you!  '] } })));
    assert.deepEqual(site.cannedReplies, [
      { id: 'de-escalate', title: 'De-escalate', parts: { en: ['Sorry.', 'I am {agent}.', 'Done by {time}.'], 'de-DE': ['Entschuldigung.'] } },
      { id: 'thanks', title: 'Thanks', parts: { en: ['Thank you!'] } },
    ]);
  });

  test('cannedReplies is an optional list of reply objects', () => {
    assertOneError(withSite({ cannedReplies: {} }), CR, 'list of canned replies');
    assertOneError(withReplies('hello'), `${CR}[0]`, 'expected a canned reply');
    assertOneError(withReplies(reply({ extra: 1 })), `${CR}[0].extra`, 'unknown field "extra"');
    assertOneError(withReplies(reply({ title: undefined, label: 'x' })), `${CR}[0].label`, 'did you mean "title"?');
    assertOneError(withSite({ macros: [] }), 'sites.demo-shop.macros', 'did you mean "cannedReplies"?');
    const many = Array.from({ length: MAX_CANNED_REPLIES + 1 }, (_, i) => reply({ id: `reply-${i}` }));
    assertOneError(withReplies(...many), CR, `at most ${MAX_CANNED_REPLIES}`);
    assert.equal(siteOf(withReplies(...many.slice(1))).cannedReplies.length, MAX_CANNED_REPLIES);
  });

  test('id: required, like a knowledge-base id, unique', () => {
    assertOneError(withReplies(reply({ id: undefined })), `${CR}[0].id`, 'missing');
    for (const bad of ['Greeting', '-greeting', 'de escalate', '', 3]) assertOneError(withReplies(reply({ id: bad })), `${CR}[0].id`, 'not an id');
    assertOneError(withReplies(reply(), reply({ id: 'other' }), reply()), `${CR}[2].id`, 'used twice', 'cannedReplies[0]', 'every canned reply');
  });

  test(`title: required text of at most ${MAX_CANNED_REPLY_TITLE_LENGTH} characters`, () => {
    assertOneError(withReplies(reply({ title: undefined })), `${CR}[0].title`, 'missing');
    assertOneError(withReplies(reply({ title: ' ' })), `${CR}[0].title`, 'empty text');
    assertOneError(withReplies(reply({ title: 7 })), `${CR}[0].title`, 'the title as text');
    assertOneError(withReplies(reply({ title: 'x'.repeat(MAX_CANNED_REPLY_TITLE_LENGTH + 1) })), `${CR}[0].title`, `at most ${MAX_CANNED_REPLY_TITLE_LENGTH}`);
    assert.equal(siteOf(withReplies(reply({ title: 'x'.repeat(MAX_CANNED_REPLY_TITLE_LENGTH) }))).cannedReplies.length, 1);
  });

  test(`parts: per language, 1 to ${MAX_CANNED_REPLY_PARTS} non-empty paragraphs of at most ${MAX_BODY_LENGTH}, one language the default`, () => {
    const P = `${CR}[0].parts`;
    const withParts = (parts: unknown) => withReplies(reply({ parts }));
    assertOneError(withReplies(reply({ parts: undefined })), P, 'missing');
    assertOneError(withParts(['Hello']), P, 'paragraphs per language');
    assertOneError(withParts({ en: 'Hello' }), `${P}.en`, 'put the text in brackets');
    assertOneError(withParts({ en: [] }), `${P}.en`, `1 to ${MAX_CANNED_REPLY_PARTS} paragraphs`, 'got 0');
    const tooMany = Array.from({ length: MAX_CANNED_REPLY_PARTS + 1 }, (_, i) => `Part ${i}.`);
    assertOneError(withParts({ en: tooMany }), `${P}.en`, `1 to ${MAX_CANNED_REPLY_PARTS} paragraphs`);
    assert.equal(siteOf(withParts({ en: tooMany.slice(1) })).cannedReplies[0]?.parts.en?.length, MAX_CANNED_REPLY_PARTS);
    assertOneError(withParts({ en: ['ok', '  '] }), `${P}.en[1]`, 'empty text');
    assertOneError(withParts({ en: ['ok', 42] }), `${P}.en[1]`, 'a paragraph as text');
    assertOneError(withParts({ en: ['x'.repeat(MAX_BODY_LENGTH + 1)] }), `${P}.en[0]`, `at most ${MAX_BODY_LENGTH}`);
    assertOneError(withParts({ en_GB: ['ok'] }), `${P}.en_GB`, 'not a BCP 47 language tag', 'did you mean "en-GB"?');
    assertOneError(withParts({ en: ['a'], EN: ['b'] }), `${P}.EN`, 'same language as');
    assertOneError(withParts({ de: ['Nur Deutsch.'] }), P, 'no paragraphs in "en"', "site's default language");
    assertOneError(withParts({}), P, 'no paragraphs in "en"');
  });

  test('placeholders: only {agent} and {time}', () => {
    const P = `${CR}[0].parts`;
    assertOneError(withReplies(reply({ parts: { en: ['Hi, {agnet} here.'] } })), `${P}.en[0]`, 'unknown placeholder {agnet}', '{agent}', '{time}');
    assertOneError(withReplies(reply({ parts: { en: ['By {time}.', 'From {Agent}.'] } })), `${P}.en[1]`, 'unknown placeholder {Agent}');
    // Both may repeat; a lone brace is no placeholder.
    assert.equal(siteOf(withReplies(reply({ parts: { en: ['{agent}, {time}, {agent}', 'See you :-}'] } }))).cannedReplies.length, 1);
  });
});

describe('formatConfigErrors', () => {
  test('names the file, counts the mistakes and lists each on its own line', () => {
    const errors = ['sites.a.timeZone: "X" is not an IANA time zone', 'sites.a.agentCapacity: 0 is not a whole number from 1 to 50'];
    const lines = formatConfigErrors(errors, 'server/sites.json').split('\n');
    assert.equal(lines.length, 4);
    assert.equal(lines[0], 'The site configuration server/sites.json has 2 mistakes:');
    assert.equal(lines[1], `  - ${errors[0]}`);
    assert.equal(lines[2], `  - ${errors[1]}`);
    assert.match(lines[3]!, /server\/sites\.json/);
    assert.match(lines[3]!, /docs\/site-config\.md/);
  });

  test('says "1 mistake" for one', () => {
    const text = formatConfigErrors(['sites: missing'], '/etc/cs/sites.json');
    assert.match(text, /^The site configuration \/etc\/cs\/sites\.json has 1 mistake:\n {2}- sites: missing\n/);
  });
});
