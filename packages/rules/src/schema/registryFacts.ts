import type { ConditionRegistry } from '../types';

/** Per checked registry: every fact id each named condition reads, references followed. */
export const registryFactsMap = /* @__PURE__ */ (() =>
  new WeakMap<ConditionRegistry, Map<string, ReadonlySet<string>>>())();

/** Every fact id the named condition `name` of a checked registry reads (references followed). */
export function registryFacts(registry: ConditionRegistry, name: string): ReadonlySet<string> {
  return registryFactsMap.get(registry)?.get(name) ?? new Set();
}

/** The sentence for a reference to a name the registry does not hold. */
export function unknownConditionMessage(name: string): string {
  return `Unknown condition "${name}": not among the named conditions (the conditions option)`;
}
