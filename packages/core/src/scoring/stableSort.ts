/** Lists up to this long are sorted by insertion, in place, allocating nothing. */
const INSERTION_MAX = 16;

/**
 * Sorts `items` in place, stably, by `compare`, and returns it: the order `Array.prototype.sort`
 * gives (also stable), for a consistent `compare`. A short list — the usual few signals or
 * criteria of one lead — is sorted by insertion, without the scratch copy the built-in sort
 * allocates.
 */
export function stableSort<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > INSERTION_MAX) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    let j = i - 1;
    while (j >= 0 && compare(items[j]!, item) > 0) {
      items[j + 1] = items[j]!;
      j--;
    }
    items[j + 1] = item;
  }
  return items;
}
