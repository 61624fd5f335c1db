import { HotleadsError } from '../errors/HotleadsError';
import { unreadable } from '../errors/unreadable';
import { handleScoringRequest } from './handleScoringRequest';

/**
 * The part of a worker's global scope that {@link serveScoringWorker} uses (a
 * `DedicatedWorkerGlobalScope` has both; a test passes its own).
 */
export type ScoringWorkerScope = {
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  removeEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown, transfer: ArrayBuffer[]): void;
};

function requireScope(target: unknown): ScoringWorkerScope {
  try {
    const t = target as Partial<ScoringWorkerScope> | null;
    if (
      t !== null &&
      typeof t === 'object' &&
      typeof t.addEventListener === 'function' &&
      typeof t.removeEventListener === 'function' &&
      typeof t.postMessage === 'function'
    )
      return t as ScoringWorkerScope;
  } catch (error) {
    throw unreadable(error, 'INVALID_ARGUMENT', ['scope']);
  }
  throw new HotleadsError('INVALID_ARGUMENT', 'Expected a worker scope with addEventListener and postMessage', {
    path: ['scope'],
  });
}

/**
 * Makes this Web Worker a scoring worker: each `{ hotleads: 'score' }` message is answered by
 * {@link handleScoringRequest}, the scores' buffers transferred back; other messages are left
 * alone. Call it in the worker's module (`serveScoringWorker()`), and talk to the worker from
 * the page with {@link createBrowserScoringWorker}.
 *
 * @example
 * // scoring.worker.ts, started with new Worker(new URL('./scoring.worker.ts', import.meta.url), { type: 'module' })
 * import { serveScoringWorker } from '@hotleads/core/worker';
 * serveScoringWorker();
 * @param scope The worker's global scope (default `globalThis`).
 * @returns A function that stops serving (removes the listener).
 * @throws HotleadsError `INVALID_ARGUMENT` when `scope` has no `addEventListener` and `postMessage`
 *   (not a worker, e.g. called on a page's main thread under a server renderer).
 */
export function serveScoringWorker(scope?: ScoringWorkerScope): () => void {
  const port = requireScope(scope ?? globalThis);
  const listener = (event: { data: unknown }) => {
    const reply = handleScoringRequest(event.data);
    if (reply !== undefined) port.postMessage(reply.response, reply.transfer);
  };
  port.addEventListener('message', listener);
  return () => port.removeEventListener('message', listener);
}
