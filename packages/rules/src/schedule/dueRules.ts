import { HOUR_MS, toEpochMs, tryEpochMs, type Time } from '@hotleads/core';
import { Cron } from 'croner';
import { leadTable, readRuleState, runRecord, tickOf } from '../evaluate/ruleState';
import { readSafely } from '../input/readSafely';
import { parseRules } from '../schema/validateRule';
import type { Rule, RuleState } from '../types';

/** A rule a host scheduler should run now. */
export type DueRule =
  | {
      ruleId: string;
      kind: 'schedule';
      /** The cron tick that is due (epoch ms); `now` for a schedule rule never ticked before. */
      dueAt: number;
      /** The following tick, for the scheduler's next wake-up (epoch ms), or null. */
      nextAt: number | null;
    }
  | {
      ruleId: string;
      kind: 'periodic' | 'cycle';
      /** Leads whose next run is due. */
      leadIds: string[];
      /** The earliest due time among them (epoch ms). */
      dueAt: number;
    };

function cronFor(rule: Rule): Cron | undefined {
  if (rule.trigger.type !== 'schedule') return undefined;
  const { cron, timezone } = rule.trigger;
  return new Cron(cron, { paused: true, timezone: timezone ?? 'UTC' }); // never the machine's zone
}

/**
 * What a host scheduler should run at `now`:
 * - schedule rules whose cron (in its time zone, via croner) has a tick after the last tick
 *   recorded in `state.ticks` (record it with `markTicked`) — run them with
 *   `trigger: { type: 'schedule', ruleIds }`;
 * - periodic and cycle rules with leads whose next run is due (from `state.leads`).
 * Disabled rules and rules past a sunset date are never due. Each rule's structure is checked
 * (not its facts: no catalog is needed).
 *
 * @throws HotleadsError `INVALID_ARGUMENT` when `rules` is not an array, `INVALID_RULE` (path
 *   `[index, …]`), `INVALID_STATE` (path `['state', …]`), `INVALID_TIME` for `now`.
 * @example dueRules(rules, state, '2026-03-02T09:00:00Z') // [{ ruleId: 'new-lead-outreach', kind: 'schedule', ... }]
 */
export function dueRules(rules: readonly Rule[], state: RuleState | undefined, now: Time): DueRule[] {
  const parsed = parseRules(rules);
  const view = readRuleState(state);
  const nowMs = toEpochMs(now, ['now']);
  const leadIds =
    view?.leads === undefined ? [] : readSafely(() => Object.keys(view.leads!), 'INVALID_STATE', ['state', 'leads']);
  const out: DueRule[] = [];
  for (const rule of parsed) {
    if (rule.enabled === false) continue;
    if (rule.sunset?.at !== undefined && nowMs >= tryEpochMs(rule.sunset.at)) continue;
    if (
      rule.sunset?.afterRuns !== undefined &&
      (runRecord(view?.rules, rule.id, ['state', 'rules'])?.runs ?? 0) >= rule.sunset.afterRuns
    )
      continue;
    const cron = cronFor(rule);
    if (cron !== undefined) {
      const last = tickOf(view, rule.id, ['state']);
      const next = cron.nextRun(new Date(nowMs));
      const nextAt = next === null ? null : next.getTime();
      if (last === undefined) {
        out.push({ ruleId: rule.id, kind: 'schedule', dueAt: nowMs, nextAt });
      } else {
        const tick = cron.nextRun(new Date(last));
        if (tick !== null && tick.getTime() <= nowMs)
          out.push({ ruleId: rule.id, kind: 'schedule', dueAt: tick.getTime(), nextAt });
      }
      continue;
    }
    const exec = rule.execution;
    if (exec === undefined || exec.mode === 'once') continue;
    const due: string[] = [];
    let dueAt = Number.POSITIVE_INFINITY;
    for (const leadId of leadIds) {
      const record = runRecord(leadTable(view, leadId, ['state']), rule.id, ['state', 'leads', leadId]);
      if (record === undefined) continue;
      if (exec.mode === 'cycle' && nowMs > record.firstRunAt + exec.forHours * HOUR_MS) continue;
      const next = record.lastRunAt + exec.everyHours * HOUR_MS;
      if (next <= nowMs) {
        due.push(leadId);
        dueAt = Math.min(dueAt, next);
      }
    }
    if (due.length > 0) out.push({ ruleId: rule.id, kind: exec.mode, leadIds: due, dueAt });
  }
  return out;
}
