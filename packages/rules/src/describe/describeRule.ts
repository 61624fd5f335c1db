import { checkCatalog } from '../catalog/checkCatalog';
import { findFact } from '../catalog/findFact';
import { operatorLabels, type OperatorLabel } from '../catalog/operatorLabels';
import type { FactDefinition } from '../catalog/types';
import { describeTrigger } from '../evaluate/triggerMatches';
import { isFactReference } from '../schema/checkConditions';
import { parseRule } from '../schema/validateRule';
import type { Condition, ConditionValue, FactCondition, Rule } from '../types';
import { describeAction } from './describeAction';

const factLabel = (catalog: readonly FactDefinition[], id: string): string => findFact(catalog, id)?.label ?? id;

/** The builder's words for an operator on this fact ("Greater Than"), or the engine name for others. */
function operatorWords(fact: FactDefinition | undefined, operator: string): string {
  const labels = fact === undefined ? undefined : operatorLabels[fact.type];
  if (labels !== undefined) {
    for (const [label, op] of Object.entries(labels) as Array<[OperatorLabel, string]>)
      if (op === operator) return label;
  }
  return operator;
}

const literal = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : String(v));

function valueWords(node: FactCondition, catalog: readonly FactDefinition[]): string {
  const value: ConditionValue = node.value;
  if (isFactReference(value))
    return `${factLabel(catalog, value.fact)}${value.path === undefined ? '' : ` ${value.path}`}`;
  if (Array.isArray(value)) {
    if (node.operator === 'withinRange' && value.length === 2) return `${literal(value[0])} to ${literal(value[1])}`;
    return `[${value.map(literal).join(', ')}]`;
  }
  return literal(value);
}

function conditionWords(node: Condition, catalog: readonly FactDefinition[], nested: boolean): string {
  if ('all' in node || 'any' in node) {
    const list = 'all' in node ? node.all : node.any;
    const text = list.map((c) => conditionWords(c, catalog, true)).join('all' in node ? ' AND ' : ' OR ');
    return nested && list.length > 1 ? `(${text})` : text;
  }
  if ('not' in node) return `NOT ${conditionWords(node.not, catalog, true)}`;
  if ('condition' in node) return `condition "${node.condition}"`;
  const fact = findFact(catalog, node.fact);
  const subject = `${fact?.label ?? node.fact}${node.path === undefined ? '' : ` ${node.path}`}`;
  return `${subject} ${operatorWords(fact, node.operator)} ${valueWords(node, catalog)}`;
}

/**
 * A rule as one sentence, for the rule list and the builder's review step: `WHEN` its trigger
 * (`describeTrigger`), `IF` its conditions (facts by their catalog labels, operators in the
 * builder's words, `AND` / `OR` groups in parentheses, `NOT`), `THEN` its actions
 * (`describeAction`, joined by `, then `).
 *
 * @param catalog labels facts (default `factCatalog`); facts it does not know keep their id.
 * @throws HotleadsError `INVALID_RULE` for what is not a rule's structure (its facts are not checked).
 * @example describeRule(ruleTemplates[0])
 *   // 'WHEN on schedule "0 * * * *", IF Lead Status Exact Match "Untouched" AND … THEN set status to Nurturing, then send email "Welcome Email Template"'
 */
export function describeRule(rule: Rule, catalog?: readonly FactDefinition[]): string {
  const facts = checkCatalog(catalog);
  const r = parseRule(rule);
  const conditions = conditionWords(r.conditions, facts, false);
  return `WHEN ${describeTrigger(r.trigger)}, IF ${conditions} THEN ${r.actions.map(describeAction).join(', then ')}`;
}
