import { HotleadsError, isHotleadsError } from '../errors/HotleadsError';
import type { Lead } from '../lead/types';
import { createScorer, type Scorer } from '../scoring/createScorer';
import type { LeadScore, ScoringModel } from '../scoring/types';
import { createBatchScorer } from '../worker/createBatchScorer';
import type { BatchScoreOptions, BatchScores } from '../worker/types';
import { forEachLead, type WireSource } from './readShard';

/** @internal One shard's work, as posted to a worker (plain, structured-cloneable data). */
export type ScoringTask = {
  model: ScoringModel;
  /** Identifies `model` (its JSON): a worker compiles each model once. */
  modelKey: string;
  source: WireSource;
  options: BatchScoreOptions;
  /** Positions to explain instead of scoring the whole shard. */
  explain?: number[];
};

/** @internal A worker's answer: the shard's scores, the explained leads, or the error it threw. */
export type ScoringReply =
  | { ok: true; batch: BatchScores }
  | { ok: true; explained: Array<LeadScore | undefined> }
  | { ok: false; code: string; detail: string; path: Array<string | number> };

const scorers = /* @__PURE__ */ (() => new Map<string, Scorer>())();

function scorerOf(task: ScoringTask): Scorer {
  let score = scorers.get(task.modelKey);
  if (score === undefined) {
    if (scorers.size >= 8) scorers.clear();
    score = createScorer(task.model);
    scorers.set(task.modelKey, score);
  }
  return score;
}

/**
 * @internal Runs one task: reads or generates the shard and scores every lead into typed arrays
 * (or explains the asked positions). Errors come back as data, so their code and path survive the
 * thread boundary.
 */
export function runScoringTask(task: ScoringTask): ScoringReply {
  try {
    const batch = createBatchScorer(scorerOf(task), task.options);
    if (task.explain !== undefined) {
      const wanted = new Map(task.explain.map((index, k) => [index, k]));
      const explained = new Array<LeadScore | undefined>(task.explain.length).fill(undefined);
      forEachLead(task.source, (lead: Lead, index) => {
        const k = wanted.get(index);
        if (k !== undefined) explained[k] = batch.explain(lead);
      });
      return { ok: true, explained };
    }
    forEachLead(task.source, (lead) => batch.add(lead));
    return { ok: true, batch: batch.result() };
  } catch (error) {
    if (isHotleadsError(error)) return { ok: false, code: error.code, detail: error.detail, path: [...error.path] };
    return { ok: false, code: 'INVALID_ARGUMENT', detail: 'The shard could not be scored', path: [] };
  }
}

/** @internal The error a failed reply stands for, with the shard's index before its path. */
export function replyError(reply: Extract<ScoringReply, { ok: false }>, shard: number): HotleadsError {
  return new HotleadsError(reply.code as never, reply.detail, { path: ['shards', shard, ...reply.path] });
}
