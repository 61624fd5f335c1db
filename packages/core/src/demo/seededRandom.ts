import { HotleadsError } from '../errors/HotleadsError';

/** A seeded pseudo-random generator returning floats in [0, 1) (mulberry32). Same seed, same sequence. */
export type Random = () => number;

/**
 * Creates a seeded generator (mulberry32): fast, 32-bit state, good enough for sampling and
 * generated demo data — not for cryptography.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` when `seed` is not a finite number.
 * @example const rnd = seededRandom(42); rnd(); // 0.6011037519201636
 */
export function seededRandom(seed: number): Random {
  if (typeof seed !== 'number' || !Number.isFinite(seed))
    throw new HotleadsError('INVALID_ARGUMENT', 'A seed must be a finite number', { path: ['seed'] });
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
