import type { Trigger, TriggerContext } from '../types';

/**
 * Whether a rule's trigger matches what happened. Without a context every trigger matches (a
 * manual run). A schedule tick matches schedule rules (only those listed, when `ruleIds` is given).
 */
export function triggerMatches(trigger: Trigger, ruleId: string, context: TriggerContext | undefined): boolean {
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
  }
}

/** A short human description of a trigger, for reports. */
export function describeTrigger(trigger: Trigger): string {
  switch (trigger.type) {
    case 'statusChange':
      return `status changes${trigger.from === undefined ? '' : ` from ${trigger.from}`}${trigger.to === undefined ? '' : ` to ${trigger.to}`}`;
    case 'fieldChange':
      return `a field changes: ${trigger.fields.join(', ')}`;
    case 'event':
      return `an event happens: ${trigger.events.join(', ')}`;
    case 'schedule':
      return `on schedule "${trigger.cron}"${trigger.timezone === undefined ? '' : ` (${trigger.timezone})`}`;
  }
}
