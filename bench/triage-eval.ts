/**
 * Accuracy of the triage (src/logic/triage.ts) on a labelled set: one JSON object a line with
 * `lang, text, category, priority, human, sentiment` (see ../shared/eval/README.md).
 * Prints a table per language, then the overall lines; `--verbose` also lists every miss.
 * Run: npm run bench:triage [path/to/set.jsonl ...] [--verbose] (several files are read as one set)
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { foldText, wordsOf } from '../src/logic/text.ts';
import { explainTriage, triage, type Triage } from '../src/logic/triage.ts';

interface Example {
  readonly id?: string;
  readonly lang: string;
  readonly text: string;
  readonly category: string;
  readonly priority: string;
  readonly human: boolean;
  readonly sentiment: string;
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
// Several files are read as one set (a held-out set written in parts).
const files = args.filter((arg) => !arg.startsWith('--'));
const paths = files.length > 0 ? files.map((file) => resolve(file)) : [join(import.meta.dirname, '../../shared/eval/triage-dev.jsonl')];
const path = paths.join(' + ');
const examples: Example[] = paths.flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Example),
);

interface Tally {
  n: number;
  category: number;
  priority: number;
  sentiment: number;
  highTrue: number;
  highPredicted: number;
  highHit: number;
  humanTrue: number;
  humanPredicted: number;
  humanHit: number;
}

const empty = (): Tally => ({ n: 0, category: 0, priority: 0, sentiment: 0, highTrue: 0, highPredicted: 0, highHit: 0, humanTrue: 0, humanPredicted: 0, humanHit: 0 });

function add(tally: Tally, example: Example, got: Triage): void {
  tally.n++;
  if (got.category === example.category) tally.category++;
  if (got.priority === example.priority) tally.priority++;
  if (got.sentiment === example.sentiment) tally.sentiment++;
  if (example.priority === 'high') tally.highTrue++;
  if (got.priority === 'high') tally.highPredicted++;
  if (example.priority === 'high' && got.priority === 'high') tally.highHit++;
  if (example.human) tally.humanTrue++;
  if (got.wantsHuman) tally.humanPredicted++;
  if (example.human && got.wantsHuman) tally.humanHit++;
}

const pct = (part: number, whole: number) => (whole === 0 ? '    -' : `${((100 * part) / whole).toFixed(1)}%`.padStart(6));

function run(withHint: boolean): { byLang: Map<string, Tally>; total: Tally } {
  const byLang = new Map<string, Tally>();
  const total = empty();
  for (const example of examples) {
    const got = triage(example.text, withHint ? example.lang : undefined);
    if (!byLang.has(example.lang)) byLang.set(example.lang, empty());
    add(byLang.get(example.lang)!, example, got);
    add(total, example, got);
    if (verbose && withHint) {
      const misses = (['category', 'priority', 'sentiment'] as const).filter((field) => got[field] !== example[field]);
      if (got.wantsHuman !== example.human) misses.push('human' as never);
      if (misses.length > 0) {
        const wanted = misses.map((field) => `${field}: ${field === ('human' as never) ? example.human : example[field]} ≠ ${field === ('human' as never) ? got.wantsHuman : got[field]}`);
        console.log(`${example.id ?? ''} [${example.lang}] ${example.text}\n    ${wanted.join(', ')}   {${explainTriage(example.text, example.lang).join(' ')}}`);
      }
    }
  }
  return { byLang, total };
}

// The first call pays for preparing every language's rules (once per server isolate).
const coldStart = performance.now();
triage(examples[0]?.text ?? '', examples[0]?.lang);
const firstCallMs = performance.now() - coldStart;

const { byLang, total } = run(true);
const header = ['lang', 'n', 'category', 'priority', 'high rec', 'high prec', 'human rec', 'human prec', 'sentiment'];
const row = (name: string, t: Tally) =>
  [name.padEnd(8), String(t.n).padStart(4), pct(t.category, t.n), pct(t.priority, t.n), pct(t.highHit, t.highTrue), pct(t.highHit, t.highPredicted), pct(t.humanHit, t.humanTrue), pct(t.humanHit, t.humanPredicted), pct(t.sentiment, t.n)]
    .map((cell, i) => (i === 0 ? cell : cell.padStart(header[i]!.length)))
    .join('  ');
console.log(`\ntriage on ${path} (${examples.length} messages, lang hint given)\n`);
console.log(header.map((h, i) => (i === 0 ? h.padEnd(8) : h)).join('  '));
for (const [lang, tally] of byLang) console.log(row(lang, tally));
console.log(row('all', total));

console.log(`
category accuracy ${pct(total.category, total.n).trim()}
priority accuracy ${pct(total.priority, total.n).trim()}
high-priority recall ${pct(total.highHit, total.highTrue).trim()}
high-priority precision ${pct(total.highHit, total.highPredicted).trim()}
human-request recall ${pct(total.humanHit, total.humanTrue).trim()}
human-request precision ${pct(total.humanHit, total.humanPredicted).trim()}
sentiment accuracy ${pct(total.sentiment, total.n).trim()}`);

// The same without the hint: a shopper may write in another language than the page's.
const blind = run(false).total;
console.log(`
without the lang hint: category ${pct(blind.category, blind.n).trim()}, priority ${pct(blind.priority, blind.n).trim()}, high recall ${pct(blind.highHit, blind.highTrue).trim()}, human recall ${pct(blind.humanHit, blind.humanTrue).trim()}, human precision ${pct(blind.humanHit, blind.humanPredicted).trim()}, sentiment ${pct(blind.sentiment, blind.n).trim()}`);

// Speed, warm: the triage against the baseline of only folding and segmenting each message once.
const ROUNDS = 5;
const timePerMessage = (work: (example: Example) => unknown) => {
  const start = performance.now();
  for (let round = 0; round < ROUNDS; round++) for (const example of examples) work(example);
  return (performance.now() - start) / (ROUNDS * examples.length);
};
const baseline = timePerMessage((e) => wordsOf(foldText(e.text), e.lang));
const perMessage = timePerMessage((e) => triage(e.text, e.lang));
console.log(
  `\nspeed: ${(perMessage * 1000).toFixed(0)} µs a message (fold and segment once: ${(baseline * 1000).toFixed(0)} µs, ratio ${(perMessage / baseline).toFixed(1)}x); first call ${firstCallMs.toFixed(0)} ms`,
);
