// How the rule components put a fact's operator and a value into words. The words themselves are
// @hotleads/rules' (`operatorLabels`, docs/rules.md "Operators"); this only looks them up.
import { operatorLabels, operatorsFor, type FactDefinition, type OperatorOption } from '@hotleads/rules';

/** The seed's word for an engine operator on a fact ("Greater Than"); the operator itself when none maps to it. */
export function operatorWord(operator: string, def: FactDefinition | undefined): string {
  const labels = def === undefined ? undefined : operatorLabels[def.type];
  if (labels !== undefined) for (const [word, op] of Object.entries(labels)) if (op === operator) return word;
  return operator;
}

/** The operators a fact offers: its own `operators` (catalog), each with its word; else its type's. */
export function operatorOptions(def: FactDefinition): OperatorOption[] {
  const all = operatorsFor(def.type);
  if (def.operators === undefined) return all;
  const own = def.operators;
  const seen = new Set<string>();
  return all.filter((o) => own.includes(o.operator) && !seen.has(o.operator) && seen.add(o.operator) !== undefined);
}
