// The boundary fuzz specs of @hotleads/core, @hotleads/core/demo and @hotleads/core/worker: for every runtime export,
// the arguments to call it with (valid and hostile, see test/boundary/hostile.ts) and the
// property oracles that must hold when a call succeeds. Run by boundary.fuzz.test.ts.
import fc from 'fast-check';
import { expect } from 'vitest';
import type { SpecTable } from '../../../../test/boundary/harness';
import { hostile, hostileString, validOrSpoiled } from '../../../../test/boundary/hostile';
import * as core from '../index';
import type * as demo from '../demo/index';
import type { Lead, LeadScore, ScoringModel, ContactCheck, QueueEntry, DistributionResult } from '../index';
import { generateB2bLeads } from '../demo/generateB2bLeads';
import * as worker from '../worker/index';
import type {
  BatchComparison,
  BatchScores,
  ScoringReply,
  ScoringWorkerPort,
  ScoringWorkerScope,
} from '../worker/index';
import { leadArb, modelArb } from './arbitraries';

const {
  HotleadsError,
  USD,
  JPY,
  collectionsHotLeadModel,
  b2bLeadModel,
  regFPolicy,
  createDistributionState,
  currencySchema,
  defineContactPolicy,
} = core;

const NOW_MS = Date.UTC(2026, 10, 22, 15);
const DAY = 86_400_000;
const HOUR = 3_600_000;
const v = validOrSpoiled;
/**
 * The arguments of a call: a third of the time all valid (so the oracles of success run often),
 * else each one valid, hostile or valid with a hostile field, independently.
 */
const args = (...parts: fc.Arbitrary<unknown>[]) =>
  fc.oneof({ arbitrary: fc.tuple(...parts), weight: 1 }, { arbitrary: fc.tuple(...parts.map((p) => v(p))), weight: 2 });
/** A list of records: mostly all valid, sometimes with hostile elements. */
const listOf = <T>(item: fc.Arbitrary<T>, maxLength: number) =>
  fc.oneof(
    { arbitrary: fc.array(item, { maxLength }), weight: 2 },
    { arbitrary: fc.array(v(item), { maxLength }), weight: 1 },
  );

// ---- valid building blocks (fresh objects per run) ----
const msNear = fc.integer({ min: NOW_MS - 40 * DAY, max: NOW_MS + DAY });
const time = fc.oneof(
  msNear,
  msNear.map((ms) => new Date(ms).toISOString()),
  msNear.map((ms) => new Date(ms)),
);
const now = fc.constantFrom(NOW_MS, new Date(NOW_MS).toISOString()).map((t) => t);
const zone = fc.constantFrom('America/Chicago', 'America/New_York', 'Asia/Tokyo', 'UTC', 'Pacific/Honolulu');
const ids = fc.constantFrom('a', 'b', 'c', 'd');
const money = fc.integer({ min: 0, max: 500_000 });
const period = fc.constant(null).map(() => ({ from: NOW_MS - 30 * DAY, to: NOW_MS + DAY }));
const format = fc.option(
  fc.record({ locale: fc.constantFrom('en-US', 'de-DE'), currency: fc.constantFrom(USD, JPY) }),
  { nil: undefined },
);
const collectionTypes = fc.constantFrom(
  'abandoned_payment',
  'portal_visit',
  'partial_payment',
  'promise_to_pay',
  'email_open',
);
const leadEvent = fc.record(
  {
    type: collectionTypes,
    at: time,
    value: fc.integer({ min: 0, max: 900 }),
    data: fc.constant({ dueDate: '2026-11-22' }),
  },
  { requiredKeys: ['type', 'at'] },
);
const flags = fc.constantFrom<unknown>(['dispute'], 'do-not-contact', [' Bankruptcy '], ['vip'], [], 5, [7], null);
const account = fc.record(
  {
    id: ids,
    balance: fc.integer({ min: 0, max: 6000 }),
    phone: fc.constant('555-0100'),
    timeZone: fc.oneof(zone, hostileString),
    timeZones: fc.constantFrom<unknown>(['America/Chicago', 'America/Los_Angeles'], 'UTC', 42),
    state: fc.constantFrom<unknown>('MA', ' ny ', 7),
    flags,
    events: listOf(leadEvent, 4),
    createdAt: time,
    inconvenientTimes: fc.constantFrom<unknown>(
      [{ days: ['mon', 'tue'], end: '12:00' }],
      [{ days: ['sun'] }],
      [{ start: '18:00', channels: ['call'] }],
      [{ days: ['funday'] }],
      'noon',
    ),
    contactPoints: fc.constantFrom<unknown>(
      [{ type: 'phone', value: '555-0100', workplace: true, employerForbids: true }],
      [
        { type: 'email', value: 'a@work.example', workplace: true },
        { type: 'phone', value: '555-0101' },
      ],
      [{ type: 'fax', value: '1' }],
    ),
    optOuts: fc.constantFrom<unknown>(
      [{ channel: 'text', to: '555-0100', at: NOW_MS - DAY }],
      [{ channel: 'email', at: NOW_MS - DAY }],
      [{ channel: 'text' }],
    ),
  },
  { requiredKeys: ['id', 'balance'] },
);
const lead = fc.oneof(account, leadArb);
const groupLead = fc.record(
  {
    id: ids,
    status: fc.constantFrom<unknown>('Untouched', 'Qualified', 'VIP', '', 3),
    assignee: fc.constantFrom<unknown>('ann', 'bob', null),
    leadSource: fc.constantFrom<unknown>('Web Forms', 'Events'),
  },
  { requiredKeys: ['id'] },
);

