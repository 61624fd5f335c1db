import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { HotleadsError } from '../errors/HotleadsError';
import { unreadable } from '../errors/unreadable';
import type { Lead } from '../lead/types';
import type { ContactAttempt } from '../policy/types';
import { parseScoringModel } from '../scoring/parseScoringModel';
import type { LeadScore, ScoringModel } from '../scoring/types';
import { toEpochMs } from '../time/toEpochMs';
import { requireList } from '../validation/requireList';
import { requireOptions } from '../validation/requireOptions';
import { createBatchScorer } from '../worker/createBatchScorer';
import type { BatchScoreOptions, BatchScores } from '../worker/types';
import { concatBatches } from './concatBatches';
import { encodeLeads, type WireSource } from './readShard';
import { replyError, type ScoringReply, type ScoringTask } from './scoringTask';
import type { BatchEntry, ShardSource } from './types';
import { workerFile } from './workerFile';

/** Options for {@link createScoringPool}. */
export type ScoringPoolOptions = {
  /** The model every lead is scored against (validated once, here). */
  model: ScoringModel;
  /** Worker threads (default `os.availableParallelism()`). */
  threads?: number;
};

/** A pool of worker threads scoring shards of leads against one model. */
export type ScoringPool = {
  /** The number of worker threads. */
  readonly threads: number;
  /**
   * Scores every shard (one task per shard, so give at least as many shards as threads) and
   * returns the scores in shard order, then input order: the same numbers as scoring each lead
   * with `createScorer(model)(lead, { now, explain: false })` in this thread.
   */
  score(shards: readonly ShardSource[], options: BatchScoreOptions): Promise<BatchScores>;
  /** The full `LeadScore` (contributions and reasons) of a few entries, read again from their shards. */
  explain(
    shards: readonly ShardSource[],
    entries: readonly BatchEntry[],
    options: BatchScoreOptions,
  ): Promise<LeadScore[]>;
  /** Stops the threads; the pool cannot be used afterwards. */
  close(): Promise<void>;
};

const SHARDS = ['shards'];
/** The most threads a pool starts. */
const MAX_THREADS = 64;

/** A source as posted: leads in this thread become NDJSON bytes, bytes move without a copy. */
function wire(source: ShardSource, i: number): { source: WireSource; transfer: ArrayBuffer[] } {
  try {
    requireOptions(source);
    if (Object.hasOwn(source, 'leads')) {
      const bytes = encodeLeads((source as { leads: readonly Lead[] }).leads);
      return { source: { bytes }, transfer: [bytes.buffer as ArrayBuffer] };
    }
    if (Object.hasOwn(source, 'bytes')) {
      const { bytes } = source as { bytes: Uint8Array };
      const whole =
        bytes instanceof Uint8Array && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
      return {
        source: source as WireSource,
        transfer: whole && bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : [],
      };
    }
    if (Object.hasOwn(source, 'demo')) {
      const demo = source as { demo: unknown; size: unknown; seed: unknown; now: unknown };
      return {
        source: {
          demo: demo.demo as 'b2b',
          size: demo.size as number,
          seed: demo.seed as number,
          now: toEpochMs(demo.now as number, ['now']),
        },
        transfer: [],
      };
    }
    return { source: source as WireSource, transfer: [] };
  } catch (error) {
    throw HotleadsError.wrap(error, ['shards', i]);
  }
}

/** Options as posted: plain data (`now` as epoch ms), checked here first so errors are the same as in one thread. */
function wireOptions(model: ScoringModel, options: BatchScoreOptions): BatchScoreOptions {
  createBatchScorer(model, options);
  const out: BatchScoreOptions = { now: toEpochMs(options.now, ['now']) };
  if (options.policy !== undefined) out.policy = options.policy;
  if (options.touches !== undefined) out.touches = [...requireList<ContactAttempt>(options.touches, ['touches'])];
  if (options.channel !== undefined) out.channel = options.channel;
  return out;
}

