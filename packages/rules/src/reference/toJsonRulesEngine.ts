import { DEFAULT_PRIORITY } from '../compile/compileRule';
import { parseRule } from '../schema/validateRule';
import type { Action, Condition, Rule, TopLevelCondition } from '../types';

/** The event a converted rule emits: its id and actions. */
export type JsonRulesEngineEvent = {
  type: 'hotleads.rule';
  params: { ruleId: string; name: string; actions: Action[] };
};

/** A rule in json-rules-engine's `RuleProperties` shape (structurally compatible). */
export type JsonRulesEngineRule = {
  name: string;
  priority: number;
  conditions: TopLevelCondition;
  event: JsonRulesEngineEvent;
};

function cloneCondition<T extends Condition>(node: T): T {
  return JSON.parse(JSON.stringify(node)) as T;
}

/**
 * Converts a rule to json-rules-engine's rule properties: same conditions (deep-copied, since
 * json-rules-engine mutates what it is given), priority (default 5), and an event
 * `hotleads.rule` carrying the rule id and actions. Triggers, execution modes, blocking and
 * sunset have no json-rules-engine equivalent and are left out. The rule's structure is checked
 * first (not its facts: no catalog is needed), so what json-rules-engine gets is a valid rule.
 *
 * @throws HotleadsError `INVALID_RULE` as `validateRule` does for structure.
 * @example engine.addRule(toJsonRulesEngine(ruleTemplates[0]))
 */
export function toJsonRulesEngine(input: Rule): JsonRulesEngineRule {
  const rule = parseRule(input);
  return {
    name: rule.id,
    priority: rule.priority ?? DEFAULT_PRIORITY,
    conditions: cloneCondition(rule.conditions),
    event: {
      type: 'hotleads.rule',
      params: { ruleId: rule.id, name: rule.name, actions: JSON.parse(JSON.stringify(rule.actions)) as Action[] },
    },
  };
}
