import { HotleadsError, type Lead, type ScoringModel, type Time } from '@hotleads/core';
import type { FactDefinition } from '../catalog/types';
import { cascadePrepared, leadStatus, readMaxDepth } from '../evaluate/cascade';
import { prepareRules } from '../evaluate/evaluateRules';
import { ARGUMENT_MESSAGES, ownValue, readOptions } from '../input/options';
import { readSafely } from '../input/readSafely';
import type { ConditionRegistry, Rule, TriggerContext } from '../types';

/** One lead of a bulk move: the lead after the move and its trigger (core's `LeadMove` fits). */
export type PreviewMoveItem = { lead: Lead; trigger: TriggerContext };

/** Options of {@link previewMove}. */
export type PreviewMoveOptions = {
  now: Time;
  model?: ScoringModel;
  /** The fact catalog; give `catalogWithGroups(groups)` when custom groups exist. */
  catalog?: readonly FactDefinition[];
  /** The named conditions `{ condition: name }` references resolve to. */
  conditions?: ConditionRegistry;
  /** Re-evaluations after status changes before a lead's cascade gives up, as `cascadeRules`' (default 5). */
  maxDepth?: number;
};

/** The most lead ids {@link previewMove} keeps per stop reason and per loop. */
export const MOVE_PREVIEW_IDS = 20;

/** A rule a bulk move would fire, on how many of the moved leads, and how soon. */
export type MoveFiredRule = {
  ruleId: string;
  name: string;
  /** Moved leads on which the rule fires at any step of their cascade (a lead counts once). */
  leads: number;
  /** The earliest step it fires at on any lead: 0 for the move's own `statusChange`, 1 after the first status change a rule makes, … */
  firstStep: number;
};

/** Leads whose cascade stopped for one reason: how many, and the first ids in move order. */
export type MoveStop = {
  leads: number;
  /** At most {@link MOVE_PREVIEW_IDS}, in the order of the moves. */
  leadIds: string[];
};

/** Leads whose cascade comes back through the same loop of statuses. */
export type MoveLoop = MoveStop & {
  /** The loop, as `cascadeRules`' `cycle`: e.g. `['Nurturing', 'Qualified', 'Nurturing']`. */
  statuses: string[];
};

/** How many moved leads end in a status once their cascade stops. */
export type MoveStatusCount = {
  /** The lead's final `status`; `null` for a lead without a string status. */
  status: string | null;
  leads: number;
};

/** A rule error on a moved lead (the first per lead and rule). */
export type MoveRuleError = {
  leadId: string;
  ruleId: string;
  message: string;
  /** The cascade step it happened at (0: the move's own trigger). */
  step: number;
};

/** What {@link previewMove} returns. */
export type MovePreview = {
  /** Leads previewed (the moves given). */
  moved: number;
  /** The `maxDepth` the cascades ran with. */
  maxDepth: number;
  /** Leads on which at least one rule would fire, at any step. */
  leadsFiring: number;
  /** The rules that would fire, by `firstStep`, then in execution order (priority, then list order); rules that fire on no lead are left out. */
  rules: MoveFiredRule[];
  /** How the leads' cascades stop, by `cascadeRules`' `stoppedBy`; the three counts sum to `moved`. */
  stopped: { settled: number; cycle: MoveStop; depth: MoveStop };
  /** The cycles, one entry per loop of statuses: most leads first, then in the order first met. Their `leads` sum to `stopped.cycle.leads`. */
  loops: MoveLoop[];
  /** The leads' statuses once their cascades stop: most leads first, then by status (code-unit order), `null` last. */
  statuses: MoveStatusCount[];
  /** Rule errors on a lead, the first per lead and rule (the rule is not counted on that lead at that step). */
  errors: MoveRuleError[];
};

const pushId = (stop: MoveStop, leadId: string) => {
  stop.leads++;
  if (stop.leadIds.length < MOVE_PREVIEW_IDS) stop.leadIds.push(leadId);
};

/**
 * What a bulk move would set off, before it is made (docs/lead-management.md, "Counting and
 * moving leads"): runs `cascadeRules`' cascade on each moved lead, from its `statusChange`
 * trigger, and counts per rule the leads it would fire on at any step, how the cascades stop
 * (settled, cycle, depth; with the first {@link MOVE_PREVIEW_IDS} lead ids of each), the loops
 * met, and the statuses the leads end in. Each lead's cascade starts from an empty rule state
 * (`emptyRuleState()`, as `cascadeRules` without `state`): no state is read and nothing is
 * performed. The rules are prepared once for all the leads; explanations are not built.
 *
 * @throws HotleadsError as `cascadeRules`: `INVALID_RULE`, `MODEL_REQUIRED`, `INVALID_LEAD`,
 *   `INVALID_TIME`, `INVALID_ARGUMENT` (a `maxDepth` that is not an integer 0..100, path
 *   `['maxDepth']`; also `moves` not an array, path `['moves']`, or a move that is not an
 *   object, path `['moves', i]`).
 * @example
 * const { moved } = moveLeads(selected, 'Qualified');
 * const p = previewMove(ruleTemplates, moved, { now });
 * p.rules.map((r) => `${r.name}: ${r.leads}`);
 * p.loops.map((l) => `${l.leads} leads would loop: ${l.statuses.join(' → ')}`);
 */
