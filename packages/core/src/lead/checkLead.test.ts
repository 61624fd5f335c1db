import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, NOW } from '../__tests__/arbitraries';
import { createLiveQueue } from '../queue/createLiveQueue';
import { isHotleadsError, type IssuePath } from '../errors/HotleadsError';
import { b2bLeadModel } from '../models/b2bLeadModel';
import { collectionsHotLeadModel } from '../models/collectionsHotLeadModel';
import { rankQueue } from '../queue/rankQueue';
import { createScorer } from '../scoring/createScorer';
import { scoreLead } from '../scoring/scoreLead';
import { checkEvent, checkLead, LEAD_MESSAGES } from './checkLead';
import { parseLead } from './parseLead';
import { leadSchema } from './schema';
import type { Lead } from './types';

type Refusal = { code: string; detail: string; path: IssuePath } | 'ok';

const refusalOf = (run: () => unknown): Refusal => {
  try {
    run();
    return 'ok';
  } catch (e) {
    if (!isHotleadsError(e)) throw e;
    return { code: e.code, detail: e.detail, path: e.path };
  }
};

const OK: Lead = { id: 'ok', balance: 10 };
const model = collectionsHotLeadModel;
const fast = createScorer(model);
const plain = createScorer(model, { generate: false });
const b2b = createScorer(b2bLeadModel);

/** What every consumer of leads answers for `lead`, in the check's terms. */
function consumers(lead: unknown): Record<string, Refusal> {
  const l = lead as Lead;
  return {
    checkLead: refusalOf(() => checkLead(lead)),
    scoreLead: refusalOf(() => scoreLead(l, model, { now: NOW })),
    'createScorer (generated)': refusalOf(() => fast(l, { now: NOW })),
    'createScorer (closures)': refusalOf(() => plain(l, { now: NOW, explain: false })),
    'createScorer (b2b)': refusalOf(() => b2b(l, { now: NOW, explain: false })),
    'rankQueue (path without leads[1])': refusalOf(() => rankQueue([OK, l], model, { now: NOW, explain: false })),
    'createLiveQueue leads (path without leads[1])': refusalOf(() =>
      createLiveQueue(model, { now: NOW, leads: [OK, l], explain: false }),
    ),
    'createLiveQueue upsert': refusalOf(() => createLiveQueue(model, { now: NOW }).upsert(l)),
  };
}

function unprefixed(answers: Record<string, Refusal>): Record<string, Refusal> {
  const out: Record<string, Refusal> = {};
  for (const [name, r] of Object.entries(answers)) {
    if (name.includes('without leads[1]') && r !== 'ok') {
      expect(r.path.slice(0, 2)).toEqual(['leads', 1]);
      out[name] = { ...r, path: r.path.slice(2) };
    } else out[name] = r;
  }
  return out;
}

const BAD: Array<[string, unknown, IssuePath, keyof typeof LEAD_MESSAGES]> = [
  ['null', null, [], 'lead'],
  ['a string', 'A-1', [], 'lead'],
  ['an array', [{ id: 'a' }], [], 'lead'],
  ['no id', { balance: 3 }, ['id'], 'id'],
  ['an empty id', { id: '' }, ['id'], 'id'],
  ['a numeric id', { id: 7 }, ['id'], 'id'],
  ['events as an object', { id: 'a', events: {} }, ['events'], 'events'],
  ['events null', { id: 'a', events: null }, ['events'], 'events'],
  ['a null event', { id: 'a', events: [null] }, ['events', 0], 'event'],
  ['an array event', { id: 'a', events: [[]] }, ['events', 0], 'event'],
  ['a string event', { id: 'a', events: [{ type: 'x', at: 1 }, 'visit'] }, ['events', 1], 'event'],
  // eslint-disable-next-line no-sparse-arrays
  ['a hole in events', { id: 'a', events: [, { type: 'x', at: 1 }] }, ['events', 0], 'event'],
  ['an event without a type', { id: 'a', events: [{ at: 1 }] }, ['events', 0, 'type'], 'type'],
  ['an empty event type', { id: 'a', events: [{ type: '', at: 1 }] }, ['events', 0, 'type'], 'type'],
  ['an event without a time', { id: 'a', events: [{ type: 'x' }] }, ['events', 0, 'at'], 'at'],
  ['a time without a zone', { id: 'a', events: [{ type: 'x', at: '2026-11-22 10:00' }] }, ['events', 0, 'at'], 'at'],
  [
    'a NaN time after a good event',
    {
      id: 'a',
      events: [
        { type: 'x', at: 1 },
        { type: 'y', at: Number.NaN },
      ],
    },
    ['events', 1, 'at'],
    'at',
  ],
  ['an invalid Date', { id: 'a', events: [{ type: 'x', at: new Date(Number.NaN) }] }, ['events', 0, 'at'], 'at'],
];