const book = listOf(lead, 8);
const model = fc.oneof(
  { arbitrary: fc.constant(collectionsHotLeadModel), weight: 3 },
  { arbitrary: modelArb, weight: 2 },
  { arbitrary: fc.constant(b2bLeadModel), weight: 1 },
);
const channel = fc.constantFrom('call', 'text', 'email');
const attempt = fc.record(
  {
    leadId: ids,
    channel,
    at: fc.integer({ min: NOW_MS - 10 * DAY, max: NOW_MS }),
    outcome: fc.constantFrom('conversation', 'voicemail', 'no-answer', 'other'),
    debtIds: fc.constantFrom<unknown>(['D1'], ['D1', 'D2'], []),
  },
  { requiredKeys: ['leadId', 'channel', 'at'] },
);
const attempts = fc.oneof(
  listOf(attempt, 10),
  fc.array(attempt, { maxLength: 10 }).map((a) => new Set(a)),
);
const maPolicy = defineContactPolicy({
  ...regFPolicy,
  id: 'ma',
  knownFlags: ['vip'],
  states: { MA: { call: { maxAttempts: { count: 2, days: 7 } } } },
});
const perDebtPolicy = core.withStatePresets(
  defineContactPolicy({ ...regFPolicy, id: 'per-debt', attemptCounting: 'per-debt' }),
  ['MA', 'WA'],
);
const policy = fc.constantFrom(regFPolicy, maPolicy, perDebtPolicy);
const checkOptions = fc.record(
  {
    now,
    channel: v(channel),
    to: fc.constantFrom('555-0100', 'a@work.example', ''),
    debtIds: fc.constantFrom(['D1'], ['D2', 'D1'], 'D1'),
  },
  { requiredKeys: ['now'] },
);
const scoreOptions = fc.record({ now, explain: fc.boolean() }, { requiredKeys: ['now'] });
const band = fc.constantFrom('COLD', 'WARM', 'HIGH', 'HOT');
const leadScore = fc.record({
  leadId: ids,
  score: fc.double({ min: 0, max: 100, noNaN: true }),
  band,
  achieved: fc.constant(0),
  possible: fc.constant(1),
  contributions: fc.constant([]),
  reasons: fc.constant([]),
});
const agent = fc.record(
  {
    id: ids,
    name: fc.constantFrom('Ann', 'Bob'),
    available: fc.boolean(),
    dailyCapacity: fc.integer({ min: 0, max: 3 }),
    weight: fc.integer({ min: 1, max: 3 }),
    performance: fc.integer({ min: 0, max: 10 }),
  },
  { requiredKeys: ['id', 'available'] },
);
const agents = fc.uniqueArray(agent, { selector: (a) => a.id, maxLength: 4 });
const state = fc.constant(null).map(() => createDistributionState());
const clock = fc.record({ now, timeZone: zone });
const payment = fc.record(
  { leadId: ids, collectorId: ids, clientId: fc.constantFrom('acme', 'globex'), at: time, amount: money },
  { requiredKeys: ['leadId', 'at', 'amount'] },
);
const payments = listOf(payment, 6);
const session = fc
  .tuple(ids, msNear, fc.integer({ min: 0, max: 8 * HOUR }))
  .map(([collectorId, start, len]) => ({ collectorId, start, end: start + len }));
const activity = fc.record(
  {
    collectorId: ids,
    leadId: ids,
    at: time,
    channel,
    outcome: fc.constantFrom('right-party-contact', 'wrong-party', 'no-answer', 'voicemail', 'other'),
  },
  { requiredKeys: ['collectorId', 'leadId', 'at'] },
);
const collector = fc.record({ id: ids, name: fc.constantFrom('Ann', 'Bob'), teamId: fc.constantFrom('east', 'west') });
const statsOf = (input: Parameters<typeof core.collectorStats>[0]) => core.collectorStats(input);
const collectorStatsArb = fc
  .tuple(
    fc.array(collector, { maxLength: 3 }),
    fc.array(payment, { maxLength: 4 }),
    fc.array(session, { maxLength: 3 }),
  )
  .map(([collectors, pays, sessions]) =>
    statsOf({ collectors, payments: pays, sessions, from: NOW_MS - 40 * DAY, to: NOW_MS + DAY }),
  );
const currency = fc.constantFrom(USD, JPY, core.KWD);
const path = fc.array(fc.oneof(fc.constantFrom('a', 'criteria', '__proto__'), fc.nat(9)), { maxLength: 4 });
const fieldPath = fc.constantFrom('balance', 'company.size', 'nested.f3', 'f0', 'toString', 'a.__proto__', '', 'a..b');
const aHotleadsError = fc
  .constant(null)
  .map(() => new HotleadsError('INVALID_LEAD', 'A lead needs a non-empty string id', { path: ['id'] }));

// ---- oracles on success ----
function checkScore(s: LeadScore, explained: boolean): void {
  expect(s.score).toBeGreaterThanOrEqual(0);
  expect(s.score).toBeLessThanOrEqual(100);
  expect(['COLD', 'WARM', 'HIGH', 'HOT']).toContain(s.band);
  if (explained && s.contributions.length > 0) {
    const sum = s.contributions.reduce((a, c) => a + c.weighted, 0);
    expect(Math.abs(sum - s.achieved)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(s.achieved)));
    for (const c of s.contributions) expect(typeof c.detail).toBe('string');
  }
}
function checkContactResult(c: ContactCheck): void {
  expect(c.eligible).toBe(c.reasons.length === 0);
  expect(c.blocks.map((b) => b.reason)).toEqual(c.reasons);
  if (c.nextEligibleAt !== undefined) expect(Number.isNaN(Date.parse(c.nextEligibleAt))).toBe(false);
}
function checkQueue(queue: QueueEntry[]): void {
  let seenBlocked = false;
  queue.forEach((e, i) => {
    expect(e.rank).toBe(i + 1);
    checkScore(e, false);
    if (!e.eligible) seenBlocked = true;
    else expect(seenBlocked).toBe(false); // eligible accounts come first
    expect(e.eligible).toBe(e.blockedReasons.length === 0);
  });
}
function checkDistribution(r: DistributionResult): void {
  // Every assignment's lead is owned by its agent in the new state.
  for (const a of r.assignments) if (a.how !== 'shared') expect(r.state.owners[a.leadId]).toBe(a.agentId);
}
const isOptions = (o: unknown) => o !== null && typeof o === 'object';

