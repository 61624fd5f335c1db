import { seededRandom, type Random } from '../demo/seededRandom';

/**
 * @internal A random stream keyed by (seed, account, purpose, counter). Each account's k-th
 * attempt draws the same numbers under every ordering (common random numbers), so orderings are
 * compared on the same consumers' luck and the paired lift has a narrow interval.
 */
export function streamRandom(seed: number, account: number, purpose: number, counter: number): Random {
  let h = Math.imul((seed >>> 0) ^ 0x9e3779b9, 0x85ebca6b);
  for (const v of [account, purpose, counter]) {
    h = Math.imul(h ^ (v >>> 0), 0xcc9e2d51);
    h = (h << 15) | (h >>> 17);
    h = Math.imul(h, 0x1b873593) ^ (h >>> 13);
  }
  return seededRandom(h >>> 0);
}
