import type { ScoringModel } from '../scoring/types';
import type { BatchScoreOptions, BatchScores } from './types';

/**
 * A request to a scoring worker: score the leads of `bytes` (UTF-8 NDJSON, one lead per line,
 * blank lines skipped) against `model` at `options.now`. Post it with `bytes.buffer` in the
 * transfer list, so the buffer moves to the worker without a copy (docs/scaling.md, "Scoring in
 * the browser").
 */
export type ScoringRequest = {
  /** Marks the message as hotleads' (a worker may take other messages too). */
  hotleads: 'score';
  /** Chosen by the sender; the response carries it back. */
  id: number;
  model: ScoringModel;
  bytes: Uint8Array;
  /** Plain data: `now` as epoch milliseconds, the policy and touches, if any. */
  options: BatchScoreOptions;
};

/**
 * A scoring worker's answer to the request `id`: the batch (its three typed arrays' buffers in
 * the transfer list), or the error it raised as data (code, detail and path survive the thread
 * boundary, which an `Error` would not).
 */
export type ScoringResponse =
  | { hotleads: 'scored'; id: number; ok: true; batch: BatchScores }
  | { hotleads: 'scored'; id: number; ok: false; code: string; detail: string; path: Array<string | number> };
