import { HotleadsError, type Lead, type ScoringModel, type Time } from '@hotleads/core';
import type { FactDefinition } from '../catalog/types';
import { evaluatePrepared, prepareRules } from '../evaluate/evaluateRules';
import { ARGUMENT_MESSAGES, readOptions } from '../input/options';
import type { Rule, TriggerContext } from '../types';

/** One lead of a bulk move: the lead after the move and its trigger (core's `LeadMove` fits). */
export type PreviewMoveItem = { lead: Lead; trigger: TriggerContext };

/** Options of {@link previewMove}. */
export type PreviewMoveOptions = {
  now: Time;
  model?: ScoringModel;
  /** The fact catalog; give `catalogWithGroups(groups)` when custom groups exist. */
  catalog?: readonly FactDefinition[];
};

/** A rule a bulk move would fire, and on how many of the moved leads. */
export type MoveFiredRule = { ruleId: string; name: string; leads: number };

/** What {@link previewMove} returns. */
export type MovePreview = {
  /** Leads previewed (the moves given). */
  moved: number;
  /** Leads on which at least one rule would fire. */
  leadsFiring: number;
  /** The rules that would fire, in execution order (priority, then list order); rules that fire on no lead are left out. */
  rules: MoveFiredRule[];
  /** Rule errors on a lead (the rule is not counted for that lead). */
  errors: Array<{ leadId: string; ruleId: string; message: string }>;
};

/**
 * Which rules a bulk move would fire, before it is made (docs/lead-management.md, "Counting and
 * moving leads"): evaluates `rules` on each moved lead with its `statusChange` trigger, as
 * `evaluateRules` does, and counts per rule the leads it would fire on. Only the rules the change
 * fires directly are listed (not a cascade); nothing is performed and no state is read.
 *
 * @throws HotleadsError as {@link evaluateRules}: `INVALID_RULE`, `MODEL_REQUIRED`,
 *   `INVALID_LEAD`, `INVALID_TIME`, `INVALID_ARGUMENT` (also `moves` not an array, path `['moves']`,
 *   or a move that is not an object, path `['moves', i]`).
 * @example
 * const { moved } = moveLeads(selected, 'Qualified');
 * previewMove(ruleTemplates, moved, { now }).rules.map((r) => `${r.name}: ${r.leads}`);
 */
export function previewMove(
  rules: readonly Rule[],
  moves: readonly PreviewMoveItem[],
  options: PreviewMoveOptions,
): MovePreview {
  if (!Array.isArray(moves)) throw new HotleadsError('INVALID_ARGUMENT', ARGUMENT_MESSAGES.list, { path: ['moves'] });
  const o = readOptions(options, ['now', 'model', 'catalog']);
  const prepared = prepareRules(rules, {
    catalog: o.catalog as readonly FactDefinition[] | undefined,
    model: o.model as ScoringModel | undefined,
  });
  const counts = new Map<string, number>();
  const errors: MovePreview['errors'] = [];
  let leadsFiring = 0;
  for (let i = 0; i < moves.length; i++) {
    const move: unknown = moves[i];
    if (typeof move !== 'object' || move === null)
      throw new HotleadsError('INVALID_ARGUMENT', ARGUMENT_MESSAGES.object, { path: ['moves', i] });
    const { lead, trigger } = move as PreviewMoveItem;
    const r = evaluatePrepared(prepared, lead, { now: o.now as Time, trigger, explain: false });
    if (r.fired.length > 0) leadsFiring++;
    for (const f of r.fired) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
    for (const e of r.errors) errors.push({ leadId: r.leadId, ruleId: e.ruleId, message: e.message });
  }
  const out: MoveFiredRule[] = [];
  for (const c of prepared.ordered) {
    const n = counts.get(c.id);
    if (n !== undefined) out.push({ ruleId: c.id, name: c.rule.name, leads: n });
  }
  return { moved: moves.length, leadsFiring, rules: out, errors };
}
