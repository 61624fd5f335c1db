// Regressions of issue 10, "Scoring" (docs/scoring.md, "Guarantees"). The odd-values, missing-
// arguments, fake-Dates and missingCriteria tests failed on e8fb20c, before the fix; the two
// scorers' identical refusal and own events in scoring were fixed by issue 9 (97959b0) and are
// pinned here.
import { describe, expect, it } from 'vitest';
import { createLiveQueue } from '../queue/createLiveQueue';
import { isHotleadsError } from '../errors/HotleadsError';
import type { Lead } from '../lead/types';
import { collectionsHotLeadModel } from '../models/collectionsHotLeadModel';
import { checkContact } from '../policy/checkContact';
import { regFPolicy } from '../policy/regFPolicy';
import { rankQueue } from '../queue/rankQueue';
import { toEpochMs } from '../time/toEpochMs';
import { createScorer } from './createScorer';
import { missingCriteria } from './missingCriteria';
import { scoreLead } from './scoreLead';
import type { ScoringModel } from './types';

const now = '2026-11-22T15:00:00Z';
const nowMs = Date.parse(now);

function refusal(f: () => unknown): { code: string; path: readonly (string | number)[] } {
  try {
    f();
  } catch (e) {
    if (!isHotleadsError(e)) throw new Error(`expected a HotleadsError, got ${String(e)}`);
    return { code: e.code, path: e.path };
  }
  throw new Error('expected a HotleadsError, nothing was thrown');
}

// One field criterion with the default "Label: value" line, one with a template.
const model: ScoringModel = {
  id: 'odd',
  name: 'Odd values',
  criteria: [
    {
      id: 'a',
      label: 'A',
      group: 'G',
      field: 'x',
      weight: 1,
      maxPoints: 1,
      information: { kind: 'present', points: 1 },
    },
    {
      id: 'b',
      label: 'B',
      group: 'G',
      field: 'x',
      weight: 1,
      maxPoints: 1,
      information: { kind: 'present', points: 1 },
      reason: { text: 'Value {value} / {amount}' },
    },
  ],
};

function oddValues(): Array<[string, unknown]> {
  const cyclic: Record<string, unknown> = { name: 'c' };
  cyclic.self = cyclic;
  const cyclicList: unknown[] = [1];
  cyclicList.push(cyclicList);
  return [
    ['a cyclic object', cyclic],
    ['a cyclic array', cyclicList],
    ['a BigInt', 10n ** 30n],
    ['an object holding a BigInt', { n: 1n }],
    ['a symbol', Symbol('s')],
    [
      'an object whose toString throws',
      {
        toString: () => {
          throw new Error('no');
        },
      },
    ],
    [
      'an object whose toJSON throws',
      {
        toJSON: () => {
          throw new Error('no');
        },
      },
    ],
    [
      'an object with a throwing getter',
      Object.defineProperty({}, 'g', {
        enumerable: true,
        get: () => {
          throw new Error('no');
        },
      }),
    ],
    ['a null-prototype object', Object.create(null) as object],
    ['an invalid Date', new Date(Number.NaN)],
    ['a fake Date', Object.create(Date.prototype) as object],
    ['a function', () => 1],
    ['a replacement pattern', '$& $1 $$'],
    ['a 40,000-character string', 'x'.repeat(40_000)],
    ['a 100,000-element list', Array.from({ length: 100_000 }, (_, i) => i)],
  ];
}

