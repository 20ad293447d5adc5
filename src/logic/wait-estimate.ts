/**
 * Honest expected wait (DESIGN.md section 5). Pure: no clock, no randomness, no I/O.
 *
 * Model. A waiting conversation gets a person once `releases` = max(0, ahead + 1 - freeSlots) busy slots
 * have freed up (slots = online agents x agentCapacity; away agents add none). `slots` slots turning over
 * take about `releases / slots` handling times, so the point prediction is
 *   wait ~ pickup + (releases / slots) x handling,
 * with `pickup` (median answer when a slot was free) and `handling` (ratio of sums) fitted on recent
 * first-response samples, each recorded with the queue it started in (`SampleContext`). The range is
 * that point times the narrowest band holding `COVERAGE` of the observed/predicted ratios of recent
 * samples of the same priority (lower priorities get overtaken), per bin of releases (few releases:
 * a wider relative spread), i.e. split conformal; then kept monotone (never below fewer releases or an
 * immediate answer) and widened to round minutes. Too little history, or nobody online: the target.
 */
import type { Priority, WaitEstimate } from '../protocol/wait.js';

export type OpenEstimate = Extract<WaitEstimate, { kind: 'open' }>;

/** One waiting conversation in the site's queue. */
export interface QueueEntry {
  readonly conversationId: string;
  readonly priority: Priority;
  /** Epoch ms since it has been waiting for a person. */
  readonly waitingSince: number;
}

/** An agent signed in to the inbox (offline agents are not listed). */
export interface AgentLoad {
  /** `away` agents keep their conversations but take no new ones: they add no capacity. */
  readonly status: 'online' | 'away';
  readonly activeConversations: number;
}

/** What the queue looked like when a conversation started waiting: record it with its sample. */
export interface SampleContext {
  /** Conversations before it in `orderQueue` order. */
  readonly ahead: number;
  /** Slots of online (not away) agents: online agents x agentCapacity. */
  readonly slots: number;
  /** Of those slots, how many were free. */
  readonly freeSlots: number;
}

/** One measured first response, with the queue it was measured in. */
export interface ResponseSample extends SampleContext {
  /** Business minutes from starting to wait to the first answer of a person. */
  readonly minutes: number;
  /** Its priority when it started waiting. */
  readonly priority: Priority;
}

export interface EstimateInput {
  /** Conversations before this one in `orderQueue` order. */
  readonly ahead: number;
  readonly priority: Priority;
  readonly agents: readonly AgentLoad[];
  /** Conversations one agent handles at once (`SiteConfig.agentCapacity`). */
  readonly agentCapacity: number;
  /**
   * Recent first responses inside business hours, most recent last. The inbox keeps the last
   * `MAX_SAMPLES_PER_PRIORITY` of each priority; the estimator uses the last `MAX_SAMPLES` of all for
   * the pickup and those of this priority for the band.
   */
  readonly recentFirstResponses: readonly ResponseSample[];
  /** The site's first-response target for this priority, in business minutes. */
  readonly targetMinutes: number;
  /** Fewer samples than this: the target is shown instead of a measurement (default `MIN_SAMPLES_FOR_MEASURED`). */
  readonly minimumSamples?: number;
}

/** Fewer recent samples than this: show the target (`basis: 'target'`). */
export const MIN_SAMPLES_FOR_MEASURED = 20;
/** Only the most recent samples count: the team, the day and the traffic change. */
export const MAX_SAMPLES = 100;
/** The inbox keeps the last this many samples of each priority (the band of a priority uses its own). */
export const MAX_SAMPLES_PER_PRIORITY = 100;
/** Samples a band is taken from, at least (neighbouring bins are pooled until there are this many). */
export const MIN_SAMPLES_PER_BAND = 16;
/**
 * Bins of slot releases needed (upper edges; the last bin is open). The spread of a wait shrinks as
 * more releases add up, whatever the number of slots, so the bands are per bin of releases.
 */
export const RELEASE_BINS = [1, 2, 4, 8, 16] as const;
/** Floor of the pickup and per-turn minutes (a guard against degenerate history). */
export const MIN_PICKUP_MINUTES = 0.25;
/** Share of recent observed/predicted ratios the band must hold, before rounding widens it. */
export const COVERAGE = 0.85;
/**
 * The band is the narrowest holding `COVERAGE`, but leaves out at most this share of the fastest
 * answers (waits cluster near their start: the narrowest band would often give up the fast tail).
 */
export const MAX_FAST_TAIL = 0.03;
/** Round numbers a person would say; past the last, whole hours. */
export const ROUND_MINUTES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 15, 20, 25, 30, 40, 45, 50, 60, 75, 90, 120, 150, 180, 240] as const;

const PRIORITY_RANK: Readonly<Record<Priority, number>> = { high: 0, medium: 1, low: 2 };

