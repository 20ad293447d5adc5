/**
 * Calibration of the expected wait (DESIGN.md section 5): simulated days of traffic go through
 * `estimateWait` exactly as the inbox would call it, and we count how many real waits fell inside the
 * range that was shown. Deterministic (seeded PRNG), a few seconds, no assertions: it prints numbers.
 *
 * The day: 09:00-18:00, arrivals a non-homogeneous Poisson process (thinning) with a late-morning and an
 * after-lunch peak; priorities ~20% high, 60% medium, 20% low; agents with shifts, breaks (away) and
 * early leavers, each taking up to `agentCapacity` conversations at once; handling times log-normal;
 * the queue served in `orderQueue` order. A free agent notices the queue after a short log-normal delay,
 * takes the first conversation in line, and answers after another short delay: that first answer ends
 * the wait and becomes a sample (with the queue it saw when it started waiting). Agents whose shift
 * ends finish their conversations (away) first; at closing the last ones stay until the queue is empty.
 *
 * Waits all fall inside the simulated business day (the last agents stay past 18:00 until the queue is
 * empty, and those minutes count), so minutes are business minutes.
 *
 * History: each scenario runs several consecutive days; day 1 starts from an EMPTY history (so the
 * target is shown at first), each later day starts with the samples the day before left (the last
 * `MAX_SAMPLES_PER_PRIORITY` of each priority, as the inbox keeps them). The first seed of each scenario
 * is reported in detail, then a few other seeds in one line each.
 * Run: npm run bench:wait-calibration
 */
import { performance } from 'node:perf_hooks';
import type { Priority } from '../src/protocol/wait.ts';
import {
  addSample,
  estimateWait,
  orderQueue,
  sampleContext,
  type AgentLoad,
  type QueueEntry,
  type ResponseSample,
  type SampleContext,
} from '../src/logic/wait-estimate.ts';
import { mulberry32 } from '../tests/support/random.ts';

type Rng = () => number;
const exponential = (rng: Rng, rate: number) => -Math.log(1 - rng()) / rate;
function normal(rng: Rng) {
  const u = 1 - rng();
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
const logNormal = (rng: Rng, median: number, sigma: number) => median * Math.exp(sigma * normal(rng));

// ---------------------------------------------------------------------------------------------- scenarios

const DAY_MINUTES = 9 * 60; // 09:00-18:00; times below are minutes since 09:00
const at = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return (h! - 9) * 60 + m!;
};

interface AgentPlan {
  readonly name: string;
  readonly start: string;
  readonly end: string;
  /** Away periods: start and length in minutes (starts jitter by up to +-15 min each day). */
  readonly breaks: readonly (readonly [string, number])[];
}

interface Scenario {
  readonly name: string;
  readonly seed: number;
  readonly days: number;
  /** Expected conversations reaching the queue per day. */
  readonly conversations: number;
  readonly agentCapacity: number;
  /** Handling time of one conversation (log-normal). */
  readonly handlingMedian: number;
  readonly handlingSigma: number;
  readonly targetMinutes: Readonly<Record<Priority, number>>;
  readonly agents: readonly AgentPlan[];
}

const TARGETS = { high: 15, medium: 30, low: 60 } as const;

const SCENARIOS: readonly Scenario[] = [
  {
    name: 'quiet day',
    seed: 11,
    days: 5,
    conversations: 150,
    agentCapacity: 3,
    handlingMedian: 10,
    handlingSigma: 0.7,
    targetMinutes: TARGETS,
    agents: [
      { name: 'A', start: '09:00', end: '18:00', breaks: [['10:45', 10], ['12:00', 45], ['15:30', 10]] },
      { name: 'B', start: '09:00', end: '17:00', breaks: [['13:00', 45]] },
      { name: 'C', start: '13:00', end: '18:00', breaks: [['16:00', 15]] },
    ],
  },
  {
    name: 'busy day',
    seed: 22,
    days: 5,
    conversations: 450,
    agentCapacity: 3,
    handlingMedian: 9,
    handlingSigma: 0.7,
    targetMinutes: TARGETS,
    agents: [
      { name: 'A', start: '09:00', end: '17:00', breaks: [['10:30', 10], ['12:00', 45], ['15:00', 10]] },
      { name: 'B', start: '09:00', end: '18:00', breaks: [['11:15', 10], ['13:00', 45], ['16:00', 15]] },
      { name: 'C', start: '09:30', end: '18:00', breaks: [['12:30', 30], ['15:45', 10]] },
      { name: 'D', start: '10:00', end: '15:00', breaks: [['12:15', 20]] },
      { name: 'E', start: '13:00', end: '18:00', breaks: [['16:30', 10]] },
      { name: 'F', start: '11:00', end: '14:00', breaks: [] },
    ],
  },
  {
    name: 'understaffed day',
    seed: 33,
    days: 5,
    conversations: 280,
    agentCapacity: 3,
    handlingMedian: 10,
    handlingSigma: 0.75,
    targetMinutes: TARGETS,
    agents: [
      { name: 'A', start: '09:00', end: '18:00', breaks: [['11:00', 10], ['12:30', 40], ['15:30', 15]] },
      { name: 'B', start: '09:00', end: '14:30', breaks: [['11:45', 15]] },
      { name: 'C', start: '10:30', end: '18:00', breaks: [['13:15', 40], ['16:15', 10]] },
    ],
  },
];

