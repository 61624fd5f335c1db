import { bandFor, DEFAULT_BANDS, type Lead, type ScoreChangeContext } from '@hotleads/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEAD_STATUSES } from '../catalog/leadSources';
import { evaluateRules } from '../evaluate/evaluateRules';
import { ruleTemplates } from './ruleTemplates';

const NOW = Date.parse('2026-03-02T09:00:00Z');
const SCORE_IDS = ['score-hot-qualifies', 'score-warm-nurtures', 'score-drop-back-to-nurturing'];
const shipped = ruleTemplates.filter((t) => t.trigger.type === 'scoreChange');
const enabled = shipped.map((t) => ({ ...t, enabled: true }));
const change = (previousScore: number, score: number): ScoreChangeContext => ({
  type: 'scoreChange',
  previousScore,
  previousBand: bandFor(previousScore),
  score,
  band: bandFor(score),
});
const lead = (status: string): Lead => ({ id: 'L', status, createdAt: NOW });

describe('the score rules of ruleTemplates', () => {
  it('are three scoreChange templates, shipped off', () => {
    expect(shipped.map((t) => t.id)).toEqual(SCORE_IDS);
    const r = evaluateRules(shipped, lead('Untouched'), { now: NOW, trigger: change(10, 90) });
    expect(r.fired).toEqual([]);
    expect(r.skipped.map((s) => s.reason)).toEqual(['disabled', 'disabled', 'disabled']);
  });

  it('once enabled, move leads between groups as their score crosses the default bands', () => {
    const to = (status: string, from: number, score: number) =>
      evaluateRules(enabled, lead(status), { now: NOW, trigger: change(from, score) }).fired.map((f) => f.ruleId);
    expect(to('Untouched', 30, 85)).toEqual(['score-hot-qualifies']); // blocking: not then Nurturing
    expect(to('Nurturing', 70, DEFAULT_BANDS.hot)).toEqual(['score-hot-qualifies']);
    expect(to('Untouched', 39, DEFAULT_BANDS.warm)).toEqual(['score-warm-nurtures']);
    expect(to('Qualified', 65, 59)).toEqual(['score-drop-back-to-nurturing']);
    expect(to('Qualified', 59, 30)).toEqual([]);
  });

  it('property: a rising score never demotes a lead, a falling one never promotes it', () => {
    const score = fc.integer({ min: 0, max: 100 });
    fc.assert(
      fc.property(fc.constantFrom(...LEAD_STATUSES), score, score, (status, from, to) => {
        const fired = evaluateRules(enabled, lead(status), { now: NOW, trigger: change(from, to) }).fired;
        const moves = fired.flatMap((f) => f.actions).map((a) => (a.type === 'updateStatus' ? a.status : ''));
        if (to > from) expect(moves.every((m) => m === 'Qualified' || m === 'Nurturing')).toBe(true);
        if (to > from && status === 'Qualified') expect(moves).toEqual([]);
        if (to < from) expect(moves.every((m) => m === 'Nurturing')).toBe(true);
        if (to < from) expect(moves.length === 0 || status === 'Qualified').toBe(true);
        if (to === from) expect(fired).toEqual([]);
        expect(moves.length).toBeLessThanOrEqual(1); // one group per score change
        // the hot rule fires exactly when the score enters HOT (core's bandFor) from an early group
        const hot = fired.some((f) => f.ruleId === 'score-hot-qualifies');
        const entersHot = bandFor(from) !== 'HOT' && bandFor(to) === 'HOT';
        expect(hot).toBe(entersHot && (status === 'Untouched' || status === 'Nurturing'));
      }),
    );
  });
});
