import { checkCatalog } from '../catalog/checkCatalog';
import { readOptions } from '../input/options';
import { isFactReference } from '../schema/checkConditions';
import { checkConditionRegistry } from '../schema/conditionRegistry';
import { parseRules } from '../schema/validateRule';
import type { ActionType, CatalogOptions, Condition, ConditionRegistry, Rule } from '../types';

/** Which active rules use each fact and produce each action kind. */
export type RuleUsage = {
  /** Fact id → ids of the active rules whose conditions read it (the rules dashboard's "Usage" column; docs/rules.md, "Templates and reports"). */
  facts: Record<string, string[]>;
  /** Action kind → ids of the active rules that produce it (the dashboard's "Rule Association"). */
  actions: Partial<Record<ActionType, string[]>>;
};

/** Options of {@link ruleUsage}: the named conditions to follow references into (and their catalog). */
export type RuleUsageOptions = CatalogOptions;

function collectFacts(node: Condition, into: Set<string>, registry: ConditionRegistry, seen: Set<string>): void {
  if ('all' in node) node.all.forEach((c) => collectFacts(c, into, registry, seen));
  else if ('any' in node) node.any.forEach((c) => collectFacts(c, into, registry, seen));
  else if ('not' in node) collectFacts(node.not, into, registry, seen);
  else if ('condition' in node) {
    // A named condition's facts count for the rule that references it (the registry has no cycle).
    const named = Object.hasOwn(registry, node.condition) ? registry[node.condition] : undefined;
    if (named !== undefined && !seen.has(node.condition)) {
      seen.add(node.condition);
      collectFacts(named as Condition, into, registry, seen);
    }
  } else {
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
 * (not its facts: no catalog is needed). A reference to a named condition (`options.conditions`,
 * checked against `options.catalog`) counts the named condition's facts for the rule.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` when `rules` is not an array or for bad options,
 *   `INVALID_RULE` (path `[index, …]`, or `['conditions', name, …]` for a bad named condition).
 * @example ruleUsage(ruleTemplates).facts.hoursUntouched // ['new-lead-needs-outreach', ...]
 */
export function ruleUsage(rules: readonly Rule[], options?: RuleUsageOptions): RuleUsage {
  const parsed = parseRules(rules);
  const o = readOptions(options, ['catalog', 'conditions']);
  const registry = checkConditionRegistry(o.conditions, checkCatalog(o.catalog));
  const facts: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  const actions: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  for (const rule of parsed) {
    if (rule.enabled === false) continue;
    const used = new Set<string>();
    collectFacts(rule.conditions, used, registry, new Set());
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