// ---- the specs ----
/** The specs of `@hotleads/core`, by export name. */
export const coreSpecs: SpecTable = {
  HotleadsError: {
    args: args(hostileString, hostileString, fc.record({ path }), path, fc.oneof(aHotleadsError, hostile)),
    call: ([code, detail, options, prefix, other]) => {
      const e = new HotleadsError(code as string, detail as string, options as { path: string[] });
      const outer = e.withPathPrefix(prefix as string[]);
      HotleadsError.wrap(other, prefix as string[]);
      return [e, outer];
    },
    check: (result) => {
      for (const e of result as Error[]) {
        expect(core.isHotleadsError(e)).toBe(true);
        expect(typeof e.message).toBe('string');
      }
    },
  },
  assert: { args: args(fc.boolean(), fc.constantFrom('INVALID_ARGUMENT'), fc.constant('no'), path) },
  assertCurrency: { args: args(currency, path) },
  formatPath: { args: args(path), check: (r) => expect(typeof r).toBe('string') },
  isHotleadsError: {
    args: fc.tuple(fc.oneof(hostile, aHotleadsError), v(fc.constant('INVALID_LEAD'))),
    check: (r) => expect(typeof r).toBe('boolean'),
  },
  unreadable: {
    args: args(fc.oneof(aHotleadsError, fc.constant(new Error('x'))), fc.constant('INVALID_ARGUMENT'), path),
    check: (r) => expect(core.isHotleadsError(r)).toBe(true),
  },
  shardOfLead: {
    args: fc.tuple(
      fc.oneof(fc.string({ minLength: 1 }), hostile),
      fc.oneof(fc.integer({ min: 1, max: 1000 }), hostile),
    ),
    check: (r, [, shards]) => {
      expect(Number.isInteger(r)).toBe(true);
      expect(r as number).toBeGreaterThanOrEqual(0);
      expect(r as number).toBeLessThan(shards as number);
    },
  },
  safeString: {
    args: fc.tuple(hostile, v(fc.integer({ min: 1, max: 300 }))),
    check: (r, [, max]) => {
      expect(typeof r).toBe('string');
      expect((r as string).length).toBeLessThanOrEqual(typeof max === 'number' && max >= 1 ? Math.ceil(max) : 200);
    },
  },
  requireOptions: { args: fc.tuple(hostile, v(path)) },
  requireList: { args: fc.tuple(hostile, v(path)), check: (r) => expect(Array.isArray(r)).toBe(true) },
  isList: { args: fc.tuple(hostile), check: (r) => expect(typeof r).toBe('boolean') },
  englishIssue: {
    args: fc.tuple(
      fc.oneof(
        hostile,
        fc.record({
          code: fc.constantFrom('invalid_type', 'too_small', 'custom'),
          input: hostile,
          path: fc.constant([]),
        }),
      ),
    ),
    check: (r) => expect(typeof r).toBe('string'),
  },
  parseWithSchema: {
    // zod memoizes inside a schema on first use, so the schema is named by the arguments, not passed in them.
    args: args(
      fc.constant('currencySchema'),
      fc.oneof(currency, hostile),
      fc.constant('INVALID_ARGUMENT'),
      fc.constant('currency'),
    ),
    call: ([schema, input, code, what], _ctx, f) =>
      (f as typeof core.parseWithSchema)(
        (schema === 'currencySchema' ? currencySchema : schema) as typeof currencySchema,
        input,
        code as string,
        what as string,
      ),
  },

  toEpochMs: {
    args: args(time, path),
    check: (r) => expect(Number.isFinite(r as number)).toBe(true),
  },
  tryEpochMs: {
    args: fc.tuple(fc.oneof(time, hostile)),
    check: (r) => expect(typeof r).toBe('number'),
  },
  isIanaTimeZone: { args: fc.tuple(fc.oneof(zone, hostile)), check: (r) => expect(typeof r).toBe('boolean') },
  localDate: { args: args(msNear, zone), check: (r) => expect(r).toMatch(/^\d{4}-\d{2}-\d{2}$/) },

  toMinorUnits: {
    args: args(fc.oneof(fc.integer(), fc.constantFrom('12.34', '0.5', '1e3')), currency, fc.constant({})),
  },
  formatAmount: { args: args(fc.oneof(money, fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n })), currency) },
  formatMoney: {
    args: args(
      money,
      currency,
      fc.record({ locale: fc.constantFrom('en-US', 'fr-FR'), compact: fc.boolean() }, { requiredKeys: [] }),
    ),
    check: (r) => expect(typeof r).toBe('string'),
  },
  formatPercent: { args: args(fc.oneof(fc.double({ min: -2, max: 2, noNaN: true }), fc.constant(null))) },
  formatChange: { args: args(fc.oneof(fc.double({ min: -2, max: 2, noNaN: true }), fc.constant(null))) },
  compareToPrevious: {
    args: args(fc.integer(), fc.oneof(fc.integer(), fc.constant(null)), fc.record({ higherIsBetter: fc.boolean() })),
  },

  parseLead: { args: args(lead), check: (r) => expect(typeof (r as Lead).id).toBe('string') },
  checkLead: { args: args(lead) },
  parseFieldPath: { args: args(fieldPath, path) },
  compileFieldReader: {
    args: args(fieldPath, path, lead),
    call: ([p, at, record], _ctx, f) => (f as typeof core.compileFieldReader)(p as string, at as string[])(record),
  },

  parseScoringModel: { args: args(model), numRuns: 150 },
  scoreLead: {
    args: args(lead, model, scoreOptions),
    numRuns: 200,
    check: (r, [, , o]) => checkScore(r as LeadScore, isOptions(o) && (o as { explain?: boolean }).explain !== false),
  },
  createScorer: {
    args: args(model, fc.record({ generate: fc.boolean() }), lead, scoreOptions),
    numRuns: 150,
    call: ([m, o, l, so], _ctx, f) =>
      (f as typeof core.createScorer)(m as ScoringModel, o as object)(l as Lead, so as never),
    check: (r, [, , , o]) => checkScore(r as LeadScore, isOptions(o) && (o as { explain?: boolean }).explain !== false),
  },
  defineLeadGroup: {
    args: args(
      fc.record(
        {
          id: fc.oneof(fc.constantFrom('VIP', 'Qualified', ' x', '', 'constructor'), fc.string({ maxLength: 70 })),
          purpose: fc.oneof(fc.constant('Key accounts'), fc.string({ maxLength: 20 })),
          label: fc.string({ maxLength: 10 }),
          tooltip: fc.string({ maxLength: 10 }),
        },
        { requiredKeys: ['id', 'purpose'] },
      ),
      fc.option(fc.constant(core.LEAD_GROUPS), { nil: undefined }),
    ),
    check: (r, [input]) => {
      const g = r as core.LeadGroup;
      expect(g.id).toBe((input as { id: string }).id);
      expect(g.custom).toBe(true);
      expect(core.LEAD_GROUPS.some((x) => x.id === g.id)).toBe(false);
    },
  },
  groupCounts: {
    args: args(
      listOf(groupLead, 8),
      fc.record({ by: fc.constantFrom('group', 'assignee', 'leadSource', 'team') }, { requiredKeys: ['by'] }),
    ),
    check: (r, [leads]) => {
      const c = r as core.GroupCounts;
      expect(c.total).toBe((leads as unknown[]).length);
      expect(c.rows.reduce((a, x) => a + x.count, 0)).toBe(c.total);
    },
  },
  filterLeads: {
    args: args(
      listOf(groupLead, 8),
      fc.record(
        { group: fc.constant(['Qualified', null]), assignee: fc.constantFrom(['ann'], ['bob', 'ann'], 'ann') },
        { requiredKeys: [] },
      ),
    ),
    check: (r, [leads]) => expect((r as unknown[]).length).toBeLessThanOrEqual((leads as unknown[]).length),
  },
  moveLeads: {
    args: args(listOf(groupLead, 8), fc.constantFrom('Qualified', 'Untouched', 'Nowhere'), fc.constant({})),
    check: (r, [leads, to]) => {
      const m = r as core.MoveLeadsResult;
      expect(m.leads.length).toBe((leads as unknown[]).length);
      expect(m.moved.length + m.unchanged.length).toBe(m.leads.length);
      for (const x of m.moved)
        expect(x.trigger).toEqual({ type: 'statusChange', to, ...(x.from === undefined ? {} : { from: x.from }) });
    },
  },
  overrideModel: {
    args: args(
      fc.constant(b2bLeadModel),
      listOf(
        v(
          fc.record(
            {
              criteria: fc.dictionary(
                fc.constantFrom(...b2bLeadModel.criteria.slice(0, 5).map((c) => c.id), 'nope'),
                fc.record(
                  { weight: fc.integer({ min: -1, max: 5 }), maxPoints: fc.integer({ min: 0, max: 10 }) },
                  { requiredKeys: [] },
                ),
                { maxKeys: 3 },
              ),
              bands: fc.record(
                { hot: fc.integer({ min: 50, max: 100 }), warm: fc.integer({ min: 0, max: 40 }) },
                { requiredKeys: [] },
              ),
            },
            { requiredKeys: [] },
          ),
        ),
        3,
      ),
    ),
    check: (r) => {
      const o = r as core.OverrideResult;
      expect(o.model.criteria.map((c) => c.id)).toEqual(b2bLeadModel.criteria.map((c) => c.id));
      expect(core.parseScoringModel(o.model)).toEqual(o.model);
    },
  },
  scoreDistribution: {
    args: args(
      listOf(lead, 6),
      model,
      fc.record({ now: fc.constant(NOW_MS), buckets: fc.integer({ min: 0, max: 12 }) }, { requiredKeys: ['now'] }),
    ),
    check: (r, [leads]) => {
      const d = r as core.ScoreDistribution;
      expect(d.total).toBe((leads as unknown[]).length);
      expect(d.buckets.reduce((s, b) => s + b.count, 0)).toBe(d.total);
    },
  },
  missingCriteria: {
    args: args(lead, model),
    numRuns: 150,
    check: (r) => expect(Array.isArray(r)).toBe(true),
  },
  bandFor: {
    args: args(
      fc.double({ min: -10, max: 110, noNaN: true }),
      fc.record({ hot: fc.constant(80), high: fc.constant(60), warm: fc.constant(40) }),
    ),
    check: (r) => expect(['COLD', 'WARM', 'HIGH', 'HOT']).toContain(r),
  },
  bandRank: { args: args(band), check: (r) => expect([0, 1, 2, 3]).toContain(r) },
  displayScore: { args: args(fc.double({ min: 0, max: 100, noNaN: true })) },
  formatAgo: { args: args(fc.integer({ min: 0, max: 400 * DAY })), check: (r) => expect(typeof r).toBe('string') },
  formatDuration: { args: args(fc.integer({ min: 0, max: 400 * DAY })), check: (r) => expect(typeof r).toBe('string') },

  explainedEntry: {
    args: args(
      fc
        .integer({ min: 1, max: 48 })
        .map(
          (hours) =>
            core.rankQueue(
              [{ id: 'a', balance: 120, events: [{ type: 'portal_visit', at: NOW_MS - hours * HOUR }] }],
              collectionsHotLeadModel,
              { now: NOW_MS },
            )[0]!,
        ),
    ),
  },
  rankQueue: {
    args: args(
      book,
      model,
      fc.record(
        {
          now,
          limit: fc.integer({ min: 0, max: 5 }),
          explain: fc.boolean(),
          policy,
          touches: attempts,
          channel: v(channel),
        },
        { requiredKeys: ['now'] },
      ),
    ),
    numRuns: 200,
    check: (r) => checkQueue(r as QueueEntry[]),
  },
  createContactChecker: {
    args: args(policy, lead, attempts, checkOptions),
    call: ([p, l, a, o], _ctx, f) =>
      (f as typeof core.createContactChecker)(p as never)(l as Lead, a as never, o as never),
    check: (r) => checkContactResult(r as ContactCheck),
  },
  backtestQueue: {
    args: args(
      fc.record({
        accounts: fc.array(
          fc.record({
            id: fc.constantFrom('a', 'b', 'c'),
            balance: fc.integer({ min: 1, max: 5000 }),
            timeZone: zone,
            events: fc.array(fc.record({ type: collectionTypes, at: time }), { maxLength: 2 }),
          }),
          { maxLength: 3 },
        ),
      }),
      fc.constantFrom(['hotLead'], ['balance', 'oldest'], ['alphabetical', 'hotLead'], ['nope']),
      fc.record(
        {
          start: fc.constantFrom('2026-11-02', '2026-02-30'),
          days: fc.constantFrom(1, 2, 0),
          collectors: fc.constant(1),
          attemptsPerHour: fc.constantFrom(2, 0),
          shift: fc.constantFrom({ hours: 2 }, { start: '23:00', hours: 2 }),
          seeds: fc.constantFrom(1, 2, [3]),
          mode: fc.constantFrom('simulate' as const, 'replay' as const),
          policy: fc.constant(regFPolicy),
        },
        { requiredKeys: ['start', 'days'] },
      ),
    ),
    numRuns: 60,
    check: (r) => {
      const result = r as core.BacktestResult;
      expect(result.orderings.length).toBeGreaterThan(0);
      for (const o of result.orderings) expect(o.revenuePerHour.low).toBeLessThanOrEqual(o.revenuePerHour.high);
    },
  },
  checkContact: {
    args: args(lead, attempts, policy, checkOptions),
    check: (r) => checkContactResult(r as ContactCheck),
  },
  checkAllChannels: {
    args: args(lead, attempts, policy, fc.record({ now })),
    check: (r) => Object.values(r as Record<string, ContactCheck>).forEach(checkContactResult),
  },
  recommendContact: {
    args: args(
      lead,
      attempts,
      policy,
      fc.record(
        {
          now,
          horizonHours: fc.constantFrom(1, 24, 72, 0),
          maxSlots: fc.constantFrom(1, 3),
          channels: fc.constantFrom(['call'], ['email', 'text'], ['fax']),
          debtIds: fc.constantFrom(['D1'], 'D1'),
        },
        { requiredKeys: ['now'] },
      ),
    ),
    numRuns: 150,
    check: (r) => {
      const rec = r as core.ContactRecommendation;
      expect(rec.best === undefined).toBe(Object.values(rec.channels).every((c) => c.slots.length === 0));
      Object.values(rec.channels).forEach((c) => checkContactResult(c.check));
    },
  },
  contactRatePrior: {
    args: args(
      book,
      attempts,
      fc.record({ strength: fc.constantFrom(1, 5, 0), fallbackRate: fc.constantFrom(0.1, 2) }, { requiredKeys: [] }),
    ),
  },
  describeBestContact: {
    args: args(
      fc.constantFrom(undefined, {
        channel: 'call',
        start: '2026-11-22T23:00:00.000Z',
        zone: 'America/Chicago',
        localStart: '17:00',
        localEnd: '18:00',
      }),
      now,
      fc.constantFrom(24, 72),
    ),
  },
  withStatePresets: {
    args: args(policy, fc.option(fc.constantFrom(['MA'], ['WA', 'MA'], ['ZZ']), { nil: undefined })),
  },
  stricterChannelRule: {
    args: args(
      fc.constantFrom({ maxAttempts: { count: 7, days: 7 } }, { window: { start: '08:00', end: '21:00' } }, undefined),
      fc.constantFrom(
        { maxAttempts: { count: 2, days: 7 } },
        { maxAttempts: { count: 1, days: 3 } },
        { window: { start: '22:00', end: '23:00' } },
      ),
    ),
  },
  defineContactPolicy: {
    args: args(
      fc.oneof(
        policy,
        fc.constant({ ...regFPolicy, knownFlags: 'vip' }),
        fc.constant({ ...regFPolicy, channels: { fax: {} } }),
      ),
    ),
  },

  detectAlerts: {
    args: args(
      fc.option(leadScore, { nil: undefined }),
      leadScore,
      listOf(leadEvent, 4),
      fc.record(
        { now, timeZone: zone, minBand: band, locale: fc.constant('en-US'), currency: fc.constantFrom('USD', 'EUR') },
        { requiredKeys: ['now'] },
      ),
    ),
    check: (r) => {
      for (const a of r as Array<{ id: string; reason: string }>) expect(typeof a.reason).toBe('string');
    },
  },
  createLiveQueue: {
    args: args(
      model,
      fc.record(
        {
          now,
          limit: fc.integer({ min: 1, max: 5 }),
          leads: book,
          policy,
          touches: attempts,
          channel: v(channel),
          alerts: fc.record({ timeZone: zone }),
        },
        { requiredKeys: ['now'] },
      ),
      lead,
      ids,
      leadEvent,
      attempt,
      fc.integer({ min: NOW_MS + DAY, max: NOW_MS + 3 * DAY }),
    ),
    numRuns: 150,
    timeLimitMs: 4_000,
    call: ([m, o, l, id, e, a, later], _ctx, f) => {
      const live = (f as typeof core.createLiveQueue)(m as ScoringModel, o as never);
      live.rankOf(id as string);
      live.remove(id as string);
      live.upsert(l as Lead);
      const step = () => {
        try {
          live.ingest(id as string, e as never);
        } catch (error) {
          if (!core.isHotleadsError(error, 'NOT_FOUND')) throw error;
        }
        live.recordAttempt(a as never);
        live.advance(later as number);
      };
      step();
      return { top: live.top(), blocked: live.blocked(), leads: live.leads(), size: live.size, limit: live.limit };
    },
    check: (r) => {
      const { top, blocked, leads, size, limit } = r as {
        top: QueueEntry[];
        blocked: QueueEntry[];
        leads: Lead[];
        size: number;
        limit: number;
      };
      expect(top.length).toBeLessThanOrEqual(limit);
      expect(leads.length).toBe(size);
      checkQueue(top);
      for (const e of blocked) expect(e.eligible).toBe(false);
    },
  },

  createMemoryStateStore: { args: fc.tuple() },
  ruleStateKey: { args: fc.tuple(fc.oneof(fc.string(), hostile), fc.oneof(fc.string(), hostile)) },
  distributionStateKey: { args: fc.tuple(fc.oneof(fc.string(), hostile)) },
  stateStoreConformanceSuite: { args: fc.tuple(hostile) },
  createDistributionState: { args: fc.tuple(), check: (r) => expect((r as { version: number }).version).toBe(1) },
  distributeLeads: {
    args: args(
      listOf(ids, 5),
      agents,
      state,
      fc.record({ now, timeZone: zone, strategy: fc.constantFrom('round-robin', 'priority-tier', 'push', 'pull') }),
    ),
    check: (r) => checkDistribution(r as DistributionResult),
  },
  assignLead: {
    args: args(
      ids,
      ids,
      agents,
      state,
      fc.record({ now, timeZone: zone, force: fc.boolean() }, { requiredKeys: ['now', 'timeZone'] }),
    ),
    check: (r) => checkDistribution(r as DistributionResult),
  },
  reassignLead: {
    args: args(
      ids,
      ids,
      agents,
      state,
      fc.record({ now, timeZone: zone, force: fc.boolean() }, { requiredKeys: ['now', 'timeZone'] }),
    ),
    check: (r) => checkDistribution(r as DistributionResult),
  },
  pullLead: {
    args: args(fc.constantFrom('slot-000000', 'slot-000001'), ids, agents, fc.constant(null), clock),
    // A state with two leads waiting, from distributeLeads itself, unless the state is hostile.
    call: ([slot, agentId, ags, st, ck], _ctx, f) => {
      const s =
        st === null
          ? core.distributeLeads(['a', 'b'], [], createDistributionState(), {
              now: NOW_MS,
              timeZone: 'UTC',
              strategy: 'pull',
            }).state
          : st;
      return (f as typeof core.pullLead)(slot as string, agentId as string, ags as never, s as never, ck as never);
    },
    check: (r) => checkDistribution(r as DistributionResult),
  },
  viewPullQueue: {
    args: args(
      state,
      book,
      fc.oneof(
        fc.constant({ mode: 'hidden' }),
        fc.record({ mode: fc.constant('preview'), fields: fc.array(fieldPath, { maxLength: 3 }) }),
      ),
    ),
  },
  shareLead: {
    args: args(
      ids,
      fc.uniqueArray(
        fc.record(
          {
            id: ids,
            tier: fc.constantFrom('premium', 'standard', 'basic'),
            score: fc.integer({ min: 0, max: 5 }),
            active: fc.boolean(),
          },
          { requiredKeys: ['id', 'tier', 'score'] },
        ),
        { selector: (s) => s.id, maxLength: 4 },
      ),
      state,
      fc.record(
        {
          now,
          timeZone: zone,
          count: fc.integer({ min: 1, max: 5 }),
          tiers: fc.constant(['premium', 'standard']),
          exclude: fc.array(ids, { maxLength: 2 }),
        },
        { requiredKeys: ['now', 'timeZone'] },
      ),
    ),
  },

  revenuePerCollectorHour: {
    args: args(
      payments,
      listOf(session, 4),
      period.chain((p) =>
        fc.record(
          { from: fc.constant(p.from), to: fc.constant(p.to), collectorId: ids, format },
          { requiredKeys: ['from', 'to'] },
        ),
      ),
    ),
  },
  collectionRate: {
    args: args(
      payments,
      listOf(
        fc.record(
          { leadId: ids, clientId: fc.constantFrom('acme', 'globex'), amount: money, at: time },
          { requiredKeys: ['leadId', 'amount', 'at'] },
        ),
        5,
      ),
      period.chain((p) =>
        fc.record(
          { from: fc.constant(p.from), to: fc.constant(p.to), clientId: fc.constantFrom('acme'), format },
          { requiredKeys: ['from', 'to'] },
        ),
      ),
    ),
    check: (r) => {
      const { collected, placed, rate } = r as { collected: number; placed: number; rate: number | null };
      expect(rate).toBe(placed === 0 ? null : collected / placed);
    },
  },
  rightPartyContactRate: {
    args: args(
      listOf(activity, 6),
      period.chain((p) =>
        fc.record(
          { from: fc.constant(p.from), to: fc.constant(p.to), collectorId: ids },
          { requiredKeys: ['from', 'to'] },
        ),
      ),
    ),
    check: (r) => {
      const {
        attempts: n,
        rightPartyContacts,
        rate,
      } = r as { attempts: number; rightPartyContacts: number; rate: number | null };
      expect(rate).toBe(n === 0 ? null : rightPartyContacts / n);
    },
  },
  promisePipeline: {
    args: args(
      fc.array(
        v(
          fc.record({
            id: fc.constantFrom('p1', 'p2', 'p3'),
            leadId: ids,
            amount: money,
            dueDate: fc.constantFrom('2026-11-20', '2026-11-22', '2026-12-01'),
            createdAt: time,
          }),
        ),
        { maxLength: 4 },
      ),
      payments,
      fc.record(
        { now, timeZone: zone, graceDays: fc.integer({ min: 0, max: 5 }), format },
        { requiredKeys: ['now', 'timeZone'] },
      ),
    ),
    check: (r) => {
      const p = r as { items: unknown[]; open: { count: number }; kept: { count: number }; broken: { count: number } };
      expect(p.open.count + p.kept.count + p.broken.count).toBe(p.items.length);
    },
  },
  collectorStats: {
    args: args(
      fc.record(
        {
          from: fc.constant(NOW_MS - 30 * DAY),
          to: fc.constant(NOW_MS + DAY),
          collectors: listOf(collector, 3),
          activities: listOf(activity, 4),
          payments,
          sessions: listOf(session, 3),
          format,
        },
        { requiredKeys: ['from', 'to', 'collectors'] },
      ),
    ),
  },
  leaderboard: {
    args: args(
      collectorStatsArb,
      fc.record(
        {
          metric: fc.constantFrom('revenue', 'revenuePerHour', 'rpcRate', 'rightPartyContacts', 'accountsWorked'),
          limit: fc.integer({ min: 0, max: 5 }),
          format,
        },
        { requiredKeys: [] },
      ),
    ),
  },
  teamComparison: {
    args: args(
      collectorStatsArb,
      listOf(fc.record({ id: fc.constantFrom('east', 'west'), name: fc.constantFrom('East', 'West') }), 2),
      fc.record({ format }, { requiredKeys: [] }),
    ),
  },
  dailyGoalProgress: {
    args: args(
      payments,
      fc.record(
        { goal: money, now, timeZone: zone, collectorId: ids, format },
        { requiredKeys: ['goal', 'now', 'timeZone'] },
      ),
    ),
  },
  queueAdherence: {
    args: args(
      listOf(
        fc.record(
          {
            collectorId: ids,
            leadId: ids,
            at: time,
            queueRank: fc.integer({ min: 1, max: 30 }),
            eligible: fc.boolean(),
          },
          { requiredKeys: ['collectorId', 'leadId', 'at', 'eligible'] },
        ),
        6,
      ),
      period.chain((p) =>
        fc.record(
          {
            from: fc.constant(p.from),
            to: fc.constant(p.to),
            topN: fc.integer({ min: 1, max: 20 }),
            target: fc.double({ min: 0, max: 1, noNaN: true }),
          },
          { requiredKeys: ['from', 'to'] },
        ),
      ),
    ),
  },
  metricTrend: {
    args: args(
      listOf(
        fc.record(
          { at: time, value: fc.integer({ min: 0, max: 1000 }), of: fc.integer({ min: 1, max: 10 }) },
          { requiredKeys: ['at', 'value'] },
        ),
        6,
      ),
      fc.record(
        {
          from: fc.constant(NOW_MS - 20 * DAY),
          to: fc.constant(NOW_MS),
          timeZone: zone,
          bucket: fc.constantFrom('day', 'week'),
          weekStartsOn: fc.constantFrom(0, 1, 6),
          aggregate: fc.constantFrom('sum', 'count', 'average', 'ratio'),
          unit: fc.constantFrom('money', 'number', 'percent'),
          format,
        },
        { requiredKeys: ['from', 'to', 'timeZone', 'bucket'] },
      ),
    ),
  },
  clientTargetProgress: {
    args: args(
      listOf(
        fc.record({
          clientId: fc.constantFrom('acme', 'globex'),
          name: fc.constantFrom('Acme', 'Globex'),
          target: money,
        }),
        3,
      ),
      payments,
      period.chain((p) =>
        fc.record(
          {
            from: fc.constant(p.from),
            to: fc.constant(p.to),
            now,
            tolerance: fc.double({ min: 0, max: 0.5, noNaN: true }),
            format,
          },
          { requiredKeys: ['from', 'to', 'now'] },
        ),
      ),
    ),
  },
};

