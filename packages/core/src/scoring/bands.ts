import type { Band, Bands } from './types';

/** The default band thresholds: HOT ≥ 80, HIGH ≥ 60, WARM ≥ 40, else COLD. */
export const DEFAULT_BANDS: Readonly<Bands> = Object.freeze({ hot: 80, high: 60, warm: 40 });

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