describe('the lead check', () => {
  it.each(BAD)('refuses %s with one message and path, the same in every consumer', (_name, lead, path, key) => {
    const expected = { code: 'INVALID_LEAD', detail: LEAD_MESSAGES[key], path };
    const answers = unprefixed(consumers(lead));
    for (const [name, answer] of Object.entries(answers)) expect([name, answer]).toEqual([name, expected]);
    expect(refusalOf(() => parseLead(lead))).toEqual(expected);
    const parsed = leadSchema.safeParse(lead);
    expect(parsed.success).toBe(false);
    expect({ message: parsed.error?.issues[0]?.message, path: parsed.error?.issues[0]?.path }).toEqual({
      message: LEAD_MESSAGES[key],
      path,
    });
  });

  it('names the lead of a book: leads[i] before the path in rankQueue and createLiveQueue', () => {
    const bad = { id: 'b', events: [{ type: 'x', at: 'yesterday' }] };
    for (const run of [
      () => rankQueue([OK, OK, bad as Lead], model, { now: NOW }),
      () => createLiveQueue(model, { now: NOW, leads: [OK, OK, bad as Lead] }),
    ]) {
      const r = refusalOf(run);
      expect(r).toEqual({ code: 'INVALID_LEAD', detail: LEAD_MESSAGES.at, path: ['leads', 2, 'events', 0, 'at'] });
      let message = '';
      try {
        run();
      } catch (e) {
        message = (e as Error).message;
      }
      expect(message).toBe(`${LEAD_MESSAGES.at} (at leads[2].events[0].at)`);
    }
  });

  it('checks a lone event of the live queue with the same messages, at event', () => {
    const queue = createLiveQueue(model, { now: NOW, leads: [OK] });
    const cases: Array<[unknown, IssuePath, keyof typeof LEAD_MESSAGES]> = [
      [null, ['event'], 'event'],
      [{ at: NOW }, ['event', 'type'], 'type'],
      [{ type: 'portal_visit', at: '2026-11-22 10:00' }, ['event', 'at'], 'at'],
    ];
    for (const [event, path, key] of cases) {
      const expected = { code: 'INVALID_LEAD', detail: LEAD_MESSAGES[key], path };
      expect(refusalOf(() => queue.ingest('ok', event as never))).toEqual(expected);
      expect(refusalOf(() => checkEvent(event))).toEqual(expected);
    }
    expect(queue.leads()).toEqual([{ ...OK, events: [] }]);
  });

  it('every consumer refuses what the check refuses, identically, and accepts what it accepts', () => {
    const time = fc.oneof(
      fc.integer({ min: NOW - 1e9, max: NOW + 1e6 }),
      fc.constantFrom('2026-11-22T10:00:00Z', '2026-11-22T10:00:00+02:00', '2026-11-22 10:00', 'soon', ''),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, undefined, null, true),
      fc.date({ noInvalidDate: false }),
    );
    const event = fc.oneof(
      { weight: 4, arbitrary: fc.record({ type: fc.constantFrom(...EVENT_TYPES), at: time }) },
      fc.record({ type: fc.oneof(fc.constantFrom('', 'visit'), fc.integer()), at: time }, { requiredKeys: [] }),
      fc.constantFrom(null, undefined, 5, 'visit', []),
    );
    const lead = fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record(
          {
            id: fc.oneof({ weight: 5, arbitrary: fc.string({ minLength: 1 }) }, fc.constantFrom('', 0, undefined)),
            events: fc.oneof(
              { weight: 5, arbitrary: fc.array(event, { maxLength: 4 }) },
              fc.constantFrom(undefined, null, {}, 'e'),
            ),
            balance: fc.oneof(fc.double(), fc.string(), fc.constant(null)),
          },
          { requiredKeys: ['id'] },
        ),
      },
      fc.anything(),
    );
    fc.assert(
      fc.property(lead, (l) => {
        const answers = unprefixed(consumers(l));
        const expected = answers.checkLead!;
        for (const [name, answer] of Object.entries(answers)) expect([name, answer]).toEqual([name, expected]);
        const parsed = leadSchema.safeParse(l);
        if (expected === 'ok') {
          expect(parseLead(l).id).toBe((l as Lead).id);
          expect(parsed.success).toBe(true);
        } else {
          expect(refusalOf(() => parseLead(l))).toEqual(expected);
          expect([parsed.error?.issues[0]?.message, parsed.error?.issues[0]?.path]).toEqual([
            expected.detail,
            expected.path,
          ]);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('reads only own events: inherited ones are not the lead, in either scorer', () => {
    const events = [{ type: 'abandoned_payment', at: NOW - 3_600_000, value: 240 }];
    const inherited = Object.assign(Object.create({ events }) as Lead, { id: 'a', balance: 900 });
    const own: Lead = { id: 'a', balance: 900 };
    expect(scoreLead(inherited, model, { now: NOW })).toEqual(scoreLead(own, model, { now: NOW }));
    expect(fast(inherited, { now: NOW })).toEqual(fast(own, { now: NOW }));
    expect(fast(inherited, { now: NOW }).score).toBe(scoreLead(inherited, model, { now: NOW }).score);
    // The same events as the lead's own do count.
    expect(fast({ ...own, events }, { now: NOW }).score).toBeGreaterThan(fast(own, { now: NOW }).score);
  });

  it('parseLead also checks what scoring tolerates: event values and data', () => {
    expect(refusalOf(() => parseLead({ id: 'a', events: [{ type: 'x', at: 1, value: Infinity }] }))).toEqual({
      code: 'INVALID_LEAD',
      detail: LEAD_MESSAGES.value,
      path: ['events', 0, 'value'],
    });
    expect(refusalOf(() => parseLead({ id: 'a', events: [{ type: 'x', at: 1, data: 'note' }] }))).toEqual({
      code: 'INVALID_LEAD',
      detail: LEAD_MESSAGES.data,
      path: ['events', 0, 'data'],
    });
    expect(refusalOf(() => fast({ id: 'a', events: [{ type: 'x', at: 1, value: Infinity }] }, { now: NOW }))).toBe(
      'ok',
    );
  });

  it('keeps its messages constant', () => {
    expect(Object.isFrozen(LEAD_MESSAGES)).toBe(true);
    expect(new Set(Object.values(LEAD_MESSAGES)).size).toBe(Object.keys(LEAD_MESSAGES).length);
  });
});
