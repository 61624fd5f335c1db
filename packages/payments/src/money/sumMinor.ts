import { HotleadsError } from '@hotleads/core';
import { unreadableInput } from '../input/readInput';
import { ExactSum } from './exactSum';

/**
 * Sums integer minor units exactly. Runs on safe integers while the running total stays safe
 * and switches to bigint when it would not, so a total over millions of payments is exact.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` for something that is not a list (an array, a Set, any
 *   iterable but a string); `INVALID_AMOUNT` at `[i]` for a value that is not a safe integer.
 * @example sumMinor([14550, 450]) // 15000n
 */
export function sumMinor(values: Iterable<number>): bigint {
  const total = new ExactSum();
  let i = 0;
  if (!Array.isArray(values) && !isIterable(values))
    throw new HotleadsError('INVALID_ARGUMENT', 'Expected a list of amounts in minor units');
  try {
    for (const value of values) {
      if (!Number.isSafeInteger(value))
        throw new HotleadsError('INVALID_AMOUNT', 'An amount must be a safe integer of minor units', { path: [i] });
      total.add(value);
      i++;
    }
  } catch (error) {
    throw unreadableInput(error, 'INVALID_ARGUMENT', [i]);
  }
  return total.value;
}

function isIterable(value: unknown): value is Iterable<unknown> {
  if (value === null || typeof value !== 'object') return false;
  try {
    return typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';
  } catch {
    return false;
  }
}
