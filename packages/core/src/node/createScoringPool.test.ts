// @hotleads/core/node: the pool gives exactly the single-thread scores (a seeded property test),
// whatever the shard source; errors keep their code and path across the thread boundary; and the
// main entry never reaches node:worker_threads.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ts from 'typescript';
import { generateB2bLeads } from '../demo/generateB2bLeads';
import { isHotleadsError } from '../errors/HotleadsError';
import type { Lead } from '../lead/types';
import { b2bLeadModel } from '../models/b2bLeadModel';
import { regFPolicy } from '../policy/regFPolicy';
import { bandRank } from '../scoring/bands';
import { createScorer } from '../scoring/createScorer';
import { scoreLead } from '../scoring/scoreLead';
import { rankQueue } from '../queue/rankQueue';
import { leadArb, modelArb, NOW } from '../__tests__/arbitraries';
import { createScoringPool, scoreShards, type ScoringPool, type ShardSource } from './index';

const SEED = 20261202;
const now = NOW;
let pool: ScoringPool;
let dir: string;

beforeAll(() => {
  pool = createScoringPool({ model: b2bLeadModel, threads: 2 });
  dir = mkdtempSync(join(tmpdir(), 'hotleads-pool-'));
});
afterAll(async () => {
  await pool.close();
  rmSync(dir, { recursive: true, force: true });
});

/** What the single-thread call says of each lead, in order. */
function expected(leads: readonly Lead[], model = b2bLeadModel) {
  const score = createScorer(model);
  return leads.map((lead) => score(lead, { now, explain: false }));
}

const ndjson = (leads: readonly Lead[]) => leads.map((l) => JSON.stringify(l)).join('\n') + '\n';