/** The specs of `@hotleads/core/demo`, by export name. */
export const demoSpecs: SpecTable = {
  seededRandom: {
    args: args(fc.integer()),
    call: ([seed], _ctx, f) => (f as typeof demo.seededRandom)(seed as number)(),
    check: (r) => {
      expect(r).toBeGreaterThanOrEqual(0);
      expect(r).toBeLessThan(1);
    },
  },
  generateCollectionsBook: {
    args: args(
      fc.record(
        { size: fc.integer({ min: 0, max: 30 }), now, seed: fc.integer(), isoTimes: fc.boolean() },
        { requiredKeys: ['size', 'now'] },
      ),
    ),
    numRuns: 100,
    check: (r, [o]) => {
      const book = r as Lead[];
      expect(book.length).toBe((o as { size: number }).size);
      core.rankQueue(book, collectionsHotLeadModel, { now: NOW_MS, policy: regFPolicy });
    },
  },
  generateB2bLeads: {
    args: args(
      fc.record(
        { size: fc.integer({ min: 0, max: 30 }), now, seed: fc.integer(), shape: fc.constantFrom('sparse', 'rows') },
        { requiredKeys: ['size', 'now'] },
      ),
    ),
    numRuns: 100,
    check: (r, [o]) => {
      const leads = r as Lead[];
      expect(leads.length).toBe((o as { size: number }).size);
      for (const l of leads) checkScore(core.scoreLead(l, b2bLeadModel, { now: NOW_MS }), true);
    },
  },
};

