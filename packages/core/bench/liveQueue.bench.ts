// Live queue benchmark: 100,000 accounts taking generated events, top 50 maintained.
// Run with `npm run bench -- core` (tsx, TypeScript sources). Prints events/s beside the target.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { collectionsHotLeadModel, createLiveQueue, rankQueue, regFPolicy, type LeadEvent } from '../src/index';
import { generateCollectionsBook, seededRandom } from '../src/demo/index';

const ACCOUNTS = 100_000;
const TOP = 50;
const EVENTS = 500_000;
const WARMUP = 50_000;
const TARGET = 50_000;
const NOW = Date.parse('2026-11-22T15:00:00Z');
const HOUR = 3_600_000;
const TYPES: Array<[string, number]> = [
  ['email_open', 30],
  ['email_click', 10],
  ['portal_visit', 14],
  ['sms_reply', 6],
  ['inbound_call', 4],
  ['abandoned_payment', 5],
  ['partial_payment', 5],
  ['promise_to_pay', 6],
  ['payment', 3],
];
const TOTAL = TYPES.reduce((s, [, w]) => s + w, 0);

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

function generateEvents(count: number, ids: string[], seed: number): Array<{ id: string; event: LeadEvent }> {
  const rnd = seededRandom(seed);
  const out: Array<{ id: string; event: LeadEvent }> = [];
  for (let i = 0; i < count; i++) {
    let r = rnd() * TOTAL;
    let type = TYPES[0]![0];
    for (const [t, w] of TYPES)
      if ((r -= w) < 0) {
        type = t;
        break;
      }
    out.push({
      id: ids[Math.floor(rnd() * ids.length)]!,
      event: { type, at: NOW - Math.floor(rnd() * 48 * HOUR), value: Math.round(rnd() * 500) },
    });
  }
  return out;
}

function run(label: string, withPolicy: boolean): void {
  const book = generateCollectionsBook({ size: ACCOUNTS, now: NOW, seed: 11 });
  const ids = book.map((a) => a.id);
  const events = generateEvents(WARMUP + EVENTS, ids, withPolicy ? 23 : 17);

  let t = performance.now();
  const queue = createLiveQueue(collectionsHotLeadModel, {
    now: NOW,
    limit: TOP,
    leads: book,
    ...(withPolicy ? { policy: regFPolicy } : {}),
    alerts: { timeZone: 'America/Chicago' },
  });
  const loadMs = performance.now() - t;

  let alerts = 0;
  for (let i = 0; i < WARMUP; i++) alerts += queue.ingest(events[i]!.id, events[i]!.event).length;
  t = performance.now();
  for (let i = WARMUP; i < WARMUP + EVENTS; i++) alerts += queue.ingest(events[i]!.id, events[i]!.event).length;
  const ingestMs = performance.now() - t;
  const perSecond = (EVENTS / ingestMs) * 1000;

  let attemptsLine = '';
  if (withPolicy) {
    const rnd = seededRandom(29);
    const ATTEMPTS = 50_000;
    const attempts = Array.from({ length: ATTEMPTS }, () => ({
      leadId: ids[Math.floor(rnd() * ids.length)]!,
      channel: 'call' as const,
      at: NOW - Math.floor(rnd() * 6 * 24 * HOUR),
      outcome: rnd() < 0.1 ? ('conversation' as const) : ('no-answer' as const),
    }));
    t = performance.now();
    for (const a of attempts) queue.recordAttempt(a);
    const attemptMs = performance.now() - t;
    attemptsLine = `  record ${fmt(ATTEMPTS)} contact attempts (eligibility re-checked): ${fmt(attemptMs)} ms → ${fmt((ATTEMPTS / attemptMs) * 1000)} attempts/s`;
  }

  t = performance.now();
  const top = queue.top();
  const topMs = performance.now() - t;

  t = performance.now();
  queue.advance(NOW + HOUR);
  const advanceMs = performance.now() - t;

  const book2 = queue.leads();
  t = performance.now();
  const ranked = rankQueue(book2, collectionsHotLeadModel, {
    now: NOW + HOUR,
    limit: TOP,
    explain: false,
    ...(withPolicy ? { policy: regFPolicy, touches: queue.touches() } : {}),
  });
  const rankMs = performance.now() - t;
  const expected = ranked.filter((e) => e.eligible);
  const same =
    queue.top().every((e, i) => e.leadId === expected[i]?.leadId && e.score === expected[i]?.score) &&
    expected.length === Math.min(TOP, queue.top().length);

  console.log(`\n${label}`);
  console.log(
    `  load ${fmt(ACCOUNTS)} accounts (score + heap${withPolicy ? ' + Reg F check' : ''}): ${fmt(loadMs)} ms`,
  );
  console.log(
    `  ingest ${fmt(EVENTS)} events, top ${TOP} maintained: ${fmt(ingestMs)} ms → ${fmt(perSecond)} events/s (target ≥ ${fmt(TARGET)}) ${perSecond >= TARGET ? 'OK' : 'BELOW TARGET'}`,
  );
  if (attemptsLine !== '') console.log(attemptsLine);
  console.log(
    `  alerts raised: ${fmt(alerts)}; top() with explanations: ${topMs.toFixed(2)} ms; best now ${top[0]?.leadId} at ${top[0]?.score.toFixed(1)}`,
  );
  console.log(`  advance(now + 1 h), rescoring the whole book: ${fmt(advanceMs)} ms`);
  console.log(
    `  rankQueue top ${TOP} of the same ${fmt(ACCOUNTS)} accounts${withPolicy ? ` with regFPolicy (${fmt(ranked.length - expected.length)} blocked, returned with reasons)` : ''}: ${fmt(rankMs)} ms`,
  );
  console.log(`  top ${TOP} after advance equals rankQueue on the same book: ${same ? 'yes' : 'NO'}`);
  if (!same) process.exitCode = 1;
}

// Each variant runs in its own process so one does not leave garbage for the other's clock.
if (process.argv.includes('--policy')) {
  run('with regFPolicy (eligibility checked on load, on attempts and on advance)', true);
} else {
  console.log(`live queue — ${fmt(ACCOUNTS)} accounts, collectionsHotLeadModel, Node ${process.version}`);
  run('without a contact policy', false);
  const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, '--policy'], { stdio: 'inherit' });
  if (child.status !== 0) process.exitCode = child.status ?? 1;
}
