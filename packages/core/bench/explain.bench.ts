// `npm run bench -- core` (this file with the others): generated scoring code against the
// closures, sparse b2b JSON beside rows, and 10,000 explanations on demand (queueMemory.bench.ts
// measures the bytes a queue entry keeps).
import { b2bLeadModel, collectionsHotLeadModel, createScorer, rankQueue, type Lead } from '@hotleads/core';
import { generateB2bLeads, generateCollectionsBook } from '@hotleads/core/demo';

const NOW = Date.UTC(2026, 10, 22, 15);
const POOL = 100_000;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/** Leads per second of `fn` over the pool, best of 5 passes after a warm-up (CPU time). */
function rate(pool: readonly Lead[], fn: (lead: Lead) => unknown): number {
  let sink = 0;
  const pass = () => {
    for (let i = 0; i < pool.length; i++) sink += fn(pool[i]!) === undefined ? 0 : 1;
  };
  pass();
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    const c0 = process.cpuUsage();
    pass();
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1000);
  }
  if (sink < 0) console.log(sink);
  return (pool.length / best) * 1000;
}

function line(name: string, value: string, note: string): void {
  console.log(`${name.padEnd(58)} ${value.padStart(18)}   ${note}`);
}

const { loadavg } = await import('node:os');
console.log(
  `node ${process.version}; pools of ${fmt(POOL)} generated leads; CPU time of this process, best of 5; load average ${loadavg()[0]!.toFixed(1)}\n`,
);

// 1. generated scoring loop against the closures, for both built-in models
const rows: Lead[] = JSON.parse(JSON.stringify(generateB2bLeads({ size: POOL, now: NOW, seed: 5, shape: 'rows' })));
const sparse: Lead[] = JSON.parse(JSON.stringify(generateB2bLeads({ size: POOL, now: NOW, seed: 5, shape: 'sparse' })));
const book = generateCollectionsBook({ size: POOL, now: NOW, seed: 9 });
const quick = { now: NOW, explain: false };
for (const [name, model, pool] of [
  ['b2bLeadModel, JSON rows', b2bLeadModel, rows],
  ['collectionsHotLeadModel', collectionsHotLeadModel, book],
] as const) {
  const withCode = createScorer(model); // default: generated
  const withClosures = createScorer(model, { generate: false });
  const generated = rate(pool, (l) => withCode(l, quick).score);
  const closures = rate(pool, (l) => withClosures(l, quick).score);
  line(`${name}: generated`, `${fmt(generated)} leads/s`, `${(generated / closures).toFixed(2)}x the closures`);
  line(`${name}: closures (generate: false)`, `${fmt(closures)} leads/s`, '');
}
const b2b = createScorer(b2bLeadModel);
const rowsRate = rate(rows, (l) => b2b(l, quick).score);
const sparseRate = rate(sparse, (l) => b2b(l, quick).score);
line('b2bLeadModel, explain off: JSON rows', `${fmt(rowsRate)} leads/s`, '');
line(
  '  sparse JSON (a shape per lead), beside rows',
  `${fmt(sparseRate)} leads/s`,
  `${(rowsRate / sparseRate).toFixed(1)}x slower than rows (target >= 300,000/s: ${sparseRate >= 300_000 ? 'ok' : 'BELOW TARGET'})`,
);

const collections = createScorer(collectionsHotLeadModel);

// 2. 10,000 explanations on demand: a queue of 10,000, every entry's reasons read
const ten = book.slice(0, 10_000);
for (const e of rankQueue(book.slice(10_000, 20_000), collections, { now: NOW })) void e.reasons; // warm-up
let best = { cpu: Infinity, wall: Infinity, lines: 0 };
for (let round = 0; round < 5; round++) {
  const queue = rankQueue(ten, collections, { now: NOW });
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let lines = 0;
  for (const e of queue) lines += e.reasons.length;
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  const cpu = (c.user + c.system) / 1000;
  if (cpu < best.cpu) best = { cpu, wall, lines };
}
line(
  '10,000 explanations on demand (reasons read once each)',
  `${best.cpu.toFixed(1)} ms CPU`,
  `[${best.wall.toFixed(1)} ms wall] ${fmt(best.lines)} reason lines, best of 5 (target < 100 ms: ${best.cpu < 100 ? 'ok' : 'ABOVE TARGET'})`,
);
