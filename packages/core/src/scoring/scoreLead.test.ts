import { describe, expect, it } from 'vitest';
import { HotleadsError } from '../errors/HotleadsError';
import { createScorer } from './createScorer';
import { scoreLead } from './scoreLead';
import type { ScoringModel } from './types';

const NOW = '2026-11-22T15:00:00Z';
const H = 3_600_000;
const nowMs = Date.parse(NOW);

// Hand-worked: A = 10 × 5 = 50; B = (1 + 2) × 3 = 9; T = −5 × 2 = −10.
// achieved = 49; possible = 10 × 5 + 4 × 3 = 62 (the penalty is not in it); score = 49 / 62 × 100.
const model: ScoringModel = {
  id: 'hand',
  name: 'Hand-worked',
  criteria: [
    {
      id: 'b-size',
      label: 'Company size',
      group: 'Company',
      field: 'company.size',
      weight: 3,
      maxPoints: 4,
      information: { kind: 'present', points: 1 },
      evaluation: {
        kind: 'steps',
        steps: [
          { min: 10, points: 1 },
          { min: 100, points: 2 },
          { min: 500, points: 3 },
        ],
      },
    },
    {
      id: 'a-authority',
      label: 'Authority',
      group: 'BANT',
      field: 'authority',
      weight: 5,
      maxPoints: 10,
      evaluation: { kind: 'oneOf', values: ['Decision Maker'], points: 10 },
      reason: { text: '{value}' },
    },
    {
      id: 't-untouched',
      label: 'Time untouched',
      group: 'Engagement',
      weight: 2,
      maxPoints: -10,
      evaluation: {
        kind: 'timeSince',
        types: ['reply'],
        steps: [
          { minHours: 24, points: -5 },
          { minHours: 72, points: -10 },
        ],
      },
    },
  ],
};
const lead = {
  id: 'L1',
  authority: 'Decision Maker',
  company: { size: 150 },
  events: [{ type: 'reply', at: nowMs - 30 * H }],
};

describe('scoreLead: the formula by hand', () => {
  it('weights, clamps, normalizes and leaves the penalty out of possible', () => {
    const s = scoreLead(lead, model, { now: NOW });
    expect(s.achieved).toBe(49);
    expect(s.possible).toBe(62);
    expect(s.score).toBe((49 / 62) * 100);
    expect(s.band).toBe('HIGH');
    expect(s.contributions.map((c) => [c.criterionId, c.points, c.weighted, c.maxWeighted])).toEqual([
      ['a-authority', 10, 50, 50],
      ['t-untouched', -5, -10, -20],
      ['b-size', 3, 9, 12],
    ]);
    expect(s.reasons).toEqual(['Decision Maker', 'Company size: 150', 'No activity for 1 day (−5)']);
  });

  it('clamps a criterion at maxPoints and a score at 0', () => {
    const capped = scoreLead(
      { ...lead, company: { size: 900 } },
      { ...model, criteria: model.criteria.map((c) => (c.id === 'b-size' ? { ...c, maxPoints: 2 } : c)) },
      { now: NOW },
    );
    expect(capped.contributions.find((c) => c.criterionId === 'b-size')!.points).toBe(2);
    const onlyPenalty = scoreLead({ id: 'x', events: [{ type: 'reply', at: nowMs - 100 * H }] }, model, { now: NOW });
    expect(onlyPenalty.achieved).toBe(-20);
    expect(onlyPenalty.score).toBe(0);
    expect(onlyPenalty.band).toBe('COLD');
  });

  it('uses custom bands and ignores events after now', () => {
    const s = scoreLead(lead, { ...model, bands: { hot: 75, high: 50, warm: 25 } }, { now: NOW });
    expect(s.band).toBe('HOT');
    const future = scoreLead({ ...lead, events: [{ type: 'reply', at: nowMs + H }] }, model, { now: NOW });
    expect(future.contributions.find((c) => c.criterionId === 't-untouched')!.points).toBe(0);
  });

  it('returns no contributions or reasons with explain: false, same numbers', () => {
    const s = scoreLead(lead, model, { now: NOW, explain: false });
    expect(s.contributions).toEqual([]);
    expect(s.reasons).toEqual([]);
    expect(s.score).toBe(scoreLead(lead, model, { now: NOW }).score);
  });
});

