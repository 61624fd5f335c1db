import type { Condition, ConditionRegistry } from '../types';

/** Per checked registry: every fact id each named condition reads, references followed. */
export const registryFactsMap = /* @__PURE__ */ (() =>
  new WeakMap<ConditionRegistry, Map<string, ReadonlySet<string>>>())();

/** Every fact id the named condition `name` of a checked registry reads (references followed). */
export function registryFacts(registry: ConditionRegistry, name: string): ReadonlySet<string> {
  return registryFactsMap.get(registry)?.get(name) ?? new Set();
}

/** Per checked registry: the size (nodes, references followed) of the tree each named condition expands to. */
export const registrySizesMap = /* @__PURE__ */ (() => new WeakMap<ConditionRegistry, Map<string, number>>())();

/** The number of nodes `node` expands to, each reference counted as its entry's tree (at most `cap + 1`). */
export function expandedSize(node: Condition, registry: ConditionRegistry, cap: number): number {
  if ('condition' in node) return 1 + (registrySizesMap.get(registry)?.get(node.condition) ?? 0);
  const kids = 'all' in node ? node.all : 'any' in node ? node.any : 'not' in node ? [node.not] : [];
  let size = 1;
  for (const k of kids) {
    size += expandedSize(k, registry, cap);
    if (size > cap) return cap + 1;
  }
  return size;
}

/** The sentence for a reference to a name the registry does not hold. */
export function unknownConditionMessage(name: string): string {
  return `Unknown condition "${name}": not among the named conditions (the conditions option)`;
}