/** Waiting conversations in the order people answer them: priority, then oldest first, then id. */
/** The recent samples with `sample` added: the most recent `MAX_SAMPLES_PER_PRIORITY` of each priority, in order. */
export function addSample(samples: readonly ResponseSample[], sample: ResponseSample): ResponseSample[] {
  const next = [...samples, sample];
  const samePriority = next.filter((s) => s.priority === sample.priority);
  return samePriority.length > MAX_SAMPLES_PER_PRIORITY ? next.filter((s) => s !== samePriority[0]) : next;
}

export function orderQueue<T extends QueueEntry>(entries: readonly T[]): T[] {
  return [...entries].sort(
    (a, b) =>
      PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] ||
      a.waitingSince - b.waitingSince ||
      (a.conversationId < b.conversationId ? -1 : a.conversationId > b.conversationId ? 1 : 0),
  );
}

/** The context to record now with the sample this conversation will give once a person answers. */
export function sampleContext(input: Pick<EstimateInput, 'ahead' | 'agents' | 'agentCapacity'>): SampleContext {
  const capacity = Math.max(0, Math.floor(input.agentCapacity));
  let slots = 0;
  let freeSlots = 0;
  for (const agent of input.agents) {
    if (agent.status !== 'online') continue;
    slots += capacity;
    freeSlots += Math.max(0, capacity - Math.max(0, agent.activeConversations));
  }
  return { ahead: Math.max(0, Math.floor(input.ahead)), slots, freeSlots };
}

/** Slot releases needed before this conversation gets a person. */
const releasesOf = (c: SampleContext) => Math.max(0, c.ahead + 1 - c.freeSlots);
/** Those releases in mean handling times ("turns"); 0 when a slot is free for it. */
const turnsOf = (c: SampleContext) => (c.slots > 0 ? releasesOf(c) / c.slots : releasesOf(c));
/** Which `RELEASE_BINS` bin a positive number of releases falls in. */
const binOf = (releases: number) => {
  const at = RELEASE_BINS.findIndex((edge) => releases <= edge);
  return at === -1 ? RELEASE_BINS.length : at;
};

interface Band {
  readonly low: number;
  readonly high: number;
}

interface Fit {
  /** Band of minutes to an answer when a slot is free at once. */
  readonly immediate: Band;
  /** Typical minutes to an answer when a slot is free (the intercept of the point prediction). */
  readonly pickup: number;
  /** Queued: minutes per turn (about one handling time), and a band of observed/predicted ratios per bin. */
  readonly queued?: { readonly handling: number; readonly bands: readonly Band[] };
}

interface Point {
  readonly minutes: number;
  readonly releases: number;
  readonly turns: number;
}

export function estimateWait(input: EstimateInput): OpenEstimate {
  const ahead = Math.max(0, Math.floor(input.ahead));
  const context = sampleContext(input);
  const capacity = Math.max(1, Math.floor(input.agentCapacity));
  const all = usable(input.recentFirstResponses);
  const recent = all.slice(-MAX_SAMPLES);
  const own = all.filter((s) => s.priority === input.priority).slice(-MAX_SAMPLES_PER_PRIORITY);
  const minimum = Math.max(1, input.minimumSamples ?? MIN_SAMPLES_FOR_MEASURED);
  const fit = recent.length >= minimum ? fitModel(recent, own) : undefined;
  const releases = releasesOf(context);

  if (fit && context.slots > 0 && (releases === 0 || fit.queued)) {
    const range = predict(fit, releases, context.slots);
    return open(ahead, range.low, range.high, 'measured');
  }

  // Target: too little history, nobody online, or a queue and no measured turnover yet. Each round of
  // all slots turning over is given the target; nobody online counts as one agent, fully busy.
  const slots = context.slots > 0 ? context.slots : capacity;
  const needed = context.slots > 0 ? releases : ahead + 1;
  const rounds = Math.max(1, Math.ceil(needed / slots));
  let low = 0;
  let high = Math.max(1, input.targetMinutes) * rounds;
  if (fit) {
    // Never promise faster than a free agent has answered, nor less than one busy agent would take.
    low = fit.immediate.low;
    high = Math.max(high, fit.immediate.high);
    if (context.slots === 0 && fit.queued) high = Math.max(high, predict(fit, ahead + 1, capacity).high);
  }
  return open(ahead, low, high, 'target');
}

function open(ahead: number, low: number, high: number, basis: OpenEstimate['basis']): OpenEstimate {
  const range = roundRange(low, high);
  return { kind: 'open', ahead, lowMinutes: range.low, highMinutes: range.high, basis };
}

function usable(samples: readonly ResponseSample[]): ResponseSample[] {
  return samples.filter(
    (s) =>
      Number.isFinite(s.minutes) &&
      s.minutes >= 0 &&
      Number.isFinite(s.ahead + s.slots + s.freeSlots) &&
      s.ahead >= 0 &&
      s.slots >= 0 &&
      s.freeSlots >= 0,
  );
}

