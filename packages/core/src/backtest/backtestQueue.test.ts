import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateCollectionsBook } from '../demo/generateCollectionsBook';
import { isHotleadsError } from '../errors/HotleadsError';
import { collectionRate } from '../metrics/collectionRate';
import { revenuePerCollectorHour } from '../metrics/revenuePerCollectorHour';
import { rightPartyContactRate } from '../metrics/rightPartyContactRate';
import { collectionsHotLeadModel } from '../models/collectionsHotLeadModel';
import { USD } from '../money/currencies';
import { createContactChecker } from '../policy/createContactChecker';
import { defineContactPolicy } from '../policy/defineContactPolicy';
import { regFPolicy } from '../policy/regFPolicy';
import type { ContactAttempt, ContactPolicy } from '../policy/types';
import { createScorer } from '../scoring/createScorer';
import { toEpochMs } from '../time/toEpochMs';
import { HOUR_MS } from '../time/units';
import { startingAccounts } from './accounts';
import { backtestQueue } from './backtestQueue';
import { DEFAULT_BEHAVIOUR } from './behaviour';
import { backtestCalendar, dayIndex } from './calendar';
import { BACKTEST_ORDERINGS } from './orderings';
import { simulateRun, type SimulationSetup } from './simulate';
import type { BacktestLog, Ordering } from './types';

const START = '2026-11-02';
const book = (size: number, seed: number) => generateCollectionsBook({ size, now: '2026-11-02T05:00:00Z', seed });
const scorer = createScorer(collectionsHotLeadModel);

function simulate(
  accounts: ReturnType<typeof book>,
  ordering: Ordering,
  seed: number,
  opts: { policy?: ContactPolicy; days?: number; collectors?: number; attemptsPerHour?: number; hours?: number } = {},
): { log: BacktestLog; setup: SimulationSetup } {
  const start = startingAccounts(accounts, USD, DEFAULT_BEHAVIOUR);
  const setup: SimulationSetup = {
    accounts: () =>
      start.map((a) => ({ ...a, lead: { ...a.lead, events: [...(a.lead.events ?? [])] }, signals: [...a.signals] })),
    ordering,
    scorer,
    ...(opts.policy === undefined ? {} : { checker: createContactChecker(opts.policy) }),
    calendar: backtestCalendar(START, opts.days ?? 3, 'America/New_York', { start: '09:00', hours: opts.hours ?? 4 }),
    collectors: opts.collectors ?? 2,
    attemptsPerHour: opts.attemptsPerHour ?? 6,
    refreshHours: 1,
    behaviour: DEFAULT_BEHAVIOUR,
    currency: USD,
  };
  return { log: simulateRun(setup, seed), setup };
}

const orderingArb = fc.constantFrom(...Object.values(BACKTEST_ORDERINGS));
const policyArb = fc.oneof(
  fc.constant(regFPolicy),
  fc
    .record({
      start: fc.integer({ min: 8, max: 12 }),
      end: fc.integer({ min: 13, max: 21 }),
      count: fc.integer({ min: 1, max: 7 }),
    })
    .map((p) =>
      defineContactPolicy({
        id: 'test',
        name: 'test',
        channels: {
          call: {
            window: { start: `${String(p.start).padStart(2, '0')}:00`, end: `${p.end}:00` },
            maxAttempts: { count: p.count, days: 7 },
            quietAfterConversation: { days: 3 },
          },
        },
        blockingFlags: regFPolicy.blockingFlags ?? [],
      }),
    ),
);

