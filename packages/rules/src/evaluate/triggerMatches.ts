import { HotleadsError } from '@hotleads/core';
import { checkTriggerContext } from '../facts/triggerContext';
import { parseRuleInput } from '../schema/parseRuleInput';
import { triggerSchema } from '../schema/ruleSchema';
import type { Trigger, TriggerContext } from '../types';
import { describeScoreChange, scoreChangeMatches } from './scoreChangeMatches';

/** {@link triggerMatches} on a validated trigger and a checked context (the evaluator's hot path). */
export function matchTrigger(trigger: Trigger, ruleId: string, context: TriggerContext | undefined): boolean {
  if (context === undefined) return true;
  if (trigger.type !== context.type) return false;
  switch (trigger.type) {
    case 'statusChange': {
      const c = context as Extract<TriggerContext, { type: 'statusChange' }>;
      return (
        (trigger.from === undefined || trigger.from === c.from) && (trigger.to === undefined || trigger.to === c.to)
      );
    }
    case 'fieldChange': {
      const c = context as Extract<TriggerContext, { type: 'fieldChange' }>;
      return trigger.fields.some((f) => c.fields.includes(f));
    }
    case 'event': {
      const c = context as Extract<TriggerContext, { type: 'event' }>;
      return trigger.events.includes(c.event);
    }
    case 'schedule': {
      const c = context as Extract<TriggerContext, { type: 'schedule' }>;
      return c.ruleIds === undefined || c.ruleIds.includes(ruleId);
    }
    case 'scoreChange':
      return scoreChangeMatches(trigger, context as Extract<TriggerContext, { type: 'scoreChange' }>);
  }
}

/**
 * Whether a rule's trigger matches what happened. Without a context (`undefined` or `null`)
 * every trigger matches (a manual run). A schedule tick matches schedule rules (only those
 * listed, when `ruleIds` is given).
 *
 * @throws HotleadsError `INVALID_RULE` for a bad trigger (path `['trigger', …]`),
 *   `INVALID_ARGUMENT` for a rule id that is not a string or a bad context (path `['context', …]`).
 */
export function triggerMatches(trigger: Trigger, ruleId: string, context: TriggerContext | null | undefined): boolean {
  const t = parseRuleInput(triggerSchema, trigger, 'trigger', ['trigger']);
  if (typeof ruleId !== 'string')
    throw new HotleadsError('INVALID_ARGUMENT', 'A rule id is a string', { path: ['ruleId'] });
  return matchTrigger(t, ruleId, checkTriggerContext(context, ['context']));
}

/**
 * A short human description of a trigger, for reports.
 *
 * @throws HotleadsError `INVALID_RULE` for a bad trigger.
 */
export function describeTrigger(trigger: Trigger): string {
  const t = parseRuleInput(triggerSchema, trigger, 'trigger');
  switch (t.type) {
    case 'statusChange':
      return `status changes${t.from === undefined ? '' : ` from ${t.from}`}${t.to === undefined ? '' : ` to ${t.to}`}`;
    case 'fieldChange':
      return `a field changes: ${t.fields.join(', ')}`;
    case 'event':
      return `an event happens: ${t.events.join(', ')}`;
    case 'schedule':
      return `on schedule "${t.cron}"${t.timezone === undefined ? '' : ` (${t.timezone})`}`;
    case 'scoreChange':
      return describeScoreChange(t);
  }
}
