import type { Band, Bands } from './types';

/** The default band thresholds: HOT ≥ 80, HIGH ≥ 60, WARM ≥ 40, else COLD. */
export const DEFAULT_BANDS: Readonly<Bands> = Object.freeze({ hot: 80, high: 60, warm: 40 });

/** Every band, coldest first: a band's index here is its {@link bandRank}. */
export const BANDS = Object.freeze(['COLD', 'WARM', 'HIGH', 'HOT'] as const) satisfies readonly Band[];

const RANKS: Readonly<Record<Band, number>> = Object.freeze({ COLD: 0, WARM: 1, HIGH: 2, HOT: 3 });

/**
 * The order of bands as a number, COLD 0 … HOT 3, so bands compare with `<`: a band rises when
 * its rank grows.
 *
 * @example bandRank('HOT') > bandRank('WARM') // true
 */
export function bandRank(band: Band): number {
  return RANKS[band];
}

/** The band of an (unrounded) score. */
export function bandFor(score: number, bands: Bands = DEFAULT_BANDS): Band {
  if (score >= bands.hot) return 'HOT';
  if (score >= bands.high) return 'HIGH';
  if (score >= bands.warm) return 'WARM';
  return 'COLD';
}

/** The score as a person sees it: rounded down, so a shown 80 is never a HIGH. */
export function displayScore(score: number): number {
  return Math.floor(score);
}
