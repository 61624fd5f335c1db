// The scoreChange trigger (docs/rules.md, "A rule"): its schema, its problems, matching a
// ScoreChangeContext, and its words.
import {
  b2bLeadModel,
  bandFor,
  BANDS,
  DEFAULT_BANDS,
  type Band,
  type Bands,
  type ScoreChangeContext,
} from '@hotleads/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeRule } from '../describe/describeRule';
import { describeTrigger, triggerMatches } from '../evaluate/triggerMatches';
import { evaluateRules } from '../evaluate/evaluateRules';
import { scoreChangeMatches } from '../evaluate/scoreChangeMatches';
import type { Rule, ScoreChangeTrigger } from '../types';
import { ruleIssues } from './ruleIssues';
import { SCORE_CHANGE_MESSAGES } from './scoreChange';
import { validateRule } from './validateRule';

const rule = (trigger: unknown) => ({
  id: 'score-up',
  name: 'Score rises',
  trigger,
  conditions: { all: [{ fact: 'status', operator: 'equal', value: 'Nurturing' }] },
  actions: [{ type: 'updateStatus', status: 'Qualified' }],
});

const change = (previousScore: number, score: number, bands: Bands = DEFAULT_BANDS): ScoreChangeContext => ({
  type: 'scoreChange',
  previousScore,
  previousBand: bandFor(previousScore, bands),
  score,
  band: bandFor(score, bands),
});

const band = fc.constantFrom<Band>(...BANDS);
const trigger: fc.Arbitrary<ScoreChangeTrigger> = fc.record(
  {
    type: fc.constant('scoreChange' as const),
    fromBand: band,
    toBand: band,
    crosses: fc.integer({ min: 1, max: 100 }),
    direction: fc.constantFrom('up' as const, 'down' as const),
  },
  { requiredKeys: ['type'] },
);
const bands: fc.Arbitrary<Bands> = fc
  .uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 3, maxLength: 3 })
  .map((xs) => xs.sort((a, b) => a - b))
  .map(([warm, high, hot]) => ({ warm: warm!, high: high!, hot: hot! }));

