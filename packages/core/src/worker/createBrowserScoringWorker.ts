import { HotleadsError } from '../errors/HotleadsError';
import { unreadable } from '../errors/unreadable';
import type { Lead } from '../lead/types';
import type { ContactAttempt } from '../policy/types';
import { createScorer, type Scorer } from '../scoring/createScorer';
import { parseScoringModel } from '../scoring/parseScoringModel';
import type { ScoringModel } from '../scoring/types';
import { toEpochMs } from '../time/toEpochMs';
import { requireList } from '../validation/requireList';
import { requireOptions } from '../validation/requireOptions';
import { createBatchScorer } from './createBatchScorer';
import { encodeNdjson } from './ndjson';
import type { ScoringRequest, ScoringResponse } from './protocol';
import type { BatchScoreOptions, BatchScores } from './types';

/**
 * The part of a `Worker` that {@link createBrowserScoringWorker} uses (a DOM `Worker` has it all;
 * a test passes its own).
 */
export type ScoringWorkerPort = {
  postMessage(message: ScoringRequest, transfer: ArrayBuffer[]): void;
  addEventListener(type: 'message' | 'error' | 'messageerror', listener: (event: { data?: unknown }) => void): void;
  removeEventListener(type: 'message' | 'error' | 'messageerror', listener: (event: { data?: unknown }) => void): void;
  terminate?(): void;
};

/** Options for {@link createBrowserScoringWorker}. */
export type BrowserScoringWorkerOptions = {
  /** The model every lead is scored against (validated once, here). */
  model: ScoringModel;
};

/** A Web Worker that scores batches of leads, as promises. */
export type BrowserScoringWorker = {
  /**
   * Scores leads of this thread in the worker. They travel as NDJSON bytes, written here (one
   * `JSON.stringify` per lead) and moved to the worker without a copy; the scores come back as
   * typed arrays, the same numbers as {@link scoreBatch} in this thread. The worker sees the
   * leads as JSON writes them: a `Date` becomes its ISO string (which scores the same), `NaN`
   * becomes `null` and `undefined` fields are left out.
   */
  score(leads: Iterable<Lead>, options: BatchScoreOptions): Promise<BatchScores>;
  /**
   * Scores NDJSON bytes (one lead per line, e.g. `new Uint8Array(await response.arrayBuffer())`)
   * in the worker. The bytes move without a copy: when they fill their buffer, the buffer is
   * detached afterwards; a view of part of a buffer is copied first.
   */
  scoreBytes(bytes: Uint8Array, options: BatchScoreOptions): Promise<BatchScores>;
  /** Rejects what is pending and stops the worker (`worker.terminate()`); the client cannot be used afterwards. */
  terminate(): void;
};

const TERMINATED = 'The scoring worker was terminated';
const FAILED = 'The scoring worker failed (an error in the worker, or a message it could not read)';

/** Options as posted: plain data (`now` as epoch ms), checked here so errors are thrown where the call is. */
function wireOptions(score: Scorer, options: BatchScoreOptions): BatchScoreOptions {
  createBatchScorer(score, options);
  const out: BatchScoreOptions = { now: toEpochMs(options.now, ['now']) };
  if (options.policy !== undefined) out.policy = options.policy;
  if (options.touches !== undefined) out.touches = [...requireList<ContactAttempt>(options.touches, ['touches'])];
  if (options.channel !== undefined) out.channel = options.channel;
  return out;
}

function requirePort(worker: unknown): ScoringWorkerPort {
  const w = worker as Partial<ScoringWorkerPort> | null;
  if (
    w === null ||
    typeof w !== 'object' ||
    typeof w.postMessage !== 'function' ||
    typeof w.addEventListener !== 'function' ||
    typeof w.removeEventListener !== 'function' ||
    (w.terminate !== undefined && typeof w.terminate !== 'function')
  )
    throw new HotleadsError('INVALID_ARGUMENT', 'Expected a Worker (postMessage and addEventListener)', {
      path: ['worker'],
    });
  return w as ScoringWorkerPort;
}

