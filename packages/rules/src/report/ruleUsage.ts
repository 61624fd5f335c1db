import { isFactReference } from '../schema/checkConditions';
import { parseRules } from '../schema/validateRule';
import type { ActionType, Condition, Rule } from '../types';

/** Which active rules use each fact and produce each action kind. */
export type RuleUsage = {
  /** Fact id → ids of the active rules whose conditions read it (the rules dashboard's "Usage" column; docs/rules.md, "Templates and reports"). */
  facts: Record<string, string[]>;
  /** Action kind → ids of the active rules that produce it (the dashboard's "Rule Association"). */
  actions: Partial<Record<ActionType, string[]>>;
};

function collectFacts(node: Condition, into: Set<string>): void {
  if ('all' in node) node.all.forEach((c) => collectFacts(c, into));
  else if ('any' in node) node.any.forEach((c) => collectFacts(c, into));
  else if ('not' in node) collectFacts(node.not, into);
  else if (!('condition' in node)) {
    into.add(node.fact);
    if (isFactReference(node.value)) into.add(node.value.fact);
  }
}

function push(record: Record<string, string[]>, key: string, id: string): void {
  const list = Object.prototype.hasOwnProperty.call(record, key) ? record[key]! : (record[key] = []);
  if (!list.includes(id)) list.push(id);
}

/**
 * For each fact, the active (enabled) rules that use it, and for each action kind, the active
 * rules that produce it; keys sorted, rule ids in list order. Each rule's structure is checked
 * (not its facts: no catalog is needed).
 *
 * @throws HotleadsError `INVALID_ARGUMENT` when `rules` is not an array, `INVALID_RULE` (path `[index, …]`).
 * @example ruleUsage(ruleTemplates).facts.hoursUntouched // ['new-lead-needs-outreach', ...]
 */
export function ruleUsage(rules: readonly Rule[]): RuleUsage {
  const parsed = parseRules(rules);
  const facts: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  const actions: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  for (const rule of parsed) {
    if (rule.enabled === false) continue;
    const used = new Set<string>();
    collectFacts(rule.conditions, used);
    for (const f of used) push(facts, f, rule.id);
    for (const a of rule.actions) push(actions, a.type, rule.id);
  }
  const sorted = (r: Record<string, string[]>) =>
    Object.fromEntries(
      Object.keys(r)
        .sort()
        .map((k) => [k, r[k]!]),
    );
  return { facts: sorted(facts), actions: sorted(actions) };
}
