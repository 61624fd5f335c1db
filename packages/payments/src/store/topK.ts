/**
 * The first `k` elements of `rows` in `compare` order, without sorting all of them when `k` is
 * small (a bounded insertion into a sorted buffer: O(n log k) comparisons). Stable for ties in
 * input order.
 */
export function topK<T>(rows: ReadonlyArray<T>, k: number, compare: (a: T, b: T) => number): T[] {
  if (k <= 0) return [];
  if (k >= rows.length / 4) return [...rows].sort(compare).slice(0, k);
  const out: T[] = [];
  for (const row of rows) {
    if (out.length === k && compare(row, out[k - 1]!) >= 0) continue;
    let lo = 0;
    let hi = out.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(out[mid]!, row) <= 0) lo = mid + 1;
      else hi = mid;
    }
    out.splice(lo, 0, row);
    if (out.length > k) out.pop();
  }
  return out;
}
