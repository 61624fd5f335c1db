import { HotleadsError, isHotleadsError } from '../errors/HotleadsError';
import type { Lead } from '../lead/types';
import { createScorer, type Scorer } from '../scoring/createScorer';
import type { ScoringModel } from '../scoring/types';
import { createBatchScorer } from './createBatchScorer';
import { eachNdjsonValue } from './ndjson';
import type { ScoringRequest, ScoringResponse } from './protocol';

/** What {@link handleScoringRequest} posts back: the response and the buffers to transfer with it. */
export type ScoringReply = { response: ScoringResponse; transfer: ArrayBuffer[] };

/** The detail of a message that is not a {@link ScoringRequest}. */
const NOT_A_REQUEST = 'Expected a scoring request: { hotleads: "score", id, model, bytes, options }';

/** Compiled scorers by model JSON, so a worker compiles each model once (at most 8 kept). */
const scorers = /* @__PURE__ */ (() => new Map<string, Scorer>())();

function scorerOf(model: ScoringModel): Scorer {
  const key = JSON.stringify(model);
  let score = scorers.get(key);
  if (score === undefined) {
    score = createScorer(model);
    if (scorers.size >= 8) scorers.clear();
    scorers.set(key, score);
  }
  return score;
}

function isRequest(message: unknown): message is ScoringRequest {
  if (message === null || typeof message !== 'object') return false;
  const m = message as Record<string, unknown>;
  return (
    Object.hasOwn(m, 'hotleads') &&
    m.hotleads === 'score' &&
    Object.hasOwn(m, 'id') &&
    Number.isSafeInteger(m.id) &&
    Object.hasOwn(m, 'bytes') &&
    m.bytes instanceof Uint8Array
  );
}

/**
 * What a scoring worker does with one message (the whole worker, minus `postMessage`; call it
 * directly to test the protocol without a Worker): parses the request's NDJSON bytes, scores
 * every lead with `createScorer(model)(lead, { now, explain: false })` into typed arrays, and
 * returns the response with those arrays' buffers to transfer. Errors come back as data (an
 * `ok: false` response), never thrown, so the worker keeps running.
 *
 * @example
 * const bytes = new TextEncoder().encode('{"id":"L-1","budget":90000}\n');
 * const { response, transfer } = handleScoringRequest({ hotleads: 'score', id: 1, model, bytes, options: { now } });
 * @returns `undefined` for a message that is not a hotleads request (`hotleads` is not `'score'`, or cannot be read),
 *   which a worker serving other messages too leaves to its other handlers.
 */
export function handleScoringRequest(message: unknown): ScoringReply | undefined {
  let id: number;
  try {
    if (message === null || typeof message !== 'object' || (message as { hotleads?: unknown }).hotleads !== 'score')
      return undefined;
    id = Number.isSafeInteger((message as { id?: unknown }).id) ? (message as { id: number }).id : -1;
  } catch {
    // A message whose fields cannot be read (a Proxy or getter that throws; never a structured
    // clone, which is plain data) is not a request of ours.
    return undefined;
  }
  try {
    if (!isRequest(message)) throw new HotleadsError('INVALID_REQUEST', NOT_A_REQUEST);
    let score: Scorer;
    try {
      score = scorerOf(message.model);
    } catch (error) {
      throw HotleadsError.wrap(error, ['model']);
    }
    let batch: ReturnType<typeof createBatchScorer>;
    try {
      batch = createBatchScorer(score, message.options);
    } catch (error) {
      throw HotleadsError.wrap(error, ['options']);
    }
    let index = 0;
    eachNdjsonValue(message.bytes, (value) => {
      try {
        batch.add(value as Lead);
      } catch (error) {
        throw HotleadsError.wrap(error, ['leads', index]);
      }
      index++;
    });
    const result = batch.result();
    return {
      response: { hotleads: 'scored', id, ok: true, batch: result },
      transfer: [result.scores.buffer, result.bands.buffer, result.eligible.buffer] as ArrayBuffer[],
    };
  } catch (error) {
    const e = isHotleadsError(error)
      ? error
      : new HotleadsError('INVALID_REQUEST', 'The leads could not be scored', { cause: error });
    return {
      response: { hotleads: 'scored', id, ok: false, code: e.code, detail: e.detail, path: [...e.path] },
      transfer: [],
    };
  }
}
