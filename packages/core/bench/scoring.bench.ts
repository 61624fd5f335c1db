// npm run bench -- core : scoring throughput, rankQueue top 50 of 1,000,000, and the b2b
// model scored the json-rules-engine way, measured side by side in one run on generated data.
import {
  B2B_ACTIVE_INTEREST_EVENTS,
  b2bLeadModel,
  collectionsHotLeadModel,
  createScorer,
  rankQueue,
  type Lead,
} from '@hotleads/core';
import { generateB2bLeads, generateCollectionsBook } from '@hotleads/core/demo';
import { createJreScorer } from './jreScoring';

const NOW = Date.UTC(2026, 10, 22, 15);
const POOL = 100_000;

function fmt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** Runs `fn` over the pool, cycling it, for about `seconds`; returns leads per second. */
function throughput(pool: readonly Lead[], fn: (lead: Lead) => unknown, seconds = 2): number {
  let sink = 0;
  for (let i = 0; i < Math.min(pool.length, 20_000); i++) sink += fn(pool[i]!) === undefined ? 0 : 1; // warm-up
  let done = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < seconds * 1000) {
    for (let i = 0; i < 10_000; i++) sink += fn(pool[(done + i) % pool.length]!) === undefined ? 0 : 1;
    done += 10_000;
    elapsed = performance.now() - start;
  }
  if (sink < 0) console.log(sink);
  return (done / elapsed) * 1000;
}

function line(name: string, value: string, target: string, ok: boolean): void {
  console.log(`${name.padEnd(52)} ${value.padStart(18)}   target ${target.padEnd(16)} ${ok ? 'ok' : 'BELOW TARGET'}`);
}

// Leads as a host receives them from its API or database: JSON rows with every column (null
// when unknown). Sparse JSON (unknown fields left out, so nearly every lead has an object
// shape of its own) is measured too, without a target: it is the slowest case for V8.
const b2bPool: Lead[] = JSON.parse(JSON.stringify(generateB2bLeads({ size: POOL, now: NOW, seed: 5, shape: 'rows' })));
const b2bSparse: Lead[] = JSON.parse(
  JSON.stringify(generateB2bLeads({ size: POOL, now: NOW, seed: 5, shape: 'sparse' })),
);
// Collections accounts hold event times as epoch ms; ISO-string times are measured too.
const collectionsPool = generateCollectionsBook({ size: POOL, now: NOW, seed: 9 });
const collectionsIso = generateCollectionsBook({ size: POOL, now: NOW, seed: 9, isoTimes: true });
const b2b = createScorer(b2bLeadModel);
const collections = createScorer(collectionsHotLeadModel);

const { loadavg } = await import('node:os');
console.log(
  `node ${process.version}; pools of ${fmt(POOL)} generated leads, cycled; one core; load average ${loadavg()[0]!.toFixed(2)}\n`,
);
const b2bOff = throughput(b2bPool, (l) => b2b(l, { now: NOW, explain: false }).score);
line(
  `createScorer b2bLeadModel (${b2bLeadModel.criteria.length} criteria), explain off`,
  `${fmt(b2bOff)} leads/s`,
  '≥ 250,000/s',
  b2bOff >= 250_000,
);
const b2bOn = throughput(b2bPool, (l) => b2b(l, { now: NOW, explain: true }).reasons);
line('createScorer b2bLeadModel, explain on', `${fmt(b2bOn)} leads/s`, '≥ 50,000/s', b2bOn >= 50_000);
const b2bSparseOff = throughput(b2bSparse, (l) => b2b(l, { now: NOW, explain: false }).score);
line('  same, sparse JSON leads (a shape per lead), explain off', `${fmt(b2bSparseOff)} leads/s`, '(no target)', true);
const colOff = throughput(collectionsPool, (l) => collections(l, { now: NOW, explain: false }).score);
line(
  `createScorer collectionsHotLeadModel (${collectionsHotLeadModel.criteria.length} criteria), explain off`,
  `${fmt(colOff)} leads/s`,
  '≥ 1,000,000/s',
  colOff >= 1_000_000,
);
const colOn = throughput(collectionsPool, (l) => collections(l, { now: NOW, explain: true }).reasons);
line('createScorer collectionsHotLeadModel, explain on', `${fmt(colOn)} leads/s`, '(no target)', true);
const colIso = throughput(collectionsIso, (l) => collections(l, { now: NOW, explain: false }).score);
line('  same, event times as ISO strings, explain off', `${fmt(colIso)} leads/s`, '(no target)', true);

// rankQueue: top 50 of 1,000,000 accounts (generation is not timed).
const million = generateCollectionsBook({ size: 1_000_000, now: NOW, seed: 10 });
rankQueue(million.slice(0, 50_000), collections, { now: NOW, limit: 50 }); // warm-up
const t0 = performance.now();
const top = rankQueue(million, collections, { now: NOW, limit: 50 });
const rankMs = performance.now() - t0;
line(
  'rankQueue top 50 of 1,000,000 accounts',
  `${(rankMs / 1000).toFixed(3)} s`,
  '< 1.5 s',
  rankMs < 1500 && top.length === 50,
);

// The json-rules-engine way, on 1,000 leads, against createScorer on the same 1,000.
const jre = createJreScorer(b2bLeadModel, B2B_ACTIVE_INTEREST_EVENTS);
const thousand = b2bPool.slice(0, 1000);
for (const lead of thousand.slice(0, 100)) await jre(lead, NOW); // warm-up
const j0 = performance.now();
for (const lead of thousand) await jre(lead, NOW);
const jreMs = performance.now() - j0;
const jrePerSec = (thousand.length / jreMs) * 1000;
line('json-rules-engine way (band rules, engine.run per lead)', `${fmt(jrePerSec)} leads/s`, '(baseline)', true);
line(
  'ratio createScorer (explain off) / json-rules-engine',
  `${fmt(b2bOff / jrePerSec)}×`,
  '≥ 1,000×',
  b2bOff / jrePerSec >= 1000,
);