export function previewMove(
  rules: readonly Rule[],
  moves: readonly PreviewMoveItem[],
  options: PreviewMoveOptions,
): MovePreview {
  if (!Array.isArray(moves)) throw new HotleadsError('INVALID_ARGUMENT', ARGUMENT_MESSAGES.list, { path: ['moves'] });
  const o = readOptions(options, ['now', 'model', 'catalog', 'conditions', 'maxDepth']);
  const maxDepth = readMaxDepth(o.maxDepth);
  const prepared = prepareRules(rules, {
    catalog: o.catalog as readonly FactDefinition[] | undefined,
    conditions: o.conditions as ConditionRegistry | undefined,
    model: o.model as ScoringModel | undefined,
  });
  const fired = new Map<string, { leads: number; firstStep: number }>();
  const errors: MoveRuleError[] = [];
  const stopped: MovePreview['stopped'] = {
    settled: 0,
    cycle: { leads: 0, leadIds: [] },
    depth: { leads: 0, leadIds: [] },
  };
  const loops = new Map<string, MoveLoop>();
  const statuses = new Map<string | null, number>();
  let leadsFiring = 0;
  for (let i = 0; i < moves.length; i++) {
    const move: unknown = moves[i];
    if (typeof move !== 'object' || move === null)
      throw new HotleadsError('INVALID_ARGUMENT', ARGUMENT_MESSAGES.object, { path: ['moves', i] });
    const [lead, trigger] = readSafely(
      () => [ownValue(move, 'lead') as Lead, ownValue(move, 'trigger') as TriggerContext],
      'INVALID_ARGUMENT',
      ['moves', i],
    );
    const c = cascadePrepared(prepared, lead, { now: o.now as Time, trigger, explain: false }, maxDepth);
    const leadId = c.steps[0]!.leadId;
    const onLead = new Set<string>();
    const erred = new Set<string>();
    for (let step = 0; step < c.steps.length; step++) {
      const s = c.steps[step]!;
      for (const f of s.fired) {
        if (onLead.has(f.ruleId)) continue;
        onLead.add(f.ruleId);
        const seen = fired.get(f.ruleId);
        if (seen === undefined) fired.set(f.ruleId, { leads: 1, firstStep: step });
        else {
          seen.leads++;
          seen.firstStep = Math.min(seen.firstStep, step);
        }
      }
      for (const e of s.errors) {
        if (erred.has(e.ruleId)) continue;
        erred.add(e.ruleId);
        errors.push({ leadId, ruleId: e.ruleId, message: e.message, step });
      }
    }
    if (onLead.size > 0) leadsFiring++;
    if (c.stoppedBy === 'settled') stopped.settled++;
    else if (c.stoppedBy === 'depth') pushId(stopped.depth, leadId);
    else {
      pushId(stopped.cycle, leadId);
      const loop = c.cycle ?? [];
      const key = JSON.stringify(loop);
      let entry = loops.get(key);
      if (entry === undefined) loops.set(key, (entry = { statuses: loop, leads: 0, leadIds: [] }));
      pushId(entry, leadId);
    }
    const status = leadStatus(c.lead) ?? null;
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  }
  return {
    moved: moves.length,
    maxDepth,
    leadsFiring,
    rules: firedRules(prepared.ordered, fired),
    stopped,
    loops: [...loops.values()].sort((a, b) => b.leads - a.leads), // stable: ties stay in the order met
    statuses: [...statuses]
      .map(([status, leads]) => ({ status, leads }))
      .sort((a, b) => {
        if (a.leads !== b.leads) return b.leads - a.leads;
        if (a.status === null || b.status === null) return a.status === null ? 1 : -1;
        return a.status < b.status ? -1 : a.status > b.status ? 1 : 0;
      }),
    errors,
  };
}

/** The fired rules by first step, then in execution order. */
function firedRules(
  ordered: readonly { id: string; rule: Rule }[],
  fired: ReadonlyMap<string, { leads: number; firstStep: number }>,
): MoveFiredRule[] {
  const out: MoveFiredRule[] = [];
  for (const c of ordered) {
    const f = fired.get(c.id);
    if (f !== undefined) out.push({ ruleId: c.id, name: c.rule.name, leads: f.leads, firstStep: f.firstStep });
  }
  return out.sort((a, b) => a.firstStep - b.firstStep); // stable: execution order within a step
}