describe('bad input throws HotleadsError naming the path', () => {
  const cases: Array<[string, () => unknown, string, Array<string | number>]> = [
    [
      'a negative weight',
      () => scoreLead(lead, { ...model, criteria: [{ ...model.criteria[0]!, weight: -1 }] }, { now: NOW }),
      'INVALID_MODEL',
      ['criteria', 0, 'weight'],
    ],
    [
      'an unknown evaluator kind',
      () =>
        createScorer({
          ...model,
          criteria: [{ ...model.criteria[0]!, evaluation: { kind: 'magic', points: 1 } as never }],
        }),
      'INVALID_MODEL',
      ['criteria', 0, 'evaluation', 'kind'],
    ],
    [
      'a path through __proto__',
      () => createScorer({ ...model, criteria: [{ ...model.criteria[0]!, field: 'company.__proto__.size' }] }),
      'INVALID_PATH',
      ['criteria', 0, 'field'],
    ],
    [
      'negative points on a positive criterion',
      () =>
        createScorer({ ...model, criteria: [{ ...model.criteria[0]!, information: { kind: 'present', points: -1 } }] }),
      'INVALID_MODEL',
      ['criteria', 0, 'information', 'points'],
    ],
    [
      'information on a penalty',
      () =>
        createScorer({ ...model, criteria: [{ ...model.criteria[2]!, information: { kind: 'present', points: 0 } }] }),
      'INVALID_MODEL',
      ['criteria', 0, 'information'],
    ],
    [
      'positive points on a penalty',
      () =>
        createScorer({
          ...model,
          criteria: [
            model.criteria[0]!,
            {
              ...model.criteria[2]!,
              evaluation: { kind: 'timeSince', types: ['x'], steps: [{ minHours: 1, points: 2 }] },
            },
          ],
        }),
      'INVALID_MODEL',
      ['criteria', 1, 'evaluation', 'steps', 0, 'points'],
    ],
    [
      'linear with x0 ≥ x1',
      () =>
        createScorer({
          ...model,
          criteria: [{ ...model.criteria[0]!, evaluation: { kind: 'linear', from: [5, 0], to: [5, 1] } }],
        }),
      'INVALID_MODEL',
      ['criteria', 0, 'evaluation', 'from', 0],
    ],
    [
      'a field evaluator without a field',
      () =>
        createScorer({
          ...model,
          criteria: [
            { id: 'x', label: 'X', group: 'G', weight: 1, maxPoints: 1, information: { kind: 'present', points: 1 } },
          ],
        }),
      'INVALID_MODEL',
      ['criteria', 0, 'field'],
    ],
    [
      'a model that can never score',
      () => createScorer({ ...model, criteria: [model.criteria[2]!] }),
      'INVALID_MODEL',
      ['criteria'],
    ],
    [
      'duplicate criterion ids',
      () => createScorer({ ...model, criteria: [model.criteria[0]!, model.criteria[0]!] }),
      'INVALID_MODEL',
      ['criteria', 1, 'id'],
    ],
    ['a lead without an id', () => createScorer(model)({ events: [] } as never, { now: NOW }), 'INVALID_LEAD', ['id']],
    [
      'an unparseable event date',
      () => createScorer(model)({ id: 'x', events: [{ type: 'reply', at: '2026-11-22 10:00' }] }, { now: NOW }),
      'INVALID_LEAD',
      ['events', 0, 'at'],
    ],
    [
      'an unparseable event date (readable)',
      () =>
        scoreLead(
          {
            id: 'x',
            events: [
              { type: 'a', at: 1 },
              { type: 'reply', at: 'yesterday' },
            ],
          },
          model,
          { now: NOW },
        ),
      'INVALID_LEAD',
      ['events', 1, 'at'],
    ],
    ['now without a zone', () => scoreLead(lead, model, { now: '2026-11-22T15:00:00' }), 'INVALID_TIME', ['now']],
  ];
  it.each(cases)('%s', (_name, run, code, path) => {
    let caught: unknown;
    try {
      run();
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(HotleadsError);
    expect((caught as HotleadsError).code).toBe(code);
    expect((caught as HotleadsError).path).toEqual(path);
  });
});
