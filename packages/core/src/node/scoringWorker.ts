// The worker entry of `@hotleads/core/node`'s pool (built as dist/scoringWorker.js and .cjs): each
// task is one shard, scored by `runScoringTask`. Node 20 cannot run a .ts worker, so the pool loads
// this file built, or from source through tsx (docs/scaling.md, "The worker pool").
import { runScoringTask, type ScoringReply, type ScoringTask } from './scoringTask';

/** Scores one shard in a worker thread (Piscina calls the default export). */
export default function scoringWorker(task: ScoringTask): ScoringReply {
  return runScoringTask(task);
}
