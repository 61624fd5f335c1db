// npm run bench -- core : 1,000,000 b2b leads scored in this thread (scoreShards) and by the
// worker pool of @hotleads/core/node (createScoringPool), side by side in one run, explanations
// off. Three ways to feed the leads (docs/scaling.md, "Measured throughput"):
//   1. the leads are already objects in the main thread: the pool writes each shard as NDJSON bytes
//      and moves them (the encoding is paid in the main thread, and counted);
//   2. the leads are NDJSON files that each worker reads and parses itself (parse time counted,
//      in one thread too): the way the issue's 1.7× target is for;
//   3. each worker generates its shard from a seed (generation counted, in one thread too).
// Each figure is the best wall time of a few passes (the machine is shared; best is the least
// disturbed pass), after a warm-up that starts the threads and compiles the scorer in each.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { b2bLeadModel, type Lead } from '@hotleads/core';
import { generateB2bLeads } from '@hotleads/core/demo';
import { createScoringPool, scoreShards, type BatchScores, type ShardSource } from '@hotleads/core/node';
import { forEachLead } from '../src/node/readShard';

const NOW = Date.UTC(2026, 10, 22, 15);
const LEADS = 1_000_000;
const THREADS = availableParallelism();
/** Shards per thread: a few, so a thread that finishes early takes the next one. */
const SHARDS = THREADS * 4;
const SHARD_SIZE = LEADS / SHARDS;
const PASSES = 2;
const TARGET = 1.7;

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const options = { now: NOW };

/** The best wall time of `PASSES` runs of `fn`, in ms, and the last result. */
async function best(fn: () => BatchScores | Promise<BatchScores>): Promise<{ ms: number; batch: BatchScores }> {
  let ms = Infinity;
  let batch: BatchScores | undefined;
  for (let pass = 0; pass < PASSES; pass++) {
    const t = performance.now();
    batch = await fn();
    ms = Math.min(ms, performance.now() - t);
  }
  return { ms, batch: batch! };
}

/** The two batches hold the same leads with the same scores, bands and eligibility. */
function same(a: BatchScores, b: BatchScores): boolean {
  if (a.size !== LEADS || b.size !== LEADS) return false;
  for (let i = 0; i < a.size; i++)
    if (!Object.is(a.scores[i], b.scores[i]) || a.bands[i] !== b.bands[i] || a.eligible[i] !== b.eligible[i])
      return false;
  return a.leadIds.every((id, i) => id === b.leadIds[i]);
}

function row(way: string, single: number, pooled: number, ok: boolean, target: string): void {
  const rate = (ms: number) => `${fmt((LEADS / ms) * 1000)}/s`;
  console.log(
    `${way.padEnd(44)} ${rate(single).padStart(13)} ${rate(pooled).padStart(13)} ${`${(single / pooled).toFixed(2)}×`.padStart(7)}` +
      `   ${target.padEnd(10)} ${ok ? '' : 'RESULTS DIFFER'}`,
  );
}

// The data, outside any timing: rows as a host's database or API gives them (every column, null
// when unknown; about 1.5 kB of JSON each), as one NDJSON file per shard.
const dir = mkdtempSync(join(tmpdir(), 'hotleads-scale-bench-'));
const setup = performance.now();
const shardsOfLeads: ShardSource[] = [];
const shardsOfFiles: ShardSource[] = [];
const shardsOfSeeds: ShardSource[] = [];
let bytes = 0;
const writeShard = (name: string, leads: readonly Lead[]): ShardSource => {
  const file = join(dir, `${name}.ndjson`);
  const text = leads.map((lead) => JSON.stringify(lead)).join('\n') + '\n';
  bytes += text.length;
  writeFileSync(file, text);
  return { ndjson: file };
};
for (let s = 0; s < SHARDS; s++) {
  const rows = generateB2bLeads({ size: SHARD_SIZE, now: NOW, seed: 100 + s, shape: 'rows' });
  for (const lead of rows) lead.id = `S${s}-${lead.id}`;
  shardsOfFiles.push(writeShard(`shard-${s}`, rows));
  shardsOfSeeds.push({ demo: 'b2b', size: SHARD_SIZE, seed: 100 + s, now: NOW });
}
// Small shards of each kind for the warm-up.
const warmRows = generateB2bLeads({ size: 2_000, now: NOW, seed: 1, shape: 'rows' });
const before = bytes;
const warmFile = writeShard('warm-up', warmRows);
bytes = before;
const warmUps: ShardSource[][] = [
  Array.from({ length: THREADS }, () => ({ leads: warmRows })),
  Array.from({ length: THREADS }, () => warmFile),
  Array.from({ length: THREADS }, (_, i) => ({ demo: 'b2b' as const, size: 2_000, seed: i + 1, now: NOW })),
];
const setupMs = performance.now() - setup;

const pool = createScoringPool({ model: b2bLeadModel, threads: THREADS });
try {
  // Warm-up: threads started, the model compiled in each, every code path run once.
  for (const shards of warmUps)
    for (let round = 0; round < 3; round++) {
      scoreShards(shards, b2bLeadModel, options);
      await pool.score(shards, options);
    }
  console.log(
    `node ${process.version}; ${fmt(LEADS)} b2b leads (b2bLeadModel, ${b2bLeadModel.criteria.length} criteria), ` +
      `${SHARDS} shards of ${fmt(SHARD_SIZE)}, ${fmt(bytes / 1e6)} MB of NDJSON; pool of ${THREADS} threads; ` +
      `explanations off; best of ${PASSES}; load average ${loadavg()[0]!.toFixed(2)} (setup, untimed: ${fmt(setupMs / 1000)} s)\n`,
  );
  console.log(
    `${'leads/s, whole batch'.padEnd(44)} ${'one thread'.padStart(13)} ${'pool'.padStart(13)} ${'ratio'.padStart(7)}   target`,
  );
  // Ways 2 and 3 run first, while the main thread holds no leads (a heap of a million objects
  // slows every collection in this thread, not in the workers); the leads of way 1 are read last.
  const ways: Array<[string, ShardSource[], string]> = [
    ['2. NDJSON files read and parsed by workers', shardsOfFiles, `≥ ${TARGET}×`],
    ['3. shards generated by workers from seeds', shardsOfSeeds, '(none)'],
    ['1. leads already in the main thread', shardsOfLeads, '(none)'],
  ];
  let fileRatio = 0;
  for (const [way, shards, target] of ways) {
    if (shards === shardsOfLeads)
      for (const file of shardsOfFiles) {
        const leads: Lead[] = [];
        forEachLead(file, (lead) => leads.push(lead));
        shardsOfLeads.push({ leads });
      }
    const single = await best(() => scoreShards(shards, b2bLeadModel, options));
    const pooled = await best(() => pool.score(shards, options));
    row(way, single.ms, pooled.ms, same(single.batch, pooled.batch), target);
    if (shards === shardsOfFiles) fileRatio = single.ms / pooled.ms;
    if (shards === shardsOfFiles)
      console.log(
        `${''.padEnd(44)} per worker: ${fmt((LEADS / pooled.ms / THREADS) * 1000)} leads/s (one thread alone: ${fmt((LEADS / single.ms) * 1000)})`,
      );
  }
  console.log(
    `\npool ÷ one thread, NDJSON read by the workers: ${fileRatio.toFixed(2)}× (target ≥ ${TARGET}× on 2 cores) ` +
      `${fileRatio >= TARGET ? 'ok' : 'BELOW TARGET'}; load average now ${loadavg()[0]!.toFixed(2)}`,
  );
} finally {
  await pool.close();
  rmSync(dir, { recursive: true, force: true });
}
