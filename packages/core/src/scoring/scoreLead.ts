import { unreadable } from '../errors/unreadable';
import { checkEvent, checkLeadHead } from '../lead/checkLead';
import { readField } from '../lead/path';
import type { Lead } from '../lead/types';
import { toEpochMs } from '../time/toEpochMs';
import { requireOptions } from '../validation/requireOptions';
import { bandFor, DEFAULT_BANDS } from './bands';
import { evaluatorPoints, type TimedEvent } from './evaluators';
import { describeCriterion, explain } from './explain';
import { parseScoringModel } from './parseScoringModel';
import type { Contribution, Criterion, LeadScore, ScoreOptions, ScoringModel } from './types';

/** Criterion ids in code-unit order: sums run in this order so listing order never matters. */
export function byCriterionId(a: Criterion, b: Criterion): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Clamps achieved points to [0, maxPoints], or [maxPoints, 0] for a penalty criterion. */
export function clampPoints(points: number, maxPoints: number): number {
  return maxPoints < 0 ? Math.min(Math.max(points, maxPoints), 0) : Math.min(Math.max(points, 0), maxPoints);
}

/**
 * Scores one lead with a model — the plain, readable implementation of the formula
 * (docs/scoring.md, "The formula"):
 * points_i = clamp(information_i + evaluation_i); achieved = Σ points_i × weight_i;
 * possible = Σ maxPoints_i × weight_i over positive criteria; score = clamp(achieved / possible × 100, 0, 100).
 * Validates the model on every call; to score many leads, compile once with {@link createScorer}.
 *
 * @example
 * const s = scoreLead(account, collectionsHotLeadModel, { now: '2026-11-22T15:00:00Z' });
 * s.band // 'HOT'; s.reasons[0] // 'Abandoned a $240.00 payment 2 hours ago'
 * @throws HotleadsError `INVALID_MODEL`, `INVALID_LEAD` or `INVALID_TIME` naming the path;
 *   `INVALID_ARGUMENT` without an options object.
 */
export function scoreLead(lead: Lead, model: ScoringModel, options: ScoreOptions): LeadScore {
  const valid = parseScoringModel(model);
  try {
    return scoreWith(valid, lead, options);
  } catch (error) {
    // A getter or Proxy of the lead that throws while its fields are read.
    throw unreadable(error, 'INVALID_LEAD');
  }
}

function scoreWith(valid: ScoringModel, lead: Lead, options: ScoreOptions): LeadScore {
  const own = checkLeadHead(lead);
  requireOptions(options);
  const nowMs = toEpochMs(options.now, ['now']);
  const events: TimedEvent[] = [];
  for (let i = 0; own !== undefined && i < own.length; i++) {
    const e = own[i]!;
    const at = checkEvent(e, i);
    events.push({ type: e.type, at, value: e.value });
  }
  const createdAt = readField(lead, 'createdAt');

  const contributions: Contribution[] = [];
  const latestMs: number[] = [];
  let achieved = 0;
  let possible = 0;
  for (const criterion of [...valid.criteria].sort(byCriterionId)) {
    const input = {
      value: criterion.field === undefined ? undefined : readField(lead, criterion.field),
      events,
      createdAt,
      nowMs,
    };
    const points = clampPoints(
      evaluatorPoints(criterion.information, input) + evaluatorPoints(criterion.evaluation, input),
      criterion.maxPoints,
    );
    achieved += points * criterion.weight;
    if (criterion.maxPoints > 0) possible += criterion.maxPoints * criterion.weight;
    if (options.explain !== false) {
      const { id: criterionId, label, group } = criterion;
      const described = describeCriterion(criterion, input, points, valid);
      const contribution: Contribution = {
        criterionId,
        label,
        group,
        points,
        weighted: points * criterion.weight,
        maxWeighted: criterion.maxPoints * criterion.weight,
        detail: described.detail,
      };
      if (described.signals !== undefined) contribution.signals = described.signals;
      contributions.push(contribution);
      latestMs.push(described.latestMs);
    }
  }

  const score = Math.min(Math.max((achieved / possible) * 100, 0), 100);
  const explained = options.explain === false ? { contributions: [], reasons: [] } : explain(contributions, latestMs);
  return {
    leadId: lead.id,
    score,
    band: bandFor(score, valid.bands ?? DEFAULT_BANDS),
    achieved,
    possible,
    ...explained,
  };
}