/** Arrival intensity shape over the day: a base, a late-morning peak, an after-lunch peak, a small evening bump. */
const shape = (t: number) =>
  0.35 + Math.exp(-(((t - 135) / 55) ** 2)) + 0.85 * Math.exp(-(((t - 330) / 60) ** 2)) + 0.2 * Math.exp(-(((t - 480) / 40) ** 2));
const SHAPE_TOTAL = (() => {
  let sum = 0;
  for (let t = 0; t < DAY_MINUTES; t += 0.5) sum += shape(t + 0.25) * 0.5;
  return sum;
})();
const SHAPE_MAX = (() => {
  let max = 0;
  for (let t = 0; t < DAY_MINUTES; t += 0.5) max = Math.max(max, shape(t));
  return max * 1.01;
})();

const PICKUP_MEDIAN = 0.4; // a free agent noticing the queue, minutes
const PICKUP_SIGMA = 0.8;
const REPLY_MEDIAN = 0.6; // reading the handoff summary and typing the first answer
const REPLY_SIGMA = 0.6;

// ---------------------------------------------------------------------------------------------- simulation

interface Conversation extends QueueEntry {
  readonly arrival: number; // minutes since 09:00
  readonly context: SampleContext;
  readonly shown: { low: number; high: number; basis: 'measured' | 'target' };
  wait?: number;
}

interface Agent {
  readonly plan: AgentPlan;
  started: boolean;
  shiftOver: boolean;
  onBreak: boolean;
  /** Conversations the agent has taken and not finished. */
  active: number;
  /** Pickups on their way (the agent has noticed the queue). */
  pending: number;
}

/** Offline before the shift and once it is over and done; away on a break or while finishing after it. */
function statusOf(agent: Agent): 'online' | 'away' | 'offline' {
  if (!agent.started) return 'offline';
  if (agent.shiftOver) return agent.active > 0 ? 'away' : 'offline';
  return agent.onBreak ? 'away' : 'online';
}

type Event =
  | { kind: 'arrival' }
  | { kind: 'pickup'; agent: Agent }
  | { kind: 'answer'; conversation: Conversation }
  | { kind: 'finish'; agent: Agent }
  | { kind: 'shift-start' | 'shift-end' | 'break-start' | 'break-end'; agent: Agent };

class EventQueue {
  private heap: { time: number; seq: number; event: Event }[] = [];
  private seq = 0;
  push(time: number, event: Event) {
    const heap = this.heap;
    heap.push({ time, seq: this.seq++, event });
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }
  pop() {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && this.less(l, m)) m = l;
        if (r < heap.length && this.less(r, m)) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m]!, heap[i]!];
        i = m;
      }
    }
    return top;
  }
  private less(a: number, b: number) {
    const x = this.heap[a]!;
    const y = this.heap[b]!;
    return x.time < y.time || (x.time === y.time && x.seq < y.seq);
  }
}