describe('issue 10 regressions: scoring', () => {
  it('odd field values: explanations format any value safely in createScorer, scoreLead and rankQueue', () => {
    const score = createScorer(model);
    for (const [what, x] of oddValues()) {
      const lead = { id: 'L', x };
      const slow = scoreLead(lead, model, { now });
      const fast = score(lead, { now });
      expect(fast, what).toEqual(slow);
      expect(slow.score, what).toBe(100);
      for (const c of slow.contributions) {
        expect(typeof c.detail, what).toBe('string');
        expect(c.detail.length, what).toBeLessThanOrEqual(300);
      }
      expect(rankQueue([lead], model, { now })[0]!.reasons, what).toEqual(slow.reasons);
    }
    // The template is filled literally: `$&` in a value is not a replacement pattern.
    expect(scoreLead({ id: 'L', x: '$&' }, model, { now }).contributions.map((c) => c.detail)).toContain(
      'Value $& / $&',
    );
  });

  it('the two scorers refuse identically, through the shared lead check: events [null]', () => {
    const bad = { id: 'a', events: [null] } as unknown as Lead;
    const expected = { code: 'INVALID_LEAD', path: ['events', 0] };
    expect(refusal(() => scoreLead(bad, collectionsHotLeadModel, { now }))).toEqual(expected);
    expect(refusal(() => createScorer(collectionsHotLeadModel)(bad, { now }))).toEqual(expected);
  });

  it('missing arguments: scoreLead without options, rankQueue(null), checkContact without attempts', () => {
    const lead: Lead = { id: 'a' };
    const score = createScorer(collectionsHotLeadModel);
    for (const f of [
      () => (scoreLead as (l: Lead, m: ScoringModel) => unknown)(lead, collectionsHotLeadModel),
      () => scoreLead(lead, collectionsHotLeadModel, null as never),
      () => (score as unknown as (l: Lead) => unknown)(lead),
      () => rankQueue(null as never, collectionsHotLeadModel, { now }),
      () => rankQueue(5 as never, collectionsHotLeadModel, { now }),
      () => rankQueue([lead], collectionsHotLeadModel, undefined as never),
      () => checkContact(lead, undefined as never, regFPolicy, { now }),
      () => createLiveQueue(collectionsHotLeadModel, undefined as never),
      () => createLiveQueue(collectionsHotLeadModel, { now, leads: 7 as never }),
    ])
      expect(refusal(f).code).toBe('INVALID_ARGUMENT');
    expect(refusal(() => scoreLead(lead, null as never, { now })).code).toBe('INVALID_MODEL');
  });

  it('fake Dates: Object.create(Date.prototype) and a Proxy of a Date are an INVALID_TIME', () => {
    const fakes = [Object.create(Date.prototype) as Date, new Proxy(new Date(nowMs), {})];
    for (const fake of fakes) {
      expect(refusal(() => toEpochMs(fake, ['now']))).toEqual({ code: 'INVALID_TIME', path: ['now'] });
      expect(refusal(() => scoreLead({ id: 'a' }, collectionsHotLeadModel, { now: fake })).code).toBe('INVALID_TIME');
      expect(refusal(() => createScorer(collectionsHotLeadModel)({ id: 'a' }, { now: fake })).code).toBe(
        'INVALID_TIME',
      );
      expect(
        refusal(() => scoreLead({ id: 'a', events: [{ type: 'x', at: fake }] }, collectionsHotLeadModel, { now })),
      ).toEqual({ code: 'INVALID_LEAD', path: ['events', 0, 'at'] });
    }
    // So is a time no ISO 8601 string could write (past 9999-12-31), which a Date would refuse to print.
    expect(refusal(() => toEpochMs(8.64e15)).code).toBe('INVALID_TIME');
    expect(toEpochMs(Date.UTC(9999, 11, 31))).toBe(Date.UTC(9999, 11, 31));
  });

  it('inherited events: scoring and missingCriteria read own events only (Object.create, a class getter)', () => {
    const events = [{ type: 'portal_visit', at: nowMs - 3_600_000 }];
    class WithGetter {
      id = 'a';
      get events() {
        return events;
      }
    }
    const inherited = [Object.create({ id: 'a', events }) as Lead, new WithGetter() as unknown as Lead];
    const own: Lead = { id: 'a' };
    for (const lead of inherited) {
      expect(scoreLead(lead, collectionsHotLeadModel, { now }).score).toBe(0);
      expect(createScorer(collectionsHotLeadModel)(lead, { now }).score).toBe(0);
      expect(missingCriteria(lead, collectionsHotLeadModel)).toEqual(missingCriteria(own, collectionsHotLeadModel));
    }
    expect(missingCriteria({ id: 'a', events }, collectionsHotLeadModel).map((m) => m.criterionId)).not.toContain(
      'payment-intent',
    );
    // missingCriteria refuses what the lead check refuses.
    expect(refusal(() => missingCriteria({ id: 'a', events: 'no' } as never, collectionsHotLeadModel))).toEqual({
      code: 'INVALID_LEAD',
      path: ['events'],
    });
  });
});
