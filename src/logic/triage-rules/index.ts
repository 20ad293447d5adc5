/**
 * Every language's triage rules. To add a language: copy `en.ts`, translate the cues (think of how shoppers
 * really write: informal forms, common misspellings, inflections), and list it here.
 */
import { rules as ar } from './ar.js';
import { rules as common } from './common.js';
import { rules as de } from './de.js';
import { rules as en } from './en.js';
import { rules as es } from './es.js';
import { EXTRA } from './extra.js';
import { rules as fa } from './fa.js';
import { rules as fr } from './fr.js';
import { rules as he } from './he.js';
import { rules as id } from './id.js';
import { rules as it } from './it.js';
import { rules as ja } from './ja.js';
import { rules as ko } from './ko.js';
import { NOT_NEEDED } from './not-needed.js';
import { rules as nl } from './nl.js';
import { rules as pl } from './pl.js';
import { rules as ptBR } from './pt-BR.js';
import { rules as ru } from './ru.js';
import { rules as th } from './th.js';
import { rules as tr } from './tr.js';
import type { Signal, TriageRules } from './types.js';
import { rules as vi } from './vi.js';
import { rules as zhHans } from './zh-Hans.js';

export type { Script, Signal, TriageRules, WaitUnits } from './types.js';
export { SCRIPTS, SIGNALS } from './types.js';

/** The languages the triage has rules for (BCP 47). */
export const TRIAGE_LANGUAGES = ['en', 'es', 'fr', 'de', 'pt-BR', 'it', 'nl', 'pl', 'ru', 'tr', 'ar', 'he', 'fa', 'zh-Hans', 'ja', 'ko', 'id', 'th', 'vi'] as const;

/** A language's rules with the cues of `extra.ts` and `not-needed.ts` added. */
function withExtra(rules: TriageRules): TriageRules {
  const extra: Partial<Record<Signal, readonly string[]>> = { ...EXTRA[rules.lang] };
  extra.notNeeded = NOT_NEEDED[rules.lang] ?? [];
  const cues: Partial<Record<Signal, readonly string[]>> = { ...rules.cues };
  for (const [signal, list] of Object.entries(extra) as [Signal, readonly string[]][]) {
    cues[signal] = [...new Set([...(cues[signal] ?? []), ...list])];
  }
  return { ...rules, cues };
}

export const RULES: readonly TriageRules[] = [en, es, fr, de, ptBR, it, nl, pl, ru, tr, ar, he, fa, zhHans, ja, ko, id, th, vi].map(withExtra);

/** Emoji and emoticons: read in every message. */
export const COMMON_RULES: TriageRules = common;