// ---- @hotleads/core/worker ----

const batchOptions = fc.record({ now, policy, touches: attempts, channel: v(channel) }, { requiredKeys: ['now'] });

/** A batch's own invariants: one entry per lead, scores in [0, 100], band ranks 0–3, eligibility 0 or 1. */
function checkBatch(r: unknown, size?: number): BatchScores {
  const b = r as BatchScores;
  expect(b.scores).toBeInstanceOf(Float64Array);
  expect(b.bands).toBeInstanceOf(Uint8Array);
  expect(b.eligible).toBeInstanceOf(Uint8Array);
  if (size !== undefined) expect(b.size).toBe(size);
  for (const a of [b.leadIds.length, b.scores.length, b.bands.length, b.eligible.length]) expect(a).toBe(b.size);
  for (let i = 0; i < b.size; i++) {
    expect(b.scores[i]).toBeGreaterThanOrEqual(0);
    expect(b.scores[i]).toBeLessThanOrEqual(100);
    expect(b.bands[i]).toBeLessThanOrEqual(3);
    expect(b.eligible[i]! <= 1).toBe(true);
  }
  return b;
}

/** Each lead's score and band as the single-thread scorer gives them. */
function expectScorer(b: BatchScores, leads: readonly Lead[], m: ScoringModel, at: unknown): void {
  const score = core.createScorer(m);
  leads.forEach((lead, i) => {
    const s = score(lead, { now: at as number, explain: false });
    expect(b.leadIds[i]).toBe(s.leadId);
    expect(Object.is(b.scores[i], s.score)).toBe(true);
    expect(b.bands[i]).toBe(core.bandRank(s.band));
  });
}