describe('backtestQueue — simulation mechanics', () => {
  it('property: no collector works past the shift capacity, and every attempt is inside the shift', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        orderingArb,
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 2, max: 8 }),
        (seed, ordering, collectors, attemptsPerHour) => {
          const { log, setup } = simulate(book(60, seed), ordering, seed, { collectors, attemptsPerHour });
          const slots = Math.floor(setup.calendar.shiftHours * attemptsPerHour);
          const perCollectorDay = new Map<string, number>();
          for (const a of log.activities) {
            const at = toEpochMs(a.at);
            const day = dayIndex(setup.calendar, at);
            const key = `${a.collectorId}|${day}`;
            perCollectorDay.set(key, (perCollectorDay.get(key) ?? 0) + 1);
            const session = log.sessions.find(
              (s) => s.collectorId === a.collectorId && toEpochMs(s.start) <= at && at < toEpochMs(s.end),
            );
            expect(session).toBeDefined();
          }
          for (const n of perCollectorDay.values()) expect(n).toBeLessThanOrEqual(slots);
          expect(new Set(log.sessions.map((s) => s.collectorId)).size).toBe(collectors);
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);

  it('property: every attempt is one the contact policy allowed at that moment, given the attempts before it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), orderingArb, policyArb, (seed, ordering, policy) => {
        const accounts = book(50, seed);
        const { log } = simulate(accounts, ordering, seed, { policy, days: 4, hours: 8 });
        const check = createContactChecker(policy);
        const byId = new Map(accounts.map((a) => [a.id, a]));
        const before = new Map<string, ContactAttempt[]>();
        for (const a of log.activities) {
          const prior = before.get(a.leadId) ?? [];
          const verdict = check(byId.get(a.leadId)!, prior, { now: a.at, channel: 'call' });
          expect(verdict.reasons).toEqual([]);
          expect(verdict.eligible).toBe(true);
          const outcome = a.outcome === 'right-party-contact' ? 'conversation' : 'no-answer';
          before.set(a.leadId, [...prior, { leadId: a.leadId, channel: 'call', at: a.at, outcome }]);
        }
      }),
      { numRuns: 12 },
    );
  }, 120_000);

  it('never calls an account twice a day, a paid-off account, or one whose promise is not yet due', () => {
    const { log, setup } = simulate(book(40, 3), BACKTEST_ORDERINGS.hotLead, 3, { days: 6, hours: 8 });
    const seen = new Set<string>();
    for (const a of log.activities) {
      const key = `${a.leadId}|${dayIndex(setup.calendar, toEpochMs(a.at))}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
      const paid = log.payments.filter((p) => p.leadId === a.leadId && toEpochMs(p.at) < toEpochMs(a.at));
      const owed = log.placements.find((p) => p.leadId === a.leadId)!.amount;
      expect(paid.reduce((s, p) => s + p.amount, 0)).toBeLessThan(owed);
      for (const p of log.promises.filter((q) => q.leadId === a.leadId && toEpochMs(q.createdAt) < toEpochMs(a.at)))
        expect(new Date(toEpochMs(a.at)).toISOString().slice(0, 10) >= p.dueDate).toBe(true);
    }
    expect(log.activities.length).toBeGreaterThan(0);
    expect(log.payments.length).toBeGreaterThan(0);
  }, 60_000);

  it('property: identical orderings give identical results, and a lift of exactly zero', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), orderingArb, (seed, ordering) => {
        const copy: Ordering = { id: 'copy', label: 'Copy', compare: ordering.compare };
        const result = backtestQueue({ accounts: book(40, seed) }, [copy, ordering], {
          start: START,
          days: 2,
          collectors: 1,
          attemptsPerHour: 4,
          shift: { hours: 4 },
          seeds: [seed, seed + 1],
          policy: regFPolicy,
          model: scorer,
        });
        expect(result.orderings[0]!.runs).toEqual(result.orderings[1]!.runs);
        expect(result.orderings[0]!.lift!.mean).toBe(0);
        expect(result.baseline).toBe(ordering.id);
      }),
      { numRuns: 8 },
    );
  }, 120_000);

  it('gives the same result for the same inputs, and its figures are core metrics of each run', () => {
    const accounts = book(60, 9);
    const options = { start: START, days: 3, collectors: 2, attemptsPerHour: 6, shift: { hours: 4 }, seeds: [5] };
    const a = backtestQueue({ accounts }, ['hotLead', 'balance'], options);
    expect(backtestQueue({ accounts }, ['hotLead', 'balance'], options)).toEqual(a);
    const { log, setup } = simulate(accounts, BACKTEST_ORDERINGS.hotLead, 5, { hours: 4, days: 3 });
    const period = { from: setup.calendar.from, to: setup.calendar.to };
    const figures = a.orderings[0]!.runs[0]!;
    expect(figures.revenuePerHour).toBe(revenuePerCollectorHour(log.payments, log.sessions, period).perHour);
    expect(figures.collectionRate).toBe(collectionRate(log.payments, log.placements, period).rate);
    expect(figures.rightPartyContactRate).toBe(rightPartyContactRate(log.activities, period).rate);
    expect(a.caveat).toMatch(/only what the behaviour model assumes/);
    expect(a.orderings[0]!.revenuePerHour.low).toBeLessThanOrEqual(a.orderings[0]!.revenuePerHour.high);
  }, 60_000);
});

describe('backtestQueue — replay', () => {
  it('property: replaying a log under the ordering that made it covers every step and gives core metrics of the log', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), orderingArb, (seed, ordering) => {
        const accounts = book(50, seed);
        const { log, setup } = simulate(accounts, ordering, seed, { policy: regFPolicy, days: 3, hours: 6 });
        const result = backtestQueue({ ...log, accounts: log.accounts }, [ordering], {
          mode: 'replay',
          start: START,
          days: 3,
          shift: { hours: 6 },
          policy: regFPolicy,
          model: scorer,
        });
        const replayed = result.orderings[0]!;
        const period = { from: setup.calendar.from, to: setup.calendar.to };
        expect(replayed.coverage).toBe(log.activities.length === 0 ? 0 : 1);
        if (log.activities.length === 0) return;
        const f = replayed.runs[0]!;
        expect(f.revenuePerHour).toBe(revenuePerCollectorHour(log.payments, log.sessions, period).perHour);
        expect(f.collectionRate).toBe(collectionRate(log.payments, log.placements, period).rate);
        const rpc = rightPartyContactRate(log.activities, period);
        expect(f.rightPartyContactRate).toBe(rpc.rate);
        expect(f.rightPartyContacts).toBe(rpc.rightPartyContacts);
        expect(f.attempts).toBe(log.activities.length);
      }),
      { numRuns: 12 },
    );
  }, 120_000);

  it('counts only the steps another ordering would have picked, and reports that coverage', () => {
    const accounts = book(80, 4);
    const { log } = simulate(accounts, BACKTEST_ORDERINGS.alphabetical, 4, { days: 3, hours: 6 });
    const result = backtestQueue(log, ['alphabetical', 'balance'], {
      mode: 'replay',
      start: START,
      days: 3,
      shift: { hours: 6 },
    });
    const [same, other] = result.orderings;
    expect(same!.coverage).toBe(1);
    expect(other!.coverage).toBeGreaterThanOrEqual(0);
    expect(other!.coverage).toBeLessThan(1);
    expect(result.caveat).toMatch(/coverage/);
  }, 60_000);
});

describe('backtestQueue — refuses what it cannot read', () => {
  const accounts = book(5, 1);
  const cases: Array<[string, () => unknown, string]> = [
    ['a bad start date', () => backtestQueue({ accounts }, ['hotLead'], { start: '2026-02-30', days: 1 }), 'start'],
    ['zero days', () => backtestQueue({ accounts }, ['hotLead'], { start: START, days: 0 }), 'days'],
    [
      'an unknown ordering',
      () => backtestQueue({ accounts }, ['random' as never], { start: START, days: 1 }),
      'orderings.0',
    ],
    ['no orderings', () => backtestQueue({ accounts }, [], { start: START, days: 1 }), 'orderings'],
    [
      'duplicate ordering ids',
      () => backtestQueue({ accounts }, ['hotLead', BACKTEST_ORDERINGS.hotLead], { start: START, days: 1 }),
      'orderings.1.id',
    ],
    [
      'an unknown baseline',
      () => backtestQueue({ accounts }, ['hotLead'], { start: START, days: 1, baseline: 'x' }),
      'baseline',
    ],
    [
      'a shift past midnight',
      () => backtestQueue({ accounts }, ['hotLead'], { start: START, days: 1, shift: { start: '20:00', hours: 5 } }),
      'shift.hours',
    ],
    [
      'a replay without a log',
      () => backtestQueue({ accounts }, ['hotLead'], { mode: 'replay', start: START, days: 1 }),
      'history.activities',
    ],
    [
      'a logged attempt on an unknown account',
      () =>
        backtestQueue({ accounts, activities: [{ collectorId: 'c', leadId: 'nobody', at: 0 }] }, ['hotLead'], {
          mode: 'replay',
          start: START,
          days: 1,
        }),
      'history.activities.0.leadId',
    ],
    [
      'an account without a balance',
      () => backtestQueue({ accounts: [{ id: 'x' }] }, ['hotLead'], { start: START, days: 1 }),
      'history.accounts.0.balance',
    ],
    [
      'a bad seed list',
      () => backtestQueue({ accounts }, ['hotLead'], { start: START, days: 1, seeds: [1.5] }),
      'seeds',
    ],
  ];
  it.each(cases)('%s', (_, call, path) => {
    let error: unknown;
    try {
      call();
    } catch (e) {
      error = e;
    }
    expect(isHotleadsError(error)).toBe(true);
    expect((error as { path: Array<string | number> }).path.join('.')).toBe(path);
  });

  it('runs with the documented defaults: 20 seeds, baseline the second ordering', () => {
    const r = backtestQueue({ accounts: book(10, 2) }, ['hotLead', 'balance'], {
      start: START,
      days: 1,
      shift: { hours: 1 },
      collectors: 1,
    });
    expect(r.seeds).toHaveLength(20);
    expect(r.baseline).toBe('balance');
    expect(r.orderings[0]!.lift).toBeDefined();
    expect(r.orderings[1]!.lift).toBeUndefined();
    expect(HOUR_MS).toBe(3_600_000);
  }, 60_000);
});