describe('createScoringPool', () => {
  it('scores exactly as the single-thread call, for every source and shard split', { timeout: 90_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.array(fc.integer({ min: 0, max: 120 }), { minLength: 1, maxLength: 4 }),
        fc.array(leadArb, { maxLength: 20 }),
        async (seed, sizes, odd) => {
          const shards: ShardSource[] = sizes.map((size, i) => ({ demo: 'b2b', size, seed: seed + i, now }));
          const demoLeads = sizes.flatMap((size, i) => generateB2bLeads({ size, seed: seed + i, now }));
          const oddLeads = odd.map((l, i) => ({ ...l, id: `odd-${i}` }));
          const all = [...demoLeads, ...oddLeads];
          const bytes = new TextEncoder().encode(ndjson(oddLeads.slice(0, 10)));
          const file = join(dir, `odd-${seed}.ndjson`);
          writeFileSync(file, ndjson(oddLeads.slice(10)));
          const batch = await pool.score([...shards, { bytes }, { ndjson: file }], { now });
          const inline = scoreShards([...shards, { leads: oddLeads.slice(0, 10) }, { ndjson: file }], b2bLeadModel, {
            now,
          });
          const want = expected(all);
          expect(batch.size).toBe(want.length);
          expect(batch.leadIds).toEqual(want.map((s) => s.leadId));
          want.forEach((s, i) => {
            expect(Object.is(batch.scores[i], s.score)).toBe(true);
            expect(batch.bands[i]).toBe(bandRank(s.band));
          });
          expect(batch.eligible.every((e) => e === 1)).toBe(true);
          expect(inline).toEqual(batch);
        },
      ),
      { seed: SEED, numRuns: 15 },
    );
  });

  it('gives the same eligibility as rankQueue under a policy and touches', async () => {
    const leads = generateB2bLeads({ size: 300, seed: 5, now }).map((l, i) => ({
      ...l,
      timeZone: i % 3 === 0 ? 'Asia/Tokyo' : 'America/Chicago',
      flags: i % 7 === 0 ? ['dispute'] : [],
    }));
    const touches = leads.slice(0, 40).flatMap((l) =>
      Array.from({ length: 7 }, (_, k) => ({
        leadId: l.id,
        channel: 'call' as const,
        at: now - (k + 1) * 3_600_000,
      })),
    );
    const options = { now, policy: regFPolicy, touches };
    const batch = await pool.score([{ leads: leads.slice(0, 150) }, { leads: leads.slice(150) }], options);
    const queue = rankQueue(leads, b2bLeadModel, { ...options, explain: false });
    const eligible = new Map(queue.map((e) => [e.leadId, e.eligible]));
    leads.forEach((l, i) => expect(batch.eligible[i]).toBe(eligible.get(l.id) ? 1 : 0));
    expect(batch.eligible.includes(0)).toBe(true);
    expect(batch.eligible.includes(1)).toBe(true);
  });

  it('explains entries on demand, as scoreLead does', async () => {
    const shards: ShardSource[] = [
      { demo: 'b2b', size: 50, seed: 3, now },
      { demo: 'b2b', size: 50, seed: 4, now },
    ];
    const [a, b] = await pool.explain(
      shards,
      [
        { shard: 1, index: 7 },
        { shard: 0, index: 0 },
      ],
      { now },
    );
    expect(a).toEqual(scoreLead(generateB2bLeads({ size: 50, seed: 4, now })[7]!, b2bLeadModel, { now }));
    expect(b).toEqual(scoreLead(generateB2bLeads({ size: 50, seed: 3, now })[0]!, b2bLeadModel, { now }));
    await expect(pool.explain(shards, [{ shard: 0, index: 50 }], { now })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      path: ['entries', 0],
    });
  });

  it('scores random models as the single-thread call', { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(modelArb, fc.array(leadArb, { maxLength: 30 }), async (model, leads) => {
        const withIds = leads.map((l, i) => ({ ...l, id: `L-${i}` }));
        const p = createScoringPool({ model, threads: 1 });
        try {
          const batch = await p.score([{ leads: withIds }], { now });
          expected(withIds, model).forEach((s, i) => expect(Object.is(batch.scores[i], s.score)).toBe(true));
        } finally {
          await p.close();
        }
      }),
      { seed: SEED, numRuns: 3 },
    );
  });

  it('keeps error codes and paths across threads, the same as in one thread', async () => {
    const file = join(dir, 'bad.ndjson');
    writeFileSync(file, '{"id":"a"}\n\n{"id":\n');
    const cases: ShardSource[][] = [
      [{ demo: 'b2b', size: 2, seed: 1, now }, { ndjson: file }],
      [{ leads: [{ id: 'a' }, { id: '' } as Lead] }],
      [{ ndjson: join(dir, 'missing.ndjson') }],
      [{ nothing: true } as unknown as ShardSource],
    ];
    for (const shards of cases) {
      const inline = (() => {
        try {
          scoreShards(shards, b2bLeadModel, { now });
        } catch (error) {
          return error;
        }
        throw new Error('expected an error');
      })();
      expect(isHotleadsError(inline)).toBe(true);
      const pooled = await pool.score(shards, { now }).catch((e: unknown) => e);
      expect(isHotleadsError(pooled)).toBe(true);
      expect(pooled).toMatchObject({
        code: (inline as { code: string }).code,
        path: (inline as { path: unknown }).path,
      });
    }
    await expect(pool.score([{ ndjson: file }], { now })).rejects.toMatchObject({
      code: 'INVALID_LEAD',
      path: ['shards', 0, 'line', 2],
    });
    expect(() => createScoringPool({ model: b2bLeadModel, threads: 0 })).toThrow(/threads/);
    const closed = createScoringPool({ model: b2bLeadModel, threads: 1 });
    await closed.close();
    await expect(closed.score([], { now })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });
});

describe('the main entry', () => {
  it('imports nothing from node: (no worker_threads, no fs), so it runs in a browser', () => {
    const seen = new Set<string>();
    const builtins: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
      for (const { fileName } of importedFiles) {
        if (fileName.startsWith('node:') || fileName === 'piscina') builtins.push(`${file}: ${fileName}`);
        if (!fileName.startsWith('.')) continue;
        const base = resolve(dirname(file), fileName);
        for (const candidate of [`${base}.ts`, join(base, 'index.ts')]) {
          try {
            readFileSync(candidate);
            visit(candidate);
            break;
          } catch {
            // not this candidate
          }
        }
      }
    };
    visit(resolve(__dirname, '../index.ts'));
    expect(seen.size).toBeGreaterThan(50);
    expect(builtins).toEqual([]);
  });
});
