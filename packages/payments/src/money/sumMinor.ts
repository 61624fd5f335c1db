/**
 * Sums integer minor units exactly. Runs on safe integers while the running total stays safe
 * and switches to bigint when it would not, so a total over millions of payments is exact.
 *
 * @example sumMinor([14550, 450]) // 15000n
 */
export function sumMinor(values: Iterable<number>): bigint {
  let fast = 0;
  let big = 0n;
  for (const value of values) {
    const next = fast + value;
    if (Number.isSafeInteger(next)) fast = next;
    else {
      big += BigInt(fast) + BigInt(value);
      fast = 0;
    }
  }
  return big + BigInt(fast);
}
