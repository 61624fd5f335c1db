import { unreadable } from '../errors/unreadable';
import { checkLead, checkLeadHead } from '../lead/checkLead';
import { readField } from '../lead/path';
import type { Lead, LeadEvent } from '../lead/types';
import { isPresent } from './isPresent';
import { parseScoringModel } from './parseScoringModel';
import type { Criterion, Evaluator, ScoringModel } from './types';

/** A criterion a lead has no data for, with what answering it could be worth. */
export type MissingCriterion = {
  criterionId: string;
  label: string;
  group: string;
  /** The field to ask for; absent for event-based criteria. */
  field?: string;
  /** maxPoints × weight: the most this answer could add. */
  maxWeighted: number;
};

function eventTypes(ev: Evaluator | undefined): string[] {
  if (ev === undefined) return [];
  if (ev.kind === 'decayedSignals' || ev.kind === 'saturatingSignals') return Object.keys(ev.signals);
  if (ev.kind === 'eventCount' || ev.kind === 'timeSince') return ev.types;
  return [];
}

function hasData(lead: Lead, events: readonly LeadEvent[], criterion: Criterion): boolean {
  if (criterion.field !== undefined) return isPresent(readField(lead, criterion.field));
  const types = new Set([...eventTypes(criterion.information), ...eventTypes(criterion.evaluation)]);
  return events.some((e) => types.has(e.type));
}

/**
 * The criteria a lead has no data for, most valuable first (maxPoints × weight, then id), so a
 * questionnaire asks only for what is missing (the "Questioner Tool"; docs/scoring.md,
 * "Explanations"). Penalty criteria
 * are never "missing".
 *
 * Reads the lead as scoring does: own fields and own `events` only, after the shared lead check.
 *
 * @throws HotleadsError `INVALID_MODEL` for a bad model, `INVALID_LEAD` for what the lead check refuses.
 * @example missingCriteria(lead, b2bLeadModel).slice(0, 5).map((m) => m.label)
 */
export function missingCriteria(lead: Lead, model: ScoringModel): MissingCriterion[] {
  const valid = parseScoringModel(model);
  let events: readonly LeadEvent[];
  let missing: Criterion[];
  try {
    // The shared lead check, as scoring makes it: own events only, each with a type and a time.
    checkLead(lead);
    events = checkLeadHead(lead) ?? [];
    missing = valid.criteria.filter((c) => c.maxPoints > 0 && !hasData(lead, events, c));
  } catch (error) {
    throw unreadable(error, 'INVALID_LEAD');
  }
  return missing
    .map((c): MissingCriterion => {
      const out: MissingCriterion = {
        criterionId: c.id,
        label: c.label,
        group: c.group,
        maxWeighted: c.maxPoints * c.weight,
      };
      if (c.field !== undefined) out.field = c.field;
      return out;
    })
    .sort(
      (a, b) =>
        b.maxWeighted - a.maxWeighted || (a.criterionId < b.criterionId ? -1 : a.criterionId > b.criterionId ? 1 : 0),
    );
}
