import type { ScoreChangeContext } from '@hotleads/core';
import type { ScoreChangeTrigger } from '../types';

/**
 * Whether a `scoreChange` trigger matches a score change: every field it sets holds (docs/rules.md,
 * "A rule"). A score at the threshold counts as at or above it, as core's bands do.
 */
export function scoreChangeMatches(trigger: ScoreChangeTrigger, context: ScoreChangeContext): boolean {
  if (trigger.fromBand !== undefined && trigger.fromBand !== context.previousBand) return false;
  if (trigger.toBand !== undefined && trigger.toBand !== context.band) return false;
  const t = trigger.crosses;
  if (t === undefined) return true;
  const up = context.previousScore < t && context.score >= t;
  const down = context.previousScore >= t && context.score < t;
  return trigger.direction === 'up' ? up : trigger.direction === 'down' ? down : up || down;
}

/**
 * A `scoreChange` trigger in words, for `describeTrigger`: "the score band changes from WARM to
 * HOT", "the score rises to 70 or more", "the score falls below 40 and the band changes to COLD".
 */
export function describeScoreChange(t: ScoreChangeTrigger): string {
  const bands = `${t.fromBand === undefined ? '' : ` from ${t.fromBand}`}${t.toBand === undefined ? '' : ` to ${t.toBand}`}`;
  if (t.crosses === undefined) return `the score band changes${bands}`;
  const crossing =
    t.direction === 'up'
      ? `the score rises to ${t.crosses} or more`
      : t.direction === 'down'
        ? `the score falls below ${t.crosses}`
        : `the score crosses ${t.crosses}`;
  return bands === '' ? crossing : `${crossing} and the band changes${bands}`;
}