/** A page-side Worker whose other side is `handleScoringRequest`, answering on a microtask as a real worker does. */
function fakeWorker(): ScoringWorkerPort {
  const listeners = new Set<(event: { data?: unknown }) => void>();
  return {
    postMessage: (message) =>
      queueMicrotask(() => {
        const reply = worker.handleScoringRequest(message);
        if (reply !== undefined) for (const l of listeners) l({ data: reply.response });
      }),
    addEventListener: (type, l) => {
      if (type === 'message') listeners.add(l);
    },
    removeEventListener: (type, l) => {
      if (type === 'message') listeners.delete(l);
    },
    terminate: () => listeners.clear(),
  };
}

/** What each fake worker scope was given: kept outside the scope, which the harness snapshots. */
const scopeListeners = new WeakMap<object, Set<(event: { data: unknown }) => void>>();

/** A worker global scope whose listeners serveScoringWorker adds and its stop function removes. */
function fakeScope(): ScoringWorkerScope {
  const listeners = new Set<(event: { data: unknown }) => void>();
  const scope: ScoringWorkerScope = {
    addEventListener: (_type, l) => void listeners.add(l),
    removeEventListener: (_type, l) => void listeners.delete(l),
    postMessage: () => undefined,
  };
  scopeListeners.set(scope, listeners);
  return scope;
}

