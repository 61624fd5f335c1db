import { interestOfFacts } from '../catalog/interest';
import type { FactDefinition } from '../catalog/types';
import type { Action } from '../types';

/** A task due within this many hours is an urgent action (docs/lead-management.md, "Implicit and explicit interest"). */
export const URGENT_TASK_HOURS = 24;

/**
 * True for an action that asks for a fast, high-urgency follow-up: an SMS, or a task due within
 * {@link URGENT_TASK_HOURS} hours.
 */
export function isUrgentAction(action: Action): boolean {
  return (
    action.type === 'sendSms' ||
    (action.type === 'createTask' && action.dueInHours !== undefined && action.dueInHours <= URGENT_TASK_HOURS)
  );
}

/**
 * The preview's warning for a rule with an urgent action ({@link isUrgentAction}) whose interest
 * facts are all implicit (`interestOfFacts(facts, catalog) === 'implicit'`): browsing alone should
 * not trigger a high-urgency action. `undefined` when there is nothing to warn about.
 */
export function implicitInterestWarning(
  facts: readonly string[],
  actions: readonly Action[],
  catalog: readonly FactDefinition[],
): string | undefined {
  if (!actions.some(isUrgentAction) || interestOfFacts(facts, catalog) !== 'implicit') return undefined;
  const implicit = facts.filter((id) => catalog.find((f) => f.id === id)?.interest === 'implicit');
  return `The rule sends an urgent action on implicit interest only (${implicit.join(', ')}): browsing signals are less reliable than a deliberate action; add an explicit-interest condition or a slower action`;
}
