// The boundary fuzz specs of @hotleads/core/node (run by boundary.node.fuzz.test.ts). Kept apart from
// boundarySpecs.ts because they write shard files and start worker threads. Oracles on success: a
// batch has one entry per lead of every shard, in order, with exactly the single-thread scorer's
// score and band; the pool gives what `scoreShards` gives in this thread, and `explain` gives the
// full score of the entries asked for.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import type { SpecTable } from '../../../../test/boundary/harness';
import { hostile, validOrSpoiled as v } from '../../../../test/boundary/hostile';
import { generateB2bLeads } from '../demo/generateB2bLeads';
import type { Lead } from '../lead/types';
import { b2bLeadModel } from '../models/b2bLeadModel';
import { collectionsHotLeadModel } from '../models/collectionsHotLeadModel';
import { bandRank } from '../scoring/bands';
import { createScorer } from '../scoring/createScorer';
import type { ScoringModel } from '../scoring/types';
import type * as node from '../node/index';
import type { BatchScores } from '../worker/types';
import { leadArb } from './arbitraries';

const NOW_MS = Date.UTC(2026, 10, 22, 15);
const now = fc.constantFrom<unknown>(NOW_MS, new Date(NOW_MS).toISOString());

/** A small seeded b2b book (two equal seeds give equal books). */
const b2bBook = fc
  .record({ size: fc.nat(5), seed: fc.nat(3) })
  .map(({ size, seed }) => generateB2bLeads({ size, seed, now: NOW_MS }));
const encode = (leads: readonly Lead[]) => new TextEncoder().encode(leads.map((l) => JSON.stringify(l)).join('\n'));

/** Shard files written once: a valid one, one with a line that is not JSON, and a path that does not exist. */
const dir = mkdtempSync(join(tmpdir(), 'hotleads-node-fuzz-'));
const fileLeads = generateB2bLeads({ size: 4, seed: 7, now: NOW_MS });
const goodFile = join(dir, 'good.ndjson');
const badFile = join(dir, 'bad.ndjson');
writeFileSync(goodFile, `${fileLeads.map((l) => JSON.stringify(l)).join('\n')}\n\n`);
writeFileSync(badFile, `${JSON.stringify(fileLeads[0])}\n{not json\n`);
const files = new Map<string, readonly Lead[]>([[goodFile, fileLeads]]);
/** Removes the shard files (the suite calls it after its last case). */
export const removeShardFiles = () => rmSync(dir, { recursive: true, force: true });

const validSource = fc.oneof(
  fc.record({ leads: fc.oneof(b2bBook, fc.array(leadArb, { maxLength: 3 })) }),
  fc.record({ demo: fc.constant('b2b'), size: fc.nat(6), seed: fc.nat(3), now }),
  fc.constant({ ndjson: goodFile }),
);
/** Sources refused by what they hold, not by their shape: a line that is not JSON, a missing file, an empty path. */
const badSource = fc.record({ ndjson: fc.constantFrom(badFile, join(dir, 'missing.ndjson'), '') });
const source = fc.oneof({ arbitrary: validSource, weight: 4 }, badSource);
/** In-thread shards may also be bytes (the pool detaches a `bytes` buffer it moves, by design: docs/scaling.md). */
const inThreadSource = fc.oneof({ arbitrary: source, weight: 3 }, fc.record({ bytes: b2bBook.map(encode) }));
const shards = (s: fc.Arbitrary<unknown>) =>
  fc.oneof(
    { arbitrary: fc.array(s, { maxLength: 3 }), weight: 3 },
    { arbitrary: fc.array(v(s), { maxLength: 3 }), weight: 1 },
    hostile,
  );
const model = fc.constantFrom<ScoringModel>(b2bLeadModel, collectionsHotLeadModel);
const options = fc.record({ now }, { requiredKeys: ['now'] });
const args = (...parts: fc.Arbitrary<unknown>[]) =>
  fc.oneof({ arbitrary: fc.tuple(...parts), weight: 1 }, { arbitrary: fc.tuple(...parts.map((p) => v(p))), weight: 2 });

/** The leads of a shard as the single-thread oracle reads them (only valid shards reach it). */
function leadsOf(s: unknown): readonly Lead[] {
  const o = s as Record<string, unknown>;
  if ('leads' in o) return o.leads as Lead[];
  if ('demo' in o) return generateB2bLeads({ size: o.size as number, seed: o.seed as number, now: NOW_MS });
  if ('ndjson' in o) return files.get(o.ndjson as string) ?? [];
  return new TextDecoder()
    .decode(o.bytes as Uint8Array)
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Lead);
}

/** One entry per lead of every shard, in order, with the single-thread scorer's exact score and band. */
function expectSingleThread(b: BatchScores, sources: readonly unknown[], m: ScoringModel): void {
  const score = createScorer(m);
  const leads = sources.flatMap(leadsOf);
  expect(b.scores).toBeInstanceOf(Float64Array);
  expect(b.bands).toBeInstanceOf(Uint8Array);
  expect(b.eligible).toBeInstanceOf(Uint8Array);
  expect(b.size).toBe(leads.length);
  leads.forEach((lead, i) => {
    const s = score(lead, { now: NOW_MS, explain: false });
    expect(b.leadIds[i]).toBe(s.leadId);
    expect(Object.is(b.scores[i], s.score)).toBe(true);
    expect(b.bands[i]).toBe(bandRank(s.band));
  });
}

export const nodeSpecs: SpecTable = {
  scoreShards: {
    args: args(shards(inThreadSource), model, options),
    numRuns: 150,
    check: (r, [sources, m]) => expectSingleThread(r as BatchScores, sources as unknown[], m as ScoringModel),
  },
  createScoringPool: {
    // Each valid call starts real worker threads (from source through tsx): few runs, a long limit.
    args: args(
      fc.oneof(
        { arbitrary: fc.record({ model, threads: fc.constantFrom(1, 2) }, { requiredKeys: ['model'] }), weight: 3 },
        fc.record({ model, threads: fc.constantFrom<unknown>(0, 65, 1.5, '2') }),
      ),
      fc.oneof({ arbitrary: fc.array(validSource, { minLength: 1, maxLength: 3 }), weight: 3 }, shards(source)),
      options,
    ),
    numRuns: 16,
    timeLimitMs: 30_000,
    call: async ([poolOptions, sources, batchOptions], _ctx, f) => {
      const pool = (f as typeof node.createScoringPool)(poolOptions as node.ScoringPoolOptions);
      try {
        const batch = await pool.score(sources as node.ShardSource[], batchOptions as { now: number });
        const first =
          batch.size > 0 ? [{ shard: (sources as unknown[]).findIndex((s) => leadsOf(s).length > 0), index: 0 }] : [];
        const explained = await pool.explain(sources as node.ShardSource[], first, batchOptions as { now: number });
        return { batch, explained };
      } finally {
        await pool.close();
      }
    },
    check: (r, [poolOptions, sources]) => {
      const { batch, explained } = r as { batch: BatchScores; explained: Array<{ leadId: string; score: number }> };
      const m = (poolOptions as { model: ScoringModel }).model;
      expectSingleThread(batch, sources as unknown[], m);
      const lead = (sources as unknown[]).flatMap(leadsOf)[0];
      if (lead === undefined) return expect(explained).toEqual([]);
      const full = createScorer(m)(lead, { now: NOW_MS });
      expect(explained.map((s) => [s.leadId, s.score])).toEqual([[full.leadId, full.score]]);
    },
  },
};