function simulateDay(scenario: Scenario, rng: Rng, day: number, history: ResponseSample[]): Conversation[] {
  const events = new EventQueue();
  const agents: Agent[] = scenario.agents.map((plan) => ({
    plan,
    started: false,
    shiftOver: false,
    onBreak: false,
    active: 0,
    pending: 0,
  }));
  for (const agent of agents) {
    events.push(at(agent.plan.start), { kind: 'shift-start', agent });
    events.push(at(agent.plan.end), { kind: 'shift-end', agent });
    for (const [start, length] of agent.plan.breaks) {
      const begin = at(start) + (rng() * 30 - 15);
      events.push(begin, { kind: 'break-start', agent });
      events.push(begin + length * (0.8 + 0.4 * rng()), { kind: 'break-end', agent });
    }
  }
  const rate = scenario.conversations / SHAPE_TOTAL; // conversations per minute per unit of shape
  const nextArrival = (from: number) => {
    let t = from;
    for (;;) {
      t += exponential(rng, rate * SHAPE_MAX);
      if (t >= DAY_MINUTES) return undefined;
      if (rng() * SHAPE_MAX < shape(t)) return t;
    }
  };
  const first = nextArrival(0);
  if (first !== undefined) events.push(first, { kind: 'arrival' });

  const waiting: Conversation[] = [];
  const all: Conversation[] = [];
  const cap = scenario.agentCapacity;
  // What the inbox sees: agents signed in (offline ones are not listed) and their load.
  const listed = (): AgentLoad[] =>
    agents.flatMap((a) => {
      const status = statusOf(a);
      return status === 'offline' ? [] : [{ status, activeConversations: a.active }];
    });
  const isOpen = (a: Agent) => statusOf(a) === 'online';

  const dispatch = (now: number) => {
    let pending = agents.reduce((sum, a) => sum + a.pending, 0);
    while (waiting.length > pending) {
      let best: Agent | undefined;
      for (const a of agents) {
        if (!isOpen(a) || a.active + a.pending >= cap) continue;
        if (!best || a.active + a.pending < best.active + best.pending) best = a;
      }
      if (!best) return;
      best.pending++;
      pending++;
      events.push(now + logNormal(rng, PICKUP_MEDIAN, PICKUP_SIGMA), { kind: 'pickup', agent: best });
    }
  };

  let count = 0;
  for (let item = events.pop(); item; item = events.pop()) {
    const { time: now, event } = item;
    switch (event.kind) {
      case 'arrival': {
        const roll = rng();
        const priority: Priority = roll < 0.2 ? 'high' : roll < 0.8 ? 'medium' : 'low';
        const id = `d${day}-c${String(count++).padStart(4, '0')}`;
        const entry = { conversationId: id, priority, waitingSince: now * 60_000 };
        const ahead = orderQueue([...waiting, entry]).findIndex((e) => e.conversationId === id);
        const agentsNow = listed();
        const estimate = estimateWait({
          ahead,
          priority,
          agents: agentsNow,
          agentCapacity: cap,
          recentFirstResponses: history,
          targetMinutes: scenario.targetMinutes[priority],
        });
        const conversation: Conversation = {
          ...entry,
          arrival: now,
          context: sampleContext({ ahead, agents: agentsNow, agentCapacity: cap }),
          shown: { low: estimate.lowMinutes, high: estimate.highMinutes, basis: estimate.basis },
        };
        waiting.push(conversation);
        all.push(conversation);
        const next = nextArrival(now);
        if (next !== undefined) events.push(next, { kind: 'arrival' });
        break;
      }
      case 'pickup': {
        const agent = event.agent;
        agent.pending--;
        if (isOpen(agent) && agent.active < cap && waiting.length > 0) {
          const conversation = orderQueue(waiting)[0]!;
          waiting.splice(waiting.indexOf(conversation), 1);
          agent.active++;
          events.push(now + logNormal(rng, REPLY_MEDIAN, REPLY_SIGMA), { kind: 'answer', conversation });
          events.push(now + logNormal(rng, scenario.handlingMedian, scenario.handlingSigma), { kind: 'finish', agent });
        }
        break;
      }
      case 'answer': {
        const c = event.conversation;
        c.wait = now - c.arrival;
        // As the inbox keeps them; in place, because the following days start from this history.
        history.splice(0, history.length, ...addSample(history, { ...c.context, minutes: c.wait, priority: c.priority }));
        break;
      }
      case 'finish':
        event.agent.active--;
        break;
      case 'shift-start':
        event.agent.started = true;
        break;
      case 'shift-end': {
        // Someone stays on duty until the next one is in, and at closing until the queue is empty.
        const othersOnDuty = agents.some((a) => a !== event.agent && a.started && !a.shiftOver);
        if (!othersOnDuty && (waiting.length > 0 || now < DAY_MINUTES)) {
          events.push(now + 5, { kind: 'shift-end', agent: event.agent });
          break;
        }
        event.agent.shiftOver = true;
        break;
      }
      case 'break-start':
        event.agent.onBreak = true;
        break;
      case 'break-end':
        event.agent.onBreak = false;
        break;
    }
    dispatch(now);
  }
  return all;
}

// ---------------------------------------------------------------------------------------------- report

const pct = (part: number, whole: number) => (whole === 0 ? '  -  ' : `${((100 * part) / whole).toFixed(1)}%`);
const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const inside = (c: Conversation) => c.wait !== undefined && c.wait >= c.shown.low && c.wait <= c.shown.high;