/**
 * The page's side of a scoring worker: `worker` runs {@link serveScoringWorker}, and this client
 * posts it batches and resolves with their scores (`Float64Array` scores, `Uint8Array` band
 * ranks and eligibility, as the Node pool of `@hotleads/core/node` returns). Leads travel as
 * UTF-8 NDJSON in a transferred buffer, never as structured-cloned objects (docs/scaling.md,
 * "Scoring in the browser"). Explanations stay on the page: score the few leads shown with
 * `createScorer(model)`.
 *
 * @example
 * const worker = new Worker(new URL('./scoring.worker.ts', import.meta.url), { type: 'module' });
 * const scoring = createBrowserScoringWorker(worker, { model: b2bLeadModel });
 * const batch = await scoring.score(leads, { now });
 * scoring.terminate();
 * @throws HotleadsError `INVALID_ARGUMENT` for something that is not a Worker or bad options,
 *   `INVALID_MODEL` for a bad model; `score` and `scoreBytes` reject with the error of the
 *   options (as thrown here) or of a lead (`INVALID_LEAD` at `['leads', i, …]`, or
 *   `['line', n]` for a line of bytes that is not JSON); `INVALID_REQUEST` when the worker
 *   fails (an error event); `INVALID_ARGUMENT` for what is pending or asked after `terminate`.
 */
export function createBrowserScoringWorker(
  worker: ScoringWorkerPort,
  options: BrowserScoringWorkerOptions,
): BrowserScoringWorker {
  let port: ScoringWorkerPort;
  let model: ScoringModel;
  let score: Scorer;
  try {
    port = requirePort(worker);
    requireOptions(options);
    model = parseScoringModel(options.model);
    score = createScorer(model);
  } catch (error) {
    throw unreadable(error);
  }
  const pending = new Map<number, { resolve: (b: BatchScores) => void; reject: (e: unknown) => void }>();
  let next = 1;
  let terminated = false;
  const failAll = (code: 'INVALID_ARGUMENT' | 'INVALID_REQUEST', detail: string) => {
    for (const p of pending.values()) p.reject(new HotleadsError(code, detail));
    pending.clear();
  };
  const onMessage = (event: { data?: unknown }) => {
    const r = event.data as ScoringResponse | undefined;
    if (r === null || typeof r !== 'object' || r.hotleads !== 'scored') return;
    const p = pending.get(r.id);
    if (p === undefined) return;
    pending.delete(r.id);
    if (r.ok) p.resolve(r.batch);
    else p.reject(new HotleadsError(r.code as never, r.detail, { path: r.path }));
  };
  const onError = () => failAll('INVALID_REQUEST', FAILED);
  port.addEventListener('message', onMessage);
  port.addEventListener('error', onError);
  port.addEventListener('messageerror', onError);

  const post = (bytes: Uint8Array, batchOptions: BatchScoreOptions): Promise<BatchScores> => {
    const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
    const sent = whole && bytes.buffer instanceof ArrayBuffer ? bytes : bytes.slice();
    const id = next++;
    const request: ScoringRequest = { hotleads: 'score', id, model, bytes: sent, options: batchOptions };
    return new Promise<BatchScores>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      try {
        port.postMessage(request, [sent.buffer as ArrayBuffer]);
      } catch (error) {
        pending.delete(id);
        reject(new HotleadsError('INVALID_REQUEST', FAILED, { cause: error }));
      }
    });
  };
  const open = () => {
    if (terminated) throw new HotleadsError('INVALID_ARGUMENT', TERMINATED);
  };
  return {
    async score(leads, batchOptions) {
      try {
        open();
        const opts = wireOptions(score, batchOptions);
        const list = requireList<Lead>(leads, ['leads']);
        return await post(encodeNdjson(list), opts);
      } catch (error) {
        throw unreadable(error);
      }
    },
    async scoreBytes(bytes, batchOptions) {
      try {
        open();
        const opts = wireOptions(score, batchOptions);
        if (!(bytes instanceof Uint8Array))
          throw new HotleadsError('INVALID_ARGUMENT', 'Expected NDJSON bytes (a Uint8Array)', { path: ['bytes'] });
        return await post(bytes, opts);
      } catch (error) {
        throw unreadable(error);
      }
    },
    terminate() {
      if (terminated) return;
      terminated = true;
      port.removeEventListener('message', onMessage);
      port.removeEventListener('error', onError);
      port.removeEventListener('messageerror', onError);
      failAll('INVALID_ARGUMENT', TERMINATED);
      port.terminate?.();
    },
  };
}
