import { assert } from '@hotleads/core';

/**
 * Splits `amount` minor units by integer `ratios` without losing a unit (dinero.js's `allocate`):
 * each share is the floor of its exact part, and the units left over go one by one, in list order,
 * to the shares whose exact part was not whole. Deterministic; shares always sum to `amount`.
 *
 * @throws HotleadsError `INVALID_AMOUNT` for an amount that is not a safe integer;
 *   `INVALID_ARGUMENT` for ratios that are not a non-empty list of non-negative safe integers
 *   with a positive, safe total.
 * @example allocateByRatios(100, [1, 1, 1]) // [34, 33, 33]
 */
export function allocateByRatios(amount: number, ratios: ReadonlyArray<number>): number[] {
  assert(Number.isSafeInteger(amount), 'INVALID_AMOUNT', 'Allocation amount must be an integer of minor units');
  assert(Array.isArray(ratios), 'INVALID_ARGUMENT', 'Ratios must be a list of non-negative integers');
  assert(ratios.length > 0, 'INVALID_ARGUMENT', 'Allocation needs at least one ratio');
  // An index loop, not `every`: `every` skips the holes of a sparse array.
  for (let i = 0; i < ratios.length; i++)
    assert(
      Number.isSafeInteger(ratios[i]) && ratios[i]! >= 0,
      'INVALID_ARGUMENT',
      'Ratios must be non-negative integers',
      [i],
    );
  const total = ratios.reduce((a, b) => a + b, 0);
  assert(Number.isSafeInteger(total), 'INVALID_ARGUMENT', 'Ratios must add up to a safe integer');
  assert(total > 0, 'INVALID_ARGUMENT', 'Ratios must not all be zero');
  const big = BigInt(amount);
  const bigTotal = BigInt(total);
  const shares = ratios.map((r) => {
    const exact = big * BigInt(r);
    // floor toward negative infinity for negative amounts
    const q = exact / bigTotal;
    return exact % bigTotal !== 0n && exact < 0n ? q - 1n : q;
  });
  let left = big - shares.reduce((a, b) => a + b, 0n);
  // Fewer units are left than shares with a fractional part, so one pass in list order suffices.
  for (let i = 0; left > 0n && i < shares.length; i++) {
    if ((big * BigInt(ratios[i]!)) % bigTotal === 0n) continue;
    shares[i] = shares[i]! + 1n;
    left -= 1n;
  }
  return shares.map((s) => Number(s));
}
