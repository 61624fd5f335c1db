import { HotleadsError } from '../errors/HotleadsError';
import { unreadable } from '../errors/unreadable';
import type { Band, Bands } from './types';

/** The default band thresholds: HOT ≥ 80, HIGH ≥ 60, WARM ≥ 40, else COLD. */
export const DEFAULT_BANDS: Readonly<Bands> = /* @__PURE__ */ (() => Object.freeze({ hot: 80, high: 60, warm: 40 }))();

/** Every band, coldest first: a band's index here is its {@link bandRank}. */
export const BANDS = /* @__PURE__ */ (() =>
  Object.freeze(['COLD', 'WARM', 'HIGH', 'HOT'] as const) satisfies readonly Band[])();

const RANKS: Readonly<Record<Band, number>> = /* @__PURE__ */ (() =>
  Object.freeze({ COLD: 0, WARM: 1, HIGH: 2, HOT: 3 }))();

/**
 * The order of bands as a number, COLD 0 … HOT 3, so bands compare with `<`: a band rises when
 * its rank grows.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` for anything but a band (`'constructor'` is not one).
 * @example bandRank('HOT') > bandRank('WARM') // true
 */
export function bandRank(band: Band): number {
  const rank = typeof band === 'string' && Object.prototype.hasOwnProperty.call(RANKS, band) ? RANKS[band] : undefined;
  if (rank === undefined)
    throw new HotleadsError('INVALID_ARGUMENT', 'Expected a band: COLD, WARM, HIGH or HOT', { path: ['band'] });
  return rank;
}

/**
 * The band of an (unrounded) score.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` when `score` is not a number or `bands` not three numbers.
 */
export function bandFor(score: number, bands: Bands = DEFAULT_BANDS): Band {
  if (typeof score !== 'number') throw new HotleadsError('INVALID_ARGUMENT', SCORE_MESSAGE, { path: ['score'] });
  if (bands !== DEFAULT_BANDS) checkBands(bands);
  if (score >= bands.hot) return 'HOT';
  if (score >= bands.high) return 'HIGH';
  if (score >= bands.warm) return 'WARM';
  return 'COLD';
}

/**
 * The score as a person sees it: rounded down, so a shown 80 is never a HIGH.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` when `score` is not a number.
 */
export function displayScore(score: number): number {
  if (typeof score !== 'number') throw new HotleadsError('INVALID_ARGUMENT', SCORE_MESSAGE, { path: ['score'] });
  return Math.floor(score);
}

const SCORE_MESSAGE = 'Expected a score: a number';

/** A caller's bands (the scorer's own are validated with the model): three numbers. */
function checkBands(bands: unknown): void {
  let hot: unknown, high: unknown, warm: unknown;
  try {
    ({ hot, high, warm } = (bands ?? {}) as Bands);
  } catch (error) {
    throw unreadable(error, 'INVALID_ARGUMENT', ['bands']);
  }
  if (
    bands === null ||
    typeof bands !== 'object' ||
    typeof hot !== 'number' ||
    typeof high !== 'number' ||
    typeof warm !== 'number'
  )
    throw new HotleadsError('INVALID_ARGUMENT', 'Expected bands { hot, high, warm } of numbers', { path: ['bands'] });
}
