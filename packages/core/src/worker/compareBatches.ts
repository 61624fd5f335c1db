import { HotleadsError } from '../errors/HotleadsError';
import { unreadable } from '../errors/unreadable';
import type { BatchScores } from './types';

/** What {@link compareBatches} found. */
export type BatchComparison = {
  /** True when both batches have the same size and, lead by lead, the same id, score, band and eligibility. */
  same: boolean;
  /** Positions compared (the smaller size). */
  compared: number;
  /** Positions whose id, score (`Object.is`), band or eligibility differ, plus any size difference. */
  differences: number;
  /** The first position that differs, or `undefined` when none does. */
  firstDifference: number | undefined;
};

const isBatch = (b: unknown): b is BatchScores =>
  b !== null &&
  typeof b === 'object' &&
  Number.isSafeInteger((b as BatchScores).size) &&
  Array.isArray((b as BatchScores).leadIds) &&
  (b as BatchScores).scores instanceof Float64Array &&
  (b as BatchScores).bands instanceof Uint8Array &&
  (b as BatchScores).eligible instanceof Uint8Array &&
  (b as BatchScores).leadIds.length === (b as BatchScores).size &&
  (b as BatchScores).scores.length === (b as BatchScores).size &&
  (b as BatchScores).bands.length === (b as BatchScores).size &&
  (b as BatchScores).eligible.length === (b as BatchScores).size;

/**
 * Compares two batches lead by lead, exactly: the same ids in the same order, scores equal by
 * `Object.is` (no tolerance: the worker runs the same code on the same input), the same bands
 * and eligibility. For checking a worker's batch against {@link scoreBatch} in this thread.
 *
 * @example compareBatches(fromWorker, scoreBatch(leads, model, { now })).same; // → true
 * @throws HotleadsError `INVALID_ARGUMENT` when either is not a batch (sizes and array lengths must agree).
 */
export function compareBatches(a: BatchScores, b: BatchScores): BatchComparison {
  try {
    if (!isBatch(a)) throw new HotleadsError('INVALID_ARGUMENT', 'Expected a batch of scores', { path: [0] });
    if (!isBatch(b)) throw new HotleadsError('INVALID_ARGUMENT', 'Expected a batch of scores', { path: [1] });
  } catch (error) {
    throw unreadable(error);
  }
  const compared = Math.min(a.size, b.size);
  let differences = Math.abs(a.size - b.size);
  let firstDifference: number | undefined = a.size === b.size ? undefined : compared;
  for (let i = 0; i < compared; i++) {
    if (
      a.leadIds[i] !== b.leadIds[i] ||
      !Object.is(a.scores[i], b.scores[i]) ||
      a.bands[i] !== b.bands[i] ||
      a.eligible[i] !== b.eligible[i]
    ) {
      differences++;
      if (firstDifference === undefined || i < firstDifference) firstDifference = i;
    }
  }
  return { same: differences === 0, compared, differences, firstDifference };
}
