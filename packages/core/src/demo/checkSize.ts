import { HotleadsError } from '../errors/HotleadsError';

/** The most records a demo generator makes in one call. */
export const MAX_DEMO_SIZE = 10_000_000;

/** @internal A generator's `size`: a whole number from 0 to {@link MAX_DEMO_SIZE}. */
export function checkSize(size: unknown): asserts size is number {
  if (typeof size !== 'number' || !Number.isInteger(size) || size < 0 || size > MAX_DEMO_SIZE)
    throw new HotleadsError('INVALID_ARGUMENT', `size must be a whole number from 0 to ${MAX_DEMO_SIZE}`, {
      path: ['size'],
    });
}
