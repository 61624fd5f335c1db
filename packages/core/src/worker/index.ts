// @hotleads/core/worker — scoring in a Web Worker, browser-safe (no node: imports).
//
// Audience: a web app scoring a book too large for the page's main thread to score without
// freezing it. Two sides: the worker module calls `serveScoringWorker()`, and the page talks to
// it through `createBrowserScoringWorker(worker, { model })`. Leads travel as UTF-8 NDJSON in a
// transferred buffer, scores come back as typed arrays, as in `@hotleads/core/node`'s pool
// (docs/scaling.md, "Scoring in the browser").

export { createBrowserScoringWorker } from './createBrowserScoringWorker';
export type {
  BrowserScoringWorker,
  BrowserScoringWorkerOptions,
  ScoringWorkerPort,
} from './createBrowserScoringWorker';
export { serveScoringWorker } from './serveScoringWorker';
export type { ScoringWorkerScope } from './serveScoringWorker';
export { handleScoringRequest } from './handleScoringRequest';
export type { ScoringReply } from './handleScoringRequest';
export type { ScoringRequest, ScoringResponse } from './protocol';
export { scoreBatch } from './scoreBatch';
export { compareBatches } from './compareBatches';
export type { BatchComparison } from './compareBatches';
export type { BatchScoreOptions, BatchScores } from './types';