function coverage(list: Conversation[]) {
  return `${pct(list.filter(inside).length, list.length)} (${list.length})`;
}

function report(scenario: Scenario, days: Conversation[][]) {
  const all = days.flat().filter((c) => c.wait !== undefined);
  const hit = all.filter(inside).length;
  const agents = scenario.agents.length;
  console.log(
    `\n== ${scenario.name}: ${agents} agents (up to ${scenario.agentCapacity} conversations each), ` +
      `~${scenario.conversations} conversations a day, ${scenario.days} days (seed ${scenario.seed})`,
  );
  console.log(`  ${pct(hit, all.length)} of waits inside the shown range (${hit} of ${all.length})`);
  const widths = all.map((c) => c.shown.high - c.shown.low);
  console.log(
    `  median range width ${median(widths)} min (mean ${(widths.reduce((a, b) => a + b, 0) / widths.length).toFixed(1)}); ` +
      `real wait median ${median(all.map((c) => c.wait!)).toFixed(1)} min, 90th percentile ` +
      `${[...all.map((c) => c.wait!)].sort((a, b) => a - b)[Math.floor(all.length * 0.9)]!.toFixed(1)} min`,
  );
  const below = all.filter((c) => c.wait! < c.shown.low).length;
  const above = all.filter((c) => c.wait! > c.shown.high).length;
  console.log(`  outside: ${pct(below, all.length)} faster than the range, ${pct(above, all.length)} slower`);
  const target = all.filter((c) => c.shown.basis === 'target');
  const measured = all.filter((c) => c.shown.basis === 'measured');
  console.log(
    `  basis: target ${pct(target.length, all.length)} (coverage ${coverage(target)}), ` +
      `measured ${pct(measured.length, all.length)} (coverage ${coverage(measured)})`,
  );
  const firstDay = days[0]!.filter((c) => c.wait !== undefined);
  console.log(`  day 1 (empty history at 09:00): ${coverage(firstDay)}; later days: ${coverage(days.slice(1).flat().filter((c) => c.wait !== undefined))}`);
  console.log(
    `  by priority: ${(['high', 'medium', 'low'] as const)
      .map((p) => `${p} ${coverage(all.filter((c) => c.priority === p))}`)
      .join(', ')}`,
  );
  const hours: string[] = [];
  for (let h = 9; h < 18; h++) {
    const list = all.filter((c) => Math.floor(c.arrival / 60) + 9 === h);
    const width = median(list.map((c) => c.shown.high - c.shown.low));
    const wait = median(list.map((c) => c.wait!));
    hours.push(`${String(h).padStart(2, '0')}h ${pct(list.filter(inside).length, list.length)} (n ${list.length}, width ${width}, wait ${wait.toFixed(0)})`);
  }
  console.log(`  by hour of arrival:\n    ${hours.slice(0, 5).join('  ')}\n    ${hours.slice(5).join('  ')}`);
  return { hit, total: all.length, widths };
}

/** Other random days of the same scenario, one line: how stable the coverage is from seed to seed. */
const OTHER_SEEDS = 4;

/** Runs `scenario.days` consecutive days from an empty history; each day starts with the samples the last one left. */
function runScenario(scenario: Scenario, seed: number): Conversation[][] {
  const rng = mulberry32(seed);
  const history: ResponseSample[] = [];
  const days: Conversation[][] = [];
  for (let day = 1; day <= scenario.days; day++) days.push(simulateDay(scenario, rng, day, history));
  return days;
}

const started = performance.now();
console.log('Expected-wait calibration: share of real waits inside the range shown when the conversation joined the queue.');
let hitAll = 0;
let totalAll = 0;
const widthsAll: number[] = [];
for (const scenario of SCENARIOS) {
  const { hit, total, widths } = report(scenario, runScenario(scenario, scenario.seed));
  hitAll += hit;
  totalAll += total;
  widthsAll.push(...widths);
  const others: string[] = [];
  for (let k = 1; k <= OTHER_SEEDS; k++) {
    const seed = scenario.seed + 1000 * k;
    const waits = runScenario(scenario, seed).flat().filter((c) => c.wait !== undefined);
    others.push(`seed ${seed}: ${pct(waits.filter(inside).length, waits.length)} (width ${median(waits.map((c) => c.shown.high - c.shown.low))})`);
  }
  console.log(`  other seeds (${scenario.days} days each): ${others.join(', ')}`);
}
console.log(`\nall scenarios (first seed): ${pct(hitAll, totalAll)} of waits inside the shown range (${totalAll} waits), median range width ${median(widthsAll)} min`);
console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
