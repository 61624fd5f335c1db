import { assert } from '@hotleads/core';
import { DEFAULT_PRIORITY } from '../compile/compileRule';
import { parseRules } from '../schema/validateRule';
import type { Rule } from '../types';

/** The constant sentences of {@link moveRule}'s index checks. */
export const RULE_ORDER_MESSAGES = /* @__PURE__ */ (() =>
  Object.freeze({
    index: 'from and to must be integers naming a rule of the list',
  } as const))();

const priorityOf = (rule: Rule): number => rule.priority ?? DEFAULT_PRIORITY;

/**
 * The rules in the order `evaluateRules` runs them: the higher `priority` first
 * (`DEFAULT_PRIORITY` = 5 for a rule without one), rules of equal priority in list order.
 * Returns normalized copies (a `High` priority becomes 8); the structure of each rule is checked,
 * its facts are not. A rule list shows the set in this order.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` when `rules` is not an array, `INVALID_RULE` at `[i, …]`.
 * @example rulesInRunOrder([{ ...a, priority: 2 }, { ...b, priority: 8 }]).map((r) => r.id) // [b.id, a.id]
 */
export function rulesInRunOrder(rules: readonly Rule[]): Rule[] {
  return parseRules(rules)
    .map((rule, i) => ({ rule, i }))
    .sort((x, y) => priorityOf(y.rule) - priorityOf(x.rule) || x.i - y.i)
    .map((x) => x.rule);
}

/**
 * Moves a rule to another place in the run order, as a rule list's "Move up" / "Move down" or
 * drag does: `from` and `to` index {@link rulesInRunOrder}`(rules)`. The moved rule takes the
 * priority nearest its own that runs it exactly there (between the priorities of its new
 * neighbours, tied ones in list order), so the returned list is in run order: `evaluateRules`
 * runs the rules in the order returned. No other rule changes; a rule that needs no new priority
 * keeps its own (or none).
 *
 * @throws HotleadsError `INVALID_ARGUMENT` for a `from` or `to` that is no index of the list,
 *   and as {@link rulesInRunOrder} for `rules`.
 * @example moveRule([{ ...a, priority: 8 }, { ...b, priority: 5 }], 0, 1)
 *   // [{ ...b, priority: 5 }, { ...a, priority: 5 }]: a now runs after b
 */
export function moveRule(rules: readonly Rule[], from: number, to: number): Rule[] {
  const ordered = rulesInRunOrder(rules);
  for (const [name, index] of [
    ['from', from],
    ['to', to],
  ] as const)
    assert(
      Number.isInteger(index) && index >= 0 && index < ordered.length,
      'INVALID_ARGUMENT',
      RULE_ORDER_MESSAGES.index,
      [name],
    );
  const next = [...ordered];
  const [moved] = next.splice(from, 1) as [Rule];
  next.splice(to, 0, moved);
  const above = to > 0 ? priorityOf(next[to - 1]!) : Number.POSITIVE_INFINITY;
  const below = to < next.length - 1 ? priorityOf(next[to + 1]!) : Number.NEGATIVE_INFINITY;
  const own = priorityOf(moved);
  const priority = Math.min(above, Math.max(below, own));
  if (priority !== own) next[to] = { ...moved, priority };
  return next;
}