describe('scoreChange trigger', () => {
  it('is a trigger of validateRule, and its fields are checked', () => {
    expect(validateRule(rule({ type: 'scoreChange', fromBand: 'WARM', toBand: 'HOT' })).trigger).toEqual({
      type: 'scoreChange',
      fromBand: 'WARM',
      toBand: 'HOT',
    });
    expect(validateRule(rule({ type: 'scoreChange' })).trigger).toEqual({ type: 'scoreChange' });
    expect(() => validateRule(rule({ type: 'scoreChange', toBand: 'LUKEWARM' }))).toThrow(
      expect.objectContaining({ code: 'INVALID_RULE', path: ['trigger', 'toBand'] }),
    );
    for (const crosses of [0, -5, 101, Number.NaN, '70'])
      expect(() => validateRule(rule({ type: 'scoreChange', crosses }))).toThrow(
        expect.objectContaining({ path: ['trigger', 'crosses'] }),
      );
    expect(() => validateRule(rule({ type: 'scoreChange', crosses: 70, direction: 'sideways' }))).toThrow(
      expect.objectContaining({ path: ['trigger', 'direction'] }),
    );
    expect(() => validateRule(rule({ type: 'scoreChange', band: 'HOT' }))).toThrow(
      expect.objectContaining({ code: 'INVALID_RULE' }),
    );
  });

  it('ruleIssues reports what can never fire, at its field', () => {
    const at = (t: unknown, model?: typeof b2bLeadModel) =>
      ruleIssues(rule(t), model === undefined ? {} : { model }).map((i) => [i.path.join('.'), i.message, i.kind]);
    expect(at({ type: 'scoreChange', fromBand: 'HOT', toBand: 'HOT' })).toEqual([
      ['trigger.toBand', SCORE_CHANGE_MESSAGES.sameBand, 'wrong'],
    ]);
    expect(at({ type: 'scoreChange', direction: 'up' })).toEqual([
      ['trigger.direction', SCORE_CHANGE_MESSAGES.directionWithoutThreshold, 'wrong'],
    ]);
    expect(at({ type: 'scoreChange', fromBand: 'WARM', toBand: 'HOT', crosses: 70, direction: 'down' })).toEqual([
      ['trigger.direction', SCORE_CHANGE_MESSAGES.directionAgainstBands, 'wrong'],
    ]);
    // 30 lies below WARM and HOT: only a model's bands tell
    const low = { type: 'scoreChange', fromBand: 'WARM', toBand: 'HOT', crosses: 30 };
    expect(at(low)).toEqual([]);
    expect(at(low, b2bLeadModel)).toEqual([['trigger.crosses', SCORE_CHANGE_MESSAGES.threshold, 'wrong']]);
    expect(at({ ...low, crosses: 70 }, b2bLeadModel)).toEqual([]);
    // validateRule throws the first issue ruleIssues lists (without a model)
    expect(() => validateRule(rule({ type: 'scoreChange', direction: 'up' }))).toThrow(
      expect.objectContaining({ path: ['trigger', 'direction'] }),
    );
    expect(at({ type: 'scoreChange', toBand: 'HOT', crosses: 80, direction: 'up' }, b2bLeadModel)).toEqual([]);
  });

  it('matches a ScoreChangeContext: bands before and after, a threshold crossed up, down or either way', () => {
    const t = (x: Omit<ScoreChangeTrigger, 'type'>): ScoreChangeTrigger => ({ type: 'scoreChange', ...x });
    expect(triggerMatches(t({ fromBand: 'WARM', toBand: 'HOT' }), 'r', change(45, 85))).toBe(true);
    expect(triggerMatches(t({ fromBand: 'WARM', toBand: 'HOT' }), 'r', change(65, 85))).toBe(false);
    expect(triggerMatches(t({ toBand: 'HOT' }), 'r', change(65, 85))).toBe(true);
    expect(triggerMatches(t({}), 'r', change(65, 85))).toBe(true);
    expect(triggerMatches(t({ crosses: 70, direction: 'up' }), 'r', change(69.9, 70))).toBe(true);
    expect(triggerMatches(t({ crosses: 70, direction: 'up' }), 'r', change(70, 75))).toBe(false);
    expect(triggerMatches(t({ crosses: 70, direction: 'down' }), 'r', change(70, 69.9))).toBe(true);
    expect(triggerMatches(t({ crosses: 70, direction: 'down' }), 'r', change(69.9, 70))).toBe(false);
    expect(triggerMatches(t({ crosses: 70 }), 'r', change(80, 60))).toBe(true);
    expect(triggerMatches(t({ crosses: 70 }), 'r', change(60, 65))).toBe(false);
    expect(triggerMatches(t({}), 'r', { type: 'event', event: 'quote_request' })).toBe(false);
    expect(triggerMatches({ type: 'event', events: ['x'] }, 'r', change(45, 85))).toBe(false);
  });

  it('refuses a context without both scores and bands', () => {
    const base = change(45, 85);
    for (const [key, value] of [
      ['previousScore', undefined],
      ['score', 101],
      ['score', Number.NaN],
      ['previousBand', 'warm'],
      ['band', undefined],
    ] as const)
      expect(() => triggerMatches({ type: 'scoreChange' }, 'r', { ...base, [key]: value })).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT', path: ['context', key] }),
      );
  });

  it('fires through evaluateRules on a band change', () => {
    const r = validateRule(rule({ type: 'scoreChange', fromBand: 'WARM', toBand: 'HOT' })) as Rule;
    const lead = { id: 'L1', status: 'Nurturing', createdAt: '2026-02-01T00:00:00Z' };
    const now = '2026-03-01T00:00:00Z';
    expect(evaluateRules([r], lead, { now, trigger: change(45, 85) }).fired.map((f) => f.ruleId)).toEqual(['score-up']);
    expect(evaluateRules([r], lead, { now, trigger: change(45, 65) }).skipped[0]?.reason).toBe('trigger');
  });

  it('says itself in words, in describeTrigger and describeRule', () => {
    const t = (x: Omit<ScoreChangeTrigger, 'type'>) => describeTrigger({ type: 'scoreChange', ...x });
    expect(t({})).toBe('the score band changes');
    expect(t({ fromBand: 'WARM', toBand: 'HOT' })).toBe('the score band changes from WARM to HOT');
    expect(t({ toBand: 'COLD' })).toBe('the score band changes to COLD');
    expect(t({ crosses: 70, direction: 'up' })).toBe('the score rises to 70 or more');
    expect(t({ crosses: 40, direction: 'down', toBand: 'COLD' })).toBe(
      'the score falls below 40 and the band changes to COLD',
    );
    expect(t({ crosses: 50 })).toBe('the score crosses 50');
    expect(describeRule(validateRule(rule({ type: 'scoreChange', toBand: 'HOT' })))).toBe(
      'WHEN the score band changes to HOT, IF Lead Status Exact Match "Nurturing" THEN set status to Qualified',
    );
  });

  it('property: a trigger without issues under a model fires on some band change of that model, and one with a threshold issue on none', () => {
    // integer thresholds and band limits: integer scores are witnesses enough
    fc.assert(
      fc.property(trigger, bands, (t, b) => {
        const model = { ...b2bLeadModel, bands: b };
        const issues = ruleIssues(rule(t), { model });
        let fires = false;
        for (let before = 0; before <= 100 && !fires; before++)
          for (let after = 0; after <= 100 && !fires; after++)
            if (before !== after && scoreChangeMatches(t, change(before, after, b))) fires = true;
        if (issues.length === 0) expect(fires).toBe(true);
        if (issues.some((i) => i.message === SCORE_CHANGE_MESSAGES.threshold)) expect(fires).toBe(false);
        if (issues.some((i) => i.message === SCORE_CHANGE_MESSAGES.directionAgainstBands)) expect(fires).toBe(false);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('property: a crossing either way is a crossing up or a crossing down, never both', () => {
    const score = fc.double({ min: 0, max: 100, noNaN: true });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), score, score, (crosses, a, c) => {
        const m = (direction?: 'up' | 'down') =>
          triggerMatches({ type: 'scoreChange', crosses, ...(direction ? { direction } : {}) }, 'r', change(a, c));
        expect(m()).toBe(m('up') || m('down'));
        expect(m('up') && m('down')).toBe(false);
      }),
    );
  });
});
