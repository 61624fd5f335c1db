import { HotleadsError, type IssuePath } from '../errors/HotleadsError';

/** Bounds of {@link optionalNumber}. */
export type NumberBounds = { min?: number; max?: number; integer?: boolean };

/**
 * A numeric option: `fallback` when absent, else a finite number within the bounds (a whole
 * number with `integer`), so a comparison with it can never throw or go NaN.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` at `path`, naming the bounds.
 * @example const topN = optionalNumber(options.topN, 10, ['topN'], { min: 1, integer: true });
 */
export function optionalNumber(value: unknown, fallback: number, path: IssuePath, bounds: NumberBounds = {}): number {
  if (value === undefined) return fallback;
  const { min = -Infinity, max = Infinity, integer = false } = bounds;
  if (
    typeof value !== 'number' ||
    !Number.isFinite(value) ||
    value < min ||
    value > max ||
    (integer && !Number.isInteger(value))
  ) {
    const kind = integer ? 'a whole number' : 'a finite number';
    const range =
      min > -Infinity && max < Infinity
        ? ` from ${min} to ${max}`
        : min > -Infinity
          ? ` ≥ ${min}`
          : max < Infinity
            ? ` ≤ ${max}`
            : '';
    throw new HotleadsError('INVALID_ARGUMENT', `Expected ${kind}${range}`, { path });
  }
  return value;
}
