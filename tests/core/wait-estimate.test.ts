import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  MIN_SAMPLES_FOR_MEASURED,
  ROUND_MINUTES,
  estimateWait,
  orderQueue,
  roundRange,
  sampleContext,
  type AgentLoad,
  type EstimateInput,
  type OpenEstimate,
  type QueueEntry,
  type ResponseSample,
} from '../../src/logic/wait-estimate.ts';
import { PRIORITIES, type Priority } from '../../src/protocol/wait.ts';
import { mulberry32 } from '../support/random.ts';

// ---------------------------------------------------------------------------------------------- helpers


const CAPACITY = 3;
const online = (active: number): AgentLoad => ({ status: 'online', activeConversations: active });
const away = (active: number): AgentLoad => ({ status: 'away', activeConversations: active });
const team = (count: number, active: number) => Array.from({ length: count }, () => online(active));

/**
 * A stationary history: queue states like a real inbox sees (often a free slot, sometimes a queue), and
 * waits of pickup + releases / slots x handling with a log-normal spread. `slowdown` scales the waits of
 * one priority (lower priorities get overtaken).
 */
function makeHistory(count: number, seed = 1, slowdown: Partial<Record<Priority, number>> = {}): ResponseSample[] {
  const rng = mulberry32(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
  const samples: ResponseSample[] = [];
  for (let i = 0; i < count; i++) {
    const roll = rng();
    const priority: Priority = roll < 0.2 ? 'high' : roll < 0.8 ? 'medium' : 'low';
    const slots = CAPACITY * (1 + Math.floor(rng() * 5));
    const queued = rng() < 0.6;
    const freeSlots = queued ? 0 : 1 + Math.floor(rng() * slots);
    const ahead = queued ? Math.floor(rng() * 3 * slots) : Math.floor(rng() * freeSlots);
    const releases = Math.max(0, ahead + 1 - freeSlots);
    const pickup = 1.1 * Math.exp(0.5 * normal());
    const minutes = (pickup + (releases / slots) * 12 * Math.exp(0.35 * normal())) * (slowdown[priority] ?? 1);
    samples.push({ minutes, ahead, slots, freeSlots, priority });
  }
  return samples;
}

const HISTORY = makeHistory(300);

const input = (over: Partial<EstimateInput> = {}): EstimateInput => ({
  ahead: 0,
  priority: 'medium',
  agents: team(3, CAPACITY),
  agentCapacity: CAPACITY,
  recentFirstResponses: HISTORY,
  targetMinutes: 30,
  ...over,
});

const mid = (e: OpenEstimate) => (e.lowMinutes + e.highMinutes) / 2;
const show = (e: OpenEstimate) => `${e.lowMinutes}-${e.highMinutes} (${e.basis})`;

/** `a` is no later than `b`: both ends lower or equal. */
function assertNoLater(a: OpenEstimate, b: OpenEstimate, what: string) {
  assert.ok(a.lowMinutes <= b.lowMinutes && a.highMinutes <= b.highMinutes, `${what}: ${show(a)} should be <= ${show(b)}`);
}

function assertWellFormed(e: OpenEstimate, what = '') {
  assert.equal(e.kind, 'open', what);
  for (const value of [e.lowMinutes, e.highMinutes, e.ahead]) assert.ok(Number.isSafeInteger(value), `${what}: ${show(e)} integer`);
  assert.ok(e.lowMinutes >= 0, `${what}: low >= 0 in ${show(e)}`);
  assert.ok(e.highMinutes >= 1, `${what}: high >= 1 in ${show(e)}`);
  assert.ok(e.lowMinutes < e.highMinutes, `${what}: low < high in ${show(e)}`);
  assert.ok(e.basis === 'measured' || e.basis === 'target', what);
}

// ---------------------------------------------------------------------------------------------- orderQueue

describe('orderQueue', () => {
  const entry = (conversationId: string, priority: Priority, waitingSince: number): QueueEntry => ({
    conversationId,
    priority,
    waitingSince,
  });

  test('a newer high-priority conversation comes before an older medium one', () => {
    const older = entry('older-medium', 'medium', 1_000);
    const newer = entry('newer-high', 'high', 9_000);
    assert.deepEqual(orderQueue([older, newer]).map((e) => e.conversationId), ['newer-high', 'older-medium']);
  });

  test('equal priority: the one waiting longer first; equal times: by id', () => {
    const queue = [entry('c', 'medium', 3_000), entry('b', 'medium', 1_000), entry('a', 'medium', 3_000)];
    assert.deepEqual(orderQueue(queue).map((e) => e.conversationId), ['b', 'a', 'c']);
  });

  test('high, medium, low, each oldest first; the input is left as it was', () => {
    const queue = [
      entry('low-old', 'low', 1),
      entry('medium-new', 'medium', 50),
      entry('high-new', 'high', 90),
      entry('medium-old', 'medium', 10),
      entry('high-old', 'high', 20),
      entry('low-new', 'low', 99),
    ];
    const before = queue.map((e) => e.conversationId);
    assert.deepEqual(orderQueue(queue).map((e) => e.conversationId), [
      'high-old',
      'high-new',
      'medium-old',
      'medium-new',
      'low-old',
      'low-new',
    ]);
    assert.deepEqual(queue.map((e) => e.conversationId), before);
  });
});

// ---------------------------------------------------------------------------------------------- basis

describe('estimateWait: basis', () => {
  test('empty history: the site target, from 0, says less', () => {
    const e = estimateWait(input({ recentFirstResponses: [], agents: team(3, 0) }));
    assert.deepEqual(e, { kind: 'open', ahead: 0, lowMinutes: 0, highMinutes: 30, basis: 'target' });
  });

  test('empty history and a queue longer than one round of slots: a target per round', () => {
    // One full agent, 5 ahead: 6 releases of 3 slots = 2 rounds.
    const e = estimateWait(input({ recentFirstResponses: [], agents: [online(3)], ahead: 5 }));
    assert.deepEqual([e.lowMinutes, e.highMinutes, e.basis], [0, 60, 'target']);
  });

  test('fewer samples than the minimum: target; from the minimum on: measured', () => {
    const free = { agents: team(3, 0) };
    assert.equal(estimateWait(input({ ...free, recentFirstResponses: HISTORY.slice(-(MIN_SAMPLES_FOR_MEASURED - 1)) })).basis, 'target');
    assert.equal(estimateWait(input({ ...free, recentFirstResponses: HISTORY.slice(-MIN_SAMPLES_FOR_MEASURED) })).basis, 'measured');
    assert.equal(estimateWait(input({ ...free, recentFirstResponses: HISTORY.slice(-50), minimumSamples: 51 })).basis, 'target');
  });

  test('with history, a free agent gives a short measured range', () => {
    const e = estimateWait(input({ agents: team(3, 0) }));
    assert.equal(e.basis, 'measured');
    assert.equal(e.lowMinutes, 0);
    assert.ok(e.highMinutes <= 4, show(e));
  });

  test('nobody online during business hours: the target, never shorter than one busy agent would take', () => {
    // A target of 10 minutes, but history says one busy agent takes far longer: the longer one is shown.
    for (const ahead of [0, 3, 10]) {
      for (const agents of [[], [away(0)], [away(3), away(1)]]) {
        const e = estimateWait(input({ ahead, agents, targetMinutes: 10 }));
        assert.equal(e.basis, 'target', `ahead ${ahead}`);
        assert.ok(e.highMinutes >= 10, show(e));
        for (let active = 0; active <= CAPACITY; active++) {
          const one = estimateWait(input({ ahead, agents: [online(active)], targetMinutes: 10 }));
          assert.ok(e.highMinutes >= one.highMinutes, `nobody ${show(e)} vs one agent ${show(one)} at ahead ${ahead}`);
        }
      }
    }
    const nobody = estimateWait(input({ ahead: 10, agents: [], targetMinutes: 10 }));
    assert.ok(nobody.highMinutes > 10 * Math.ceil(11 / CAPACITY), `${show(nobody)}: from history, above the target per round`);
  });

  test('history of immediate answers only: a queue gets the target (no turnover measured yet)', () => {
    const atOnce = HISTORY.filter((s) => s.ahead < s.freeSlots);
    assert.ok(atOnce.length >= MIN_SAMPLES_FOR_MEASURED);
    assert.equal(estimateWait(input({ recentFirstResponses: atOnce, agents: team(3, 0) })).basis, 'measured');
    const queued = estimateWait(input({ recentFirstResponses: atOnce, ahead: 4, agents: team(3, CAPACITY) }));
    assert.equal(queued.basis, 'target');
    assert.ok(queued.highMinutes >= 30, show(queued));
  });
});

// ---------------------------------------------------------------------------------------------- direction

describe('estimateWait: agents and position move it the right way', () => {
  test('five agents answer a queue of several strictly sooner than one', () => {
    for (const history of [HISTORY, []]) {
      const one = estimateWait(input({ recentFirstResponses: history, ahead: 8, agents: team(1, CAPACITY) }));
      const five = estimateWait(input({ recentFirstResponses: history, ahead: 8, agents: team(5, CAPACITY) }));
      assertNoLater(five, one, 'five vs one');
      assert.ok(five.highMinutes < one.highMinutes, `${show(five)} vs ${show(one)}`);
      assert.ok(mid(five) < mid(one), `${show(five)} vs ${show(one)}`);
    }
  });

  test('more conversations ahead: strictly longer for a long enough queue', () => {
    const short = estimateWait(input({ ahead: 2 }));
    const long = estimateWait(input({ ahead: 20 }));
    assertNoLater(short, long, 'ahead 2 vs 20');
    assert.ok(long.highMinutes > short.highMinutes && long.lowMinutes > short.lowMinutes, `${show(short)} vs ${show(long)}`);
  });

  test('away agents add no capacity', () => {
    const busy = [online(CAPACITY), online(CAPACITY)];
    const alone = estimateWait(input({ ahead: 4, agents: busy }));
    const withAway = estimateWait(input({ ahead: 4, agents: [...busy, away(0), away(1)] }));
    const withOnline = estimateWait(input({ ahead: 4, agents: [...busy, online(0)] }));
    assert.deepEqual(withAway, alone);
    assert.ok(withOnline.highMinutes < alone.highMinutes, `${show(withOnline)} vs ${show(alone)}`);
    assert.deepEqual(sampleContext({ ahead: 4, agents: [...busy, away(0)], agentCapacity: CAPACITY }), {
      ahead: 4,
      slots: 6,
      freeSlots: 0,
    });
  });

  test('free agents answer sooner than full ones', () => {
    const full = estimateWait(input({ agents: team(3, CAPACITY) }));
    const free = estimateWait(input({ agents: team(3, 0) }));
    assertNoLater(free, full, 'free vs full');
    assert.ok(free.highMinutes < full.highMinutes, `${show(free)} vs ${show(full)}`);
    // Free slots absorb the queue: with 9 free slots the 5th in line is answered as soon as the 1st.
    assert.deepEqual(estimateWait(input({ ahead: 4, agents: team(3, 0) })), { ...free, ahead: 4 });
  });

  test('a priority that waits longer in history gets a later range', () => {
    const history = makeHistory(300, 7, { low: 3 });
    const state = { recentFirstResponses: history, ahead: 6, agents: team(2, CAPACITY) };
    const high = estimateWait(input({ ...state, priority: 'high' }));
    const low = estimateWait(input({ ...state, priority: 'low' }));
    assertNoLater(high, low, 'high vs low');
    assert.ok(mid(low) > mid(high), `${show(high)} vs ${show(low)}`);
  });

  test('monotone over a grid: ahead, agents, load, away', () => {
    let checked = 0;
    const atOnce = HISTORY.filter((s) => s.ahead < s.freeSlots);
    const cases = [
      { history: HISTORY, targetMinutes: 30 },
      { history: makeHistory(120, 3), targetMinutes: 30 },
      { history: [], targetMinutes: 30 },
      { history: atOnce, targetMinutes: 1 },
    ];
    for (const { history, targetMinutes } of cases) {
      for (const priority of PRIORITIES) {
        for (let count = 1; count <= 5; count++) {
          for (let load = 0; load <= CAPACITY; load++) {
            const agents = team(count, load);
            for (let ahead = 0; ahead <= 24; ahead += 2) {
              const at = (over: Partial<EstimateInput>) =>
                estimateWait(input({ recentFirstResponses: history, targetMinutes, priority, ahead, agents, ...over }));
              const e = at({});
              const tag = `${history.length} samples, ${priority}, ${count} agents at ${load}, ahead ${ahead}`;
              assertNoLater(e, at({ ahead: ahead + 1 }), `${tag}: one more ahead`);
              for (let extra = 0; extra <= CAPACITY; extra++) {
                assertNoLater(at({ agents: [...agents, online(extra)] }), e, `${tag}: one more agent at ${extra}`);
              }
              assertNoLater(at({ agents: [...agents, away(0)] }), e, `${tag}: one away agent`);
              if (load < CAPACITY) assertNoLater(e, at({ agents: [online(load + 1), ...agents.slice(1)] }), `${tag}: one agent busier`);
              assertNoLater(at({ agents: [...agents, online(0)] }), at({ agents: [...agents, away(0)] }), `${tag}: back from away`);
              checked++;
            }
          }
        }
      }
    }
    assert.equal(checked, cases.length * 3 * 5 * 4 * 13);
  });
});

// ---------------------------------------------------------------------------------------------- shape

describe('estimateWait: ranges a person can read', () => {
  test('every output: whole minutes, 0 <= low < high, high >= 1, on the round-number ladder', () => {
    const onLadder = (m: number) => (ROUND_MINUTES as readonly number[]).includes(m) || (m > 240 && m % 60 === 0);
    const histories = [HISTORY, makeHistory(40, 5), makeHistory(300, 9, { low: 10 }), []];
    for (const history of histories) {
      for (const priority of PRIORITIES) {
        for (const agents of [[], [away(1)], team(1, 0), team(1, 3), team(4, 2), team(6, 3), [online(5)]]) {
          for (const ahead of [0, 1, 3, 7, 15, 40, 200]) {
            for (const targetMinutes of [1, 15, 45, 240]) {
              const e = estimateWait(input({ recentFirstResponses: history, priority, agents, ahead, targetMinutes }));
              const what = `${history.length} samples, ${priority}, ${agents.length} agents, ahead ${ahead}`;
              assertWellFormed(e, what);
              assert.equal(e.ahead, ahead, what);
              assert.ok(onLadder(e.lowMinutes) && onLadder(e.highMinutes), `${what}: ${show(e)}`);
            }
          }
        }
      }
    }
  });

  test('nonsense in the input is ignored, not passed on', () => {
    const junk: ResponseSample[] = [
      { minutes: Number.NaN, ahead: 0, slots: 3, freeSlots: 3, priority: 'high' },
      { minutes: -5, ahead: 0, slots: 3, freeSlots: 3, priority: 'high' },
      { minutes: Number.POSITIVE_INFINITY, ahead: 2, slots: 3, freeSlots: 0, priority: 'low' },
      { minutes: 5, ahead: Number.NaN, slots: 3, freeSlots: 0, priority: 'low' },
      { minutes: 5, ahead: 1, slots: -3, freeSlots: 0, priority: 'low' },
    ];
    const mixed = [...HISTORY.slice(0, 150), ...Array.from({ length: 40 }, (_, i) => junk[i % junk.length]!), ...HISTORY.slice(150)];
    for (const ahead of [0, 5, 20]) {
      const state = { ahead, priority: 'low' as const, agents: team(2, CAPACITY) };
      assert.deepEqual(estimateWait(input({ ...state, recentFirstResponses: mixed })), estimateWait(input(state)), `ahead ${ahead}`);
    }
    const e = estimateWait(input({ ahead: -3, agents: [online(-2), online(99)] }));
    assertWellFormed(e);
    assert.equal(e.ahead, 0);
    const onlyJunk = estimateWait(input({ recentFirstResponses: Array.from({ length: 30 }, () => junk[0]!) }));
    assert.equal(onlyJunk.basis, 'target');
  });

  test('roundRange: low down, high up, to numbers a person would say', () => {
    assert.deepEqual(roundRange(7.3, 11.8), { low: 7, high: 12 });
    assert.deepEqual(roundRange(10.6, 22.1), { low: 10, high: 25 });
    assert.deepEqual(roundRange(13, 52), { low: 12, high: 60 });
    assert.deepEqual(roundRange(0.2, 0.7), { low: 0, high: 1 }); // "under a minute"
    assert.deepEqual(roundRange(0, 0), { low: 0, high: 1 });
    assert.deepEqual(roundRange(5, 5), { low: 5, high: 6 });
    assert.deepEqual(roundRange(250, 301), { low: 240, high: 360 });
    assert.deepEqual(roundRange(Number.NaN, Number.NaN), { low: 0, high: 1 });
  });
});

// ---------------------------------------------------------------------------------------------- calibration

describe('estimateWait: calibrated on a steady history', () => {
  test('fresh waits from the same process fall inside the range 80-95% of the time', () => {
    const stream = makeHistory(1500, 42);
    let inside = 0;
    let measured = 0;
    const widths: number[] = [];
    for (let i = 300; i < stream.length; i++) {
      const s = stream[i]!;
      // The queue the sample saw, as agents: slots / capacity agents, the free slots on the first ones.
      const agents: AgentLoad[] = [];
      let free = s.freeSlots;
      for (let a = 0; a < s.slots / CAPACITY; a++) {
        const own = Math.min(CAPACITY, free);
        free -= own;
        agents.push(online(CAPACITY - own));
      }
      const e = estimateWait(input({ ahead: s.ahead, priority: s.priority, agents, recentFirstResponses: stream.slice(i - 300, i) }));
      if (e.basis !== 'measured') continue;
      measured++;
      widths.push(e.highMinutes - e.lowMinutes);
      if (s.minutes >= e.lowMinutes && s.minutes <= e.highMinutes) inside++;
    }
    const coverage = inside / measured;
    assert.equal(measured, 1200);
    assert.ok(coverage >= 0.8 && coverage <= 0.95, `coverage ${coverage}`);
    // Not by being uselessly wide: the median range is under 15 minutes for waits of 0-50 minutes.
    widths.sort((a, b) => a - b);
    assert.ok(widths[widths.length >> 1]! < 15, `median width ${widths[widths.length >> 1]}`);
  });
});
