/**
 * A case-insensitive membership test for the string `values` of a `oneOf` evaluator. Misses
 * would lowercase (allocate) on every lead, so answers are remembered for the strings seen, up
 * to a bound (option lists are small in practice).
 */
export function caseInsensitiveMatcher(values: ReadonlyArray<string | number | boolean>): (v: string) => boolean {
  const lower = new Set(values.filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase()));
  const seen = new Map<string, boolean>();
  return (v) => {
    let hit = seen.get(v);
    if (hit === undefined) {
      hit = lower.has(v.toLowerCase());
      if (seen.size < 1024) seen.set(v, hit);
    }
    return hit;
  };
}