/**
 * Starts a pool of worker threads (piscina) that score shards of leads: each worker reads or
 * generates its own shard (an NDJSON file, bytes, or a demo seed) and sends back typed arrays,
 * never lead objects (docs/scaling.md). Node only: import it from `@hotleads/core/node`.
 *
 * @example
 * const pool = createScoringPool({ model: b2bLeadModel, threads: 2 });
 * const batch = await pool.score([{ ndjson: 'leads-0.ndjson' }, { ndjson: 'leads-1.ndjson' }], { now });
 * await pool.close();
 * @throws HotleadsError `INVALID_MODEL` for a bad model, `INVALID_ARGUMENT` for bad options;
 *   `score` and `explain` reject with the shard's error, its path starting `['shards', i]`.
 */
export function createScoringPool(options: ScoringPoolOptions): ScoringPool {
  let model: ScoringModel;
  let threads: number;
  try {
    requireOptions(options);
    model = parseScoringModel(options.model);
    threads = options.threads ?? availableParallelism();
    if (!Number.isInteger(threads) || threads < 1 || threads > MAX_THREADS)
      throw new HotleadsError('INVALID_ARGUMENT', 'threads must be a whole number from 1 to 64', { path: ['threads'] });
  } catch (error) {
    throw unreadable(error);
  }
  const modelKey = JSON.stringify(model);
  const { filename, execArgv } = workerFile(import.meta.url);
  const piscina = new Piscina<ScoringTask, ScoringReply>({
    filename,
    execArgv,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
  });
  let closed = false;
  const run = (source: ShardSource, i: number, opts: BatchScoreOptions, explain?: number[]) => {
    const { source: posted, transfer } = wire(source, i);
    const task: ScoringTask = { model, modelKey, source: posted, options: opts };
    if (explain !== undefined) task.explain = explain;
    return piscina.run(task, { transferList: transfer }).then((reply) => {
      if (!reply.ok) throw replyError(reply, i);
      return reply;
    });
  };
  const open = () => {
    if (closed) throw new HotleadsError('INVALID_ARGUMENT', 'The scoring pool is closed');
  };
  return {
    threads,
    async score(shards, batchOptions) {
      try {
        open();
        const list = requireList<ShardSource>(shards, SHARDS);
        const opts = wireOptions(model, batchOptions);
        const replies = await Promise.all(list.map((s, i) => run(s, i, opts)));
        return concatBatches(replies.map((r) => (r as { batch: BatchScores }).batch));
      } catch (error) {
        throw unreadable(error);
      }
    },
    async explain(shards, entries, batchOptions) {
      try {
        return await explainEntries(shards, entries, batchOptions);
      } catch (error) {
        throw unreadable(error);
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await piscina.destroy();
    },
  };
  async function explainEntries(
    shards: readonly ShardSource[],
    entries: readonly BatchEntry[],
    batchOptions: BatchScoreOptions,
  ): Promise<LeadScore[]> {
    open();
    const list = requireList<ShardSource>(shards, SHARDS);
    const wanted = requireList<BatchEntry>(entries, ['entries']);
    const opts = wireOptions(model, batchOptions);
    const byShard = new Map<number, number[]>();
    wanted.forEach((e, k) => {
      if (
        e === null ||
        typeof e !== 'object' ||
        !Number.isInteger(e.shard) ||
        e.shard < 0 ||
        e.shard >= list.length ||
        !Number.isInteger(e.index) ||
        e.index < 0
      )
        throw new HotleadsError('INVALID_ARGUMENT', 'An entry is { shard, index } within the shards given', {
          path: ['entries', k],
        });
      const indexes = byShard.get(e.shard) ?? [];
      indexes.push(e.index);
      byShard.set(e.shard, indexes);
    });
    const found = new Map<string, LeadScore>();
    await Promise.all(
      [...byShard].map(async ([shard, indexes]) => {
        const reply = (await run(list[shard]!, shard, opts, indexes)) as { explained: Array<LeadScore | undefined> };
        indexes.forEach((index, k) => {
          const s = reply.explained[k];
          if (s !== undefined) found.set(`${shard}:${index}`, s);
        });
      }),
    );
    return wanted.map((e, k) => {
      const s = found.get(`${e.shard}:${e.index}`);
      if (s === undefined)
        throw new HotleadsError('NOT_FOUND', 'No lead at this position of the shard', { path: ['entries', k] });
      return s;
    });
  }
}