/** A small seeded b2b book (two equal seeds give equal books, so `same` is sometimes true). */
const b2bBook = fc
  .record({ size: fc.nat(5), seed: fc.nat(3) })
  .map(({ size, seed }) => generateB2bLeads({ size, seed, now: NOW_MS }));
const request = fc.record({
  hotleads: fc.constant('score'),
  id: fc.nat(1_000),
  model,
  bytes: b2bBook.map((ls) => new TextEncoder().encode(ls.map((l) => JSON.stringify(l)).join('\n'))),
  options: fc.record({ now: fc.constant(NOW_MS) }),
});

export const workerSpecs: SpecTable = {
  scoreBatch: {
    args: args(book, model, batchOptions),
    numRuns: 150,
    check: (r, [leads, m, o]) => {
      const b = checkBatch(r, [...(leads as Iterable<Lead>)].length);
      if ((o as { policy?: unknown }).policy === undefined)
        expectScorer(b, [...(leads as Iterable<Lead>)], m as ScoringModel, (o as { now: unknown }).now);
    },
  },
  compareBatches: {
    args: args(
      fc
        .tuple(b2bBook, b2bBook)
        .map(([a, b]) => [
          worker.scoreBatch(a, b2bLeadModel, { now: NOW_MS }),
          worker.scoreBatch(b, b2bLeadModel, { now: NOW_MS }),
        ]),
    ),
    call: ([pair], _ctx, f) => {
      if (!Array.isArray(pair)) return (f as typeof worker.compareBatches)(pair as BatchScores, pair as BatchScores);
      const [a, b] = pair as [BatchScores, BatchScores];
      return { both: (f as typeof worker.compareBatches)(a, b), self: (f as typeof worker.compareBatches)(a, a) };
    },
    check: (r) => {
      const { both, self } = r as { both?: BatchComparison; self?: BatchComparison };
      if (both === undefined || self === undefined) return;
      expect(both.same).toBe(both.differences === 0);
      expect(self.same).toBe(true);
    },
  },
  handleScoringRequest: {
    args: fc.tuple(fc.oneof({ arbitrary: request, weight: 2 }, { arbitrary: v(request), weight: 2 }, hostile)),
    check: (r) => {
      if (r === undefined) return;
      const { response, transfer } = r as ScoringReply;
      expect(response.hotleads).toBe('scored');
      if (response.ok) {
        checkBatch(response.batch);
        expect(transfer).toHaveLength(3);
      } else {
        expect(typeof response.code).toBe('string');
        expect(Array.isArray(response.path)).toBe(true);
      }
    },
  },
  serveScoringWorker: {
    args: fc.tuple(fc.oneof({ arbitrary: fc.constant(null).map(() => fakeScope()), weight: 3 }, hostile)),
    call: ([scope], _ctx, f) => {
      const stop = (f as typeof worker.serveScoringWorker)(scope as ScoringWorkerScope);
      return { stop, scope };
    },
    check: (r) => {
      const { stop, scope } = r as { stop: () => void; scope: ScoringWorkerScope };
      const listeners = scopeListeners.get(scope);
      if (listeners === undefined) return; // a hostile scope the call accepted: nothing of ours to check
      expect(listeners.size).toBe(1);
      stop();
      expect(listeners.size).toBe(0);
    },
  },
  createBrowserScoringWorker: {
    args: args(
      fc.constant(null).map(() => fakeWorker()),
      fc.record({ model }),
      book,
      fc.record({ now }),
    ),
    numRuns: 100,
    call: async ([port, options, leads, batch], _ctx, f) => {
      const client = (f as typeof worker.createBrowserScoringWorker)(
        port as ScoringWorkerPort,
        options as { model: ScoringModel },
      );
      try {
        return await client.score(leads as Iterable<Lead>, batch as { now: number });
      } finally {
        client.terminate();
      }
    },
    check: (r, [, options, leads, batch]) => {
      const list = [...(leads as Iterable<Lead>)];
      expectScorer(
        checkBatch(r, list.length),
        list,
        (options as { model: ScoringModel }).model,
        (batch as { now: unknown }).now,
      );
    },
  },
};
