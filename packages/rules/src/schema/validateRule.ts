import { HotleadsError } from '@hotleads/core';
import { checkCatalog } from '../catalog/checkCatalog';
import { readOptions } from '../input/options';
import { readSafely } from '../input/readSafely';
import type { CatalogOptions, Rule } from '../types';
import { checkConditionRegistry } from './conditionRegistry';
import { assertConditionTree } from './conditionTree';
import { parseRuleInput } from './parseRuleInput';
import { issueError } from './ruleIssue';
import { findRuleIssues } from './ruleIssues';
import { ruleSchema } from './ruleSchema';
import { checkSchedule } from './schedule';
import { checkScoreChange } from './scoreChange';

/**
 * A rule without the catalog checks: the condition tree's shape (depth, size, cycles:
 * `assertConditionTree`), the structure (zod), and a schedule trigger's cron and time zone.
 * Returns a normalized copy. For functions that read a rule's trigger, actions or conditions
 * but not its facts.
 *
 * @throws HotleadsError `INVALID_RULE` whose `path` points at the problem.
 */
export function parseRule(input: unknown): Rule {
  if (input !== null && typeof input === 'object') {
    const conditions = readSafely(() => (input as Record<string, unknown>).conditions, 'INVALID_RULE', ['conditions']);
    assertConditionTree(conditions, ['conditions']);
  }
  const rule = parseRuleInput(ruleSchema, input, 'rule') as Rule;
  checkSchedule(rule.trigger);
  checkScoreChange(rule.trigger);
  return rule;
}

/**
 * {@link parseRule} for a list; a failure names the rule's index.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` when `rules` is not an array, `INVALID_RULE` at `[index, …]`.
 */
export function parseRules(rules: unknown): Rule[] {
  if (!Array.isArray(rules)) throw new HotleadsError('INVALID_ARGUMENT', 'Expected an array of rules');
  return Array.from({ length: rules.length }, (_, i) => {
    try {
      return parseRule(rules[i]);
    } catch (e) {
      throw HotleadsError.wrap(e, [i]);
    }
  });
}

/**
 * Parses and checks a rule: the shape of its condition tree (at most `MAX_CONDITION_DEPTH` = 64
 * levels of groups, at most `MAX_CONDITIONS` nodes, no cycle), its structure (zod), then every
 * condition against the catalog (known facts, known operators, value types per operator,
 * JSONPaths), the cron expression and time zone of a schedule trigger. Returns a normalized copy
 * (a `High`/`Medium`/`Low` priority becomes 8/5/2). Built on `ruleIssues`: it throws the first
 * of the issues `ruleIssues` lists (without its model check), and accepts exactly the rules that
 * have none.
 *
 * @throws HotleadsError `INVALID_RULE` (or `INVALID_PATH`) whose `path` points at the problem,
 *   e.g. `conditions.all[1].value`, or at a named condition reference whose name the
 *   `conditions` option does not hold; `INVALID_ARGUMENT` for a bad `catalog` option; for a bad
 *   `conditions` option, as `checkConditionRegistry` (a cycle through references included).
 * @example validateRule({ id: 'r1', name: 'Hot', trigger: { type: 'event', events: ['quote_request'] },
 *   conditions: { all: [{ fact: 'budget', operator: 'greaterThan', value: 5000 }] }, actions: [{ type: 'addTag', tag: 'hot' }] })
 */
export function validateRule(input: unknown, options: CatalogOptions = {}): Rule {
  const o = readOptions(options, ['catalog', 'conditions']);
  const catalog = checkCatalog(o.catalog);
  const registry = checkConditionRegistry(o.conditions, catalog);
  const { found, rule } = findRuleIssues(input, catalog, false, undefined, registry);
  const first = found[0];
  if (first !== undefined || rule === undefined) throw issueError(first!, first?.cause);
  return rule;
}
