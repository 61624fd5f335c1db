// Recommendation benchmark: recommendContact for 100,000 accounts with 20 attempts each, under
// the Reg F policy, 72-hour horizon, every channel. Run with `npm run bench -- core`; prints
// recommendations per second. The prior is built once from the whole book (contactRatePrior).
import { performance } from 'node:perf_hooks';
import { contactRatePrior, recommendContact, regFPolicy, type ContactAttempt } from '../src/index';
import { generateCollectionsBook, seededRandom } from '../src/demo/index';

const ACCOUNTS = 100_000;
const PER_ACCOUNT = 20;
const NOW = Date.parse('2026-11-23T15:00:00Z');
const HOUR = 3_600_000;
const OUTCOMES = ['conversation', 'no-answer', 'voicemail', 'no-answer', 'other'] as const;

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

const book = generateCollectionsBook({ size: ACCOUNTS, now: NOW, seed: 18 });
const rnd = seededRandom(1806);
const byLead = new Map<string, ContactAttempt[]>();
const all: ContactAttempt[] = [];
for (const lead of book) {
  const list: ContactAttempt[] = [];
  for (let i = 0; i < PER_ACCOUNT; i++)
    list.push({
      leadId: lead.id,
      channel: rnd() < 0.7 ? 'call' : rnd() < 0.5 ? 'text' : 'email',
      // Over the last 60 days, so the call limit and quiet period block some accounts now.
      at: NOW - Math.floor(rnd() * 60 * 24 * HOUR),
      outcome: OUTCOMES[Math.floor(rnd() * OUTCOMES.length)]!,
    });
  byLead.set(lead.id, list);
  all.push(...list);
}

let t = performance.now();
const prior = contactRatePrior(book, all);
const priorMs = performance.now() - t;

// Warm up on a slice, then time the whole book.
for (let i = 0; i < 2_000; i++) recommendContact(book[i]!, byLead.get(book[i]!.id)!, regFPolicy, { now: NOW, prior });
let withBest = 0;
let slots = 0;
t = performance.now();
for (const lead of book) {
  const rec = recommendContact(lead, byLead.get(lead.id)!, regFPolicy, { now: NOW, horizonHours: 72, prior });
  if (rec.best !== undefined) withBest++;
  slots += rec.channels.call.slots.length + rec.channels.text.slots.length + rec.channels.email.slots.length;
}
const ms = performance.now() - t;

console.log(`\nrecommendContact, Reg F, 72 h horizon, every channel`);
console.log(`  prior from ${fmt(all.length)} attempts (contactRatePrior): ${fmt(priorMs)} ms`);
console.log(
  `  ${fmt(ACCOUNTS)} accounts × ${PER_ACCOUNT} attempts: ${fmt(ms)} ms → ${fmt((ACCOUNTS / ms) * 1000)} recommendations/s`,
);
console.log(`  accounts with a best slot: ${fmt(withBest)}; slots returned: ${fmt(slots)}`);
