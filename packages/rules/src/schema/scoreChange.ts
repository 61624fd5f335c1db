import { bandRank, DEFAULT_BANDS, HotleadsError, type Band, type Bands } from '@hotleads/core';
import type { ScoreChangeTrigger, Trigger } from '../types';
import type { FoundIssue } from './ruleIssue';

/** The constant sentences of `scoreChangeIssues`. */
export const SCORE_CHANGE_MESSAGES = /* @__PURE__ */ (() =>
  Object.freeze({
    sameBand: 'The score moves from one band to another: choose a different band than the one before',
    directionWithoutThreshold: 'A direction needs a threshold to cross (crosses)',
    directionAgainstBands: 'The bands say the score moves the other way than this direction',
    threshold: 'No score of these bands can cross this threshold that way (with the bands of the scoring model)',
  } as const))();

/** The scores of a band under `bands`: from `lo` (included) up to `hi` (excluded; HOT includes 100). */
function range(band: Band, bands: Bands): { lo: number; hi: number } {
  switch (band) {
    case 'HOT':
      return { lo: bands.hot, hi: Infinity };
    case 'HIGH':
      return { lo: bands.high, hi: bands.hot };
    case 'WARM':
      return { lo: bands.warm, hi: bands.high };
    case 'COLD':
      return { lo: -Infinity, hi: bands.warm };
  }
}

/** Whether some score of `from` and some later score of `to` cross `threshold` in `direction`. */
function canCross(t: ScoreChangeTrigger, threshold: number, direction: 'up' | 'down', bands: Bands): boolean {
  const before = t.fromBand === undefined ? { lo: -Infinity, hi: Infinity } : range(t.fromBand, bands);
  const after = t.toBand === undefined ? { lo: -Infinity, hi: Infinity } : range(t.toBand, bands);
  // up: before < threshold <= after; down: after < threshold <= before
  return direction === 'up'
    ? before.lo < threshold && after.hi > threshold
    : after.lo < threshold && before.hi > threshold;
}

/**
 * The problems of a `scoreChange` trigger that its schema cannot see, each at its field under
 * `trigger`: the same band before and after (without a threshold, no band change matches), a
 * `direction` without `crosses`, a `direction` against the order of `fromBand` and `toBand`, and,
 * given a model's `bands`, a threshold no score of those bands can cross that way. Other
 * triggers have none.
 */
export function scoreChangeIssues(trigger: Trigger, bands?: Bands): FoundIssue[] {
  if (trigger.type !== 'scoreChange') return [];
  const out: FoundIssue[] = [];
  const issue = (field: keyof ScoreChangeTrigger, message: string) =>
    out.push({ path: ['trigger', field], code: 'INVALID_RULE', message });
  const { fromBand, toBand, crosses, direction } = trigger;
  if (fromBand !== undefined && fromBand === toBand && crosses === undefined)
    issue('toBand', SCORE_CHANGE_MESSAGES.sameBand);
  if (direction !== undefined && crosses === undefined)
    issue('direction', SCORE_CHANGE_MESSAGES.directionWithoutThreshold);
  else if (direction !== undefined && fromBand !== undefined && toBand !== undefined && fromBand !== toBand) {
    const rises = bandRank(toBand) > bandRank(fromBand);
    if (rises !== (direction === 'up')) issue('direction', SCORE_CHANGE_MESSAGES.directionAgainstBands);
  }
  if (bands !== undefined && crosses !== undefined && out.length === 0) {
    const ways = direction === undefined ? (['up', 'down'] as const) : [direction];
    if (!ways.some((way) => canCross(trigger, crosses, way, bands))) issue('crosses', SCORE_CHANGE_MESSAGES.threshold);
  }
  return out;
}

/**
 * Throws the first of `scoreChangeIssues` (without a model's bands).
 *
 * @throws HotleadsError `INVALID_RULE` at `trigger.toBand` or `trigger.direction`.
 */
export function checkScoreChange(trigger: Trigger): void {
  const first = scoreChangeIssues(trigger)[0];
  if (first !== undefined) throw new HotleadsError(first.code, first.message, { path: first.path });
}

/** The bands a `ruleIssues` model uses (its own, or core's defaults). */
export const bandsOf = (model: { bands?: Bands } | undefined): Bands | undefined =>
  model === undefined ? undefined : (model.bands ?? DEFAULT_BANDS);