function fitModel(recent: readonly ResponseSample[], own: readonly ResponseSample[]): Fit {
  const points = (list: readonly ResponseSample[]): Point[] =>
    list.map((s) => ({ minutes: s.minutes, releases: releasesOf(s), turns: turnsOf(s) }));
  const recentPoints = points(recent);
  const answeredAtOnce = recentPoints.filter((p) => p.turns === 0).map((p) => p.minutes);
  // A free agent: its recent answers; with too few of them, no slower than the fastest quarter of all.
  const immediate =
    answeredAtOnce.length >= MIN_SAMPLES_PER_BAND
      ? shortestBand(answeredAtOnce)
      : { low: 0, high: quantile(recentPoints.map((p) => p.minutes), 0.25) };
  const pickup = Math.max(
    answeredAtOnce.length >= MIN_SAMPLES_PER_BAND ? quantile(answeredAtOnce, 0.5) : immediate.high / 2,
    MIN_PICKUP_MINUTES,
  );

  // Queued ones of this priority (later arrivals of a higher priority overtake a lower one); too few: all.
  const ownQueued = points(own).filter((p) => p.turns > 0);
  const queued = ownQueued.length >= MIN_SAMPLES_PER_BAND ? ownQueued : recentPoints.filter((p) => p.turns > 0);
  if (queued.length < MIN_SAMPLES_PER_BAND) return { immediate, pickup };
  // Minutes per turn: ratio of sums (the spread of a wait grows with its length).
  let waited = 0;
  let turns = 0;
  for (const q of queued) {
    waited += Math.max(0, q.minutes - pickup);
    turns += q.turns;
  }
  const handling = Math.max(waited / turns, MIN_PICKUP_MINUTES);
  const ratio = (q: Point) => q.minutes / (pickup + q.turns * handling);
  // Per bin of releases, the band of the bin's samples, widened to neighbouring bins until it has enough.
  const byBin: Point[][] = Array.from({ length: RELEASE_BINS.length + 1 }, () => []);
  for (const q of queued) byBin[binOf(q.releases)]!.push(q);
  const bands = byBin.map((_, bin) => {
    const chosen: Point[] = [...byBin[bin]!];
    for (let step = 1; chosen.length < MIN_SAMPLES_PER_BAND && step < byBin.length; step++) {
      chosen.push(...(byBin[bin - step] ?? []), ...(byBin[bin + step] ?? []));
    }
    return shortestBand(chosen.map(ratio));
  });
  return { immediate, pickup, queued: { handling, bands } };
}

/**
 * The range for `releases` with `slots` turning over: the point prediction times the band of its bin,
 * never below the range of an immediate answer nor below that of fewer releases (so it grows with the
 * queue and shrinks with more slots).
 */
function predict(fit: Fit, releases: number, slots: number): Band {
  let { low, high } = fit.immediate;
  if (releases === 0 || !fit.queued) return { low, high };
  const { handling, bands } = fit.queued;
  const bin = binOf(releases);
  const extend = (band: Band, at: number) => {
    const point = fit.pickup + (at / slots) * handling;
    low = Math.max(low, point * band.low);
    high = Math.max(high, point * band.high);
  };
  for (let b = 0; b < bin; b++) extend(bands[b]!, RELEASE_BINS[b]!);
  extend(bands[bin]!, releases);
  return { low, high };
}

/** The narrowest [low, high] of values holding at least `COVERAGE` of them, leaving out at most `MAX_FAST_TAIL` below. */
function shortestBand(values: number[]): Band {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const k = Math.min(n, Math.ceil(COVERAGE * (n + 1))) - 1;
  let best = { low: sorted[0] ?? 0, high: sorted[n - 1] ?? 0 };
  for (let i = 0; i + k < n && i <= Math.floor(MAX_FAST_TAIL * n); i++) {
    const low = sorted[i]!;
    const high = sorted[i + k]!;
    if (high - low < best.high - best.low) best = { low, high };
  }
  return best;
}

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const at = Math.min(sorted.length - 1, Math.max(0, Math.floor(q * (sorted.length - 1))));
  return sorted[at]!;
}

/**
 * Whole, round minutes (`ROUND_MINUTES`): low rounded down, high up, high >= 1 and above low.
 * 0-1 means "under a minute"; 0-N "within N minutes"; L-H "L to H minutes".
 */
export function roundRange(low: number, high: number): { low: number; high: number } {
  const lo = roundDown(Math.max(0, Number.isFinite(low) ? low : 0));
  let hi = roundUp(Math.max(lo, 1, Number.isFinite(high) ? high : lo));
  if (hi === lo) hi = roundUp(hi + 1);
  return { low: lo, high: hi };
}

const LAST_ROUND = ROUND_MINUTES[ROUND_MINUTES.length - 1]!;

function roundDown(minutes: number): number {
  if (minutes >= LAST_ROUND) return Math.floor(minutes / 60) * 60;
  let result = 0;
  for (const r of ROUND_MINUTES) if (r <= minutes) result = r;
  return result;
}

function roundUp(minutes: number): number {
  if (minutes > LAST_ROUND) return Math.ceil(minutes / 60) * 60;
  for (const r of ROUND_MINUTES) if (r >= minutes) return r;
  return LAST_ROUND;
}
