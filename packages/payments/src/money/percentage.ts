import { HotleadsError } from '@hotleads/core';
import { readOptions } from '../input/readInput';
import { Dec } from './decimal';

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** A part or whole as decimal.js reads it, or a HotleadsError naming which. */
function decimalOf(value: unknown, name: string): InstanceType<typeof Dec> {
  if (
    (typeof value === 'number' && Number.isFinite(value)) ||
    typeof value === 'bigint' ||
    (typeof value === 'string' && DECIMAL.test(value))
  )
    return new Dec(String(value));
  throw new HotleadsError('INVALID_ARGUMENT', 'Expected a finite number, a bigint or a decimal string', {
    path: [name],
  });
}

/** Options for {@link percentage}. */
export type PercentageOptions = {
  /** Decimals of the result (default 1; a whole number from 0 to 20). */
  decimals?: number;
};

/**
 * `part / whole × 100`, rounded half-up, as a fixed-decimal string (`"44.4"`); `null` when
 * `whole` is zero. Computed with decimal.js from exact integers or decimal strings.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` for a part or whole that is not a finite number, a
 *   bigint or a decimal string, or a bad `decimals`.
 * @example percentage(200, 450) // "44.4"
 */
export function percentage(
  part: number | bigint | string,
  whole: number | bigint | string,
  options?: PercentageOptions,
): string | null {
  const decimals = options === undefined ? 1 : (readOptions(options, ['decimals']).decimals ?? 1);
  if (!(Number.isInteger(decimals) && (decimals as number) >= 0 && (decimals as number) <= 20))
    throw new HotleadsError('INVALID_ARGUMENT', 'decimals is a whole number from 0 to 20', { path: ['decimals'] });
  if (
    typeof part === 'number' &&
    typeof whole === 'number' &&
    Number.isFinite(part) &&
    Number.isFinite(whole) &&
    whole !== 0 &&
    decimals === 1
  ) {
    if (part === 0) return '0.0';
    if (part === whole) return '100.0';
  }
  const p = decimalOf(part, 'part');
  const w = decimalOf(whole, 'whole');
  if (w.isZero()) return null;
  return p
    .div(w)
    .times(100)
    .toFixed(decimals as number, Dec.ROUND_HALF_UP);
}
