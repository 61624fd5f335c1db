// `npm run bench -- rules`: the compiled evaluator against json-rules-engine on the same
// generated leads, then full evaluateRules. Plain script (tsx), prints with console.log.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  applyRuns,
  collectFacts,
  createMatcher,
  emptyRuleState,
  evaluateRules,
  previewRule,
  type RuleRun,
} from '@hotleads/rules';
import { createReferenceEngine } from '@hotleads/rules/reference';
import { makeLead, N, N_REF, NOW, rules } from './fixtures';

/** Wall-clock and CPU milliseconds of `fn` (CPU time = user + system of this process). */
async function timed(fn: () => unknown): Promise<{ wall: number; cpu: number }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const check = (ok: boolean) => (ok ? 'OK' : 'MISSED');

const leads = Array.from({ length: N }, (_, i) => makeLead(i));
console.log(
  `${rules.length} rules of 3-6 conditions (${rules.map((r) => JSON.stringify(r.conditions).split('"fact"').length - 1).join(',')} conditions), ${fmt(N)} generated leads`,
);

// 1. compiled matcher over 100,000 leads (best of 3 after a warm-up)
const matcher = createMatcher(rules, { now: NOW });
const hits = new Array<boolean>(rules.length).fill(false);
const compiledCounts = new Array<number>(rules.length).fill(0);
const compiledCounts10k = new Array<number>(rules.length).fill(0);
for (let i = 0; i < 20_000; i++) matcher.matches(leads[i]!, hits);
let best = { wall: Number.POSITIVE_INFINITY, cpu: Number.POSITIVE_INFINITY };
for (let round = 0; round < 5; round++) {
  compiledCounts.fill(0);
  const t = await timed(() => {
    for (let i = 0; i < N; i++) {
      matcher.matches(leads[i]!, hits);
      for (let r = 0; r < hits.length; r++) if (hits[r]) compiledCounts[r]!++;
    }
  });
  if (t.cpu < best.cpu) best = t;
}
for (let i = 0; i < N_REF; i++) {
  matcher.matches(leads[i]!, hits);
  for (let r = 0; r < hits.length; r++) if (hits[r]) compiledCounts10k[r]!++;
}
const compiledPerSec = (N / best.cpu) * 1000;
const compiledUsPerLead = (best.cpu * 1000) / N;

// 2. json-rules-engine: one engine.run per lead over the first 10,000 (facts prepared outside the timing)
const engine = createReferenceEngine(rules);
const factsList = leads.slice(0, N_REF).map((l) => collectFacts(rules, l, { now: NOW }));
const refCounts = new Array<number>(rules.length).fill(0);
const index = new Map(rules.map((r, i) => [r.id, i]));
for (let i = 0; i < 200; i++) await engine.run(factsList[i]!);
const refT = await timed(async () => {
  for (let i = 0; i < N_REF; i++) {
    const { events } = await engine.run(factsList[i]!);
    for (const e of events) refCounts[index.get(e.params!.ruleId as string)!]!++;
  }
});
const refMs = refT.cpu;
const refUsPerLead = (refMs * 1000) / N_REF;
const ratio = refUsPerLead / compiledUsPerLead;
const identical = refCounts.every((n, i) => n === compiledCounts10k[i]);

console.log(
  `load average ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(
      ' ',
    )} on ${os.cpus().length} cores; rates use this process's CPU time (one core), wall-clock time in brackets`,
);
console.log('');
console.log(
  `compiled matcher, 20 rules x ${fmt(N)} leads (best of 5): ${best.cpu.toFixed(1)} ms CPU [${best.wall.toFixed(1)} ms wall], ${fmt(compiledPerSec)} leads/s [${fmt((N / best.wall) * 1000)} wall] (target >= 200,000: ${check(compiledPerSec >= 200_000)}), ${compiledUsPerLead.toFixed(2)} us/lead`,
);
console.log(
  `json-rules-engine, one engine.run per lead x ${fmt(N_REF)} leads: ${refMs.toFixed(0)} ms CPU [${refT.wall.toFixed(0)} ms wall], ${fmt((N_REF / refMs) * 1000)} leads/s, ${refUsPerLead.toFixed(1)} us/lead`,
);
console.log(`ratio per lead: ${ratio.toFixed(0)}x faster (target >= 100x: ${check(ratio >= 100)})`);
console.log(
  `per-rule match counts on the shared ${fmt(N_REF)} leads identical: ${identical ? 'yes' : 'NO'} (target identical: ${check(identical)})`,
);
console.log('rule      compiled/100k  compiled/10k  json-rules-engine/10k');
rules.forEach((r, i) =>
  console.log(
    `${r.id}  ${String(compiledCounts[i]).padStart(13)}  ${String(compiledCounts10k[i]).padStart(12)}  ${String(refCounts[i]).padStart(21)}`,
  ),
);

// 3. previews: each rule previewed over the 100,000 leads
let previewMatched = 0;
const previewT = await timed(() => {
  for (const r of rules) previewMatched += previewRule(r, leads, { now: NOW, maxExamples: 5 }).matched;
});
const previewMs = previewT.cpu;
console.log('');
console.log(
  `previewRule, each of the 20 rules over ${fmt(N)} leads: ${previewMs.toFixed(0)} ms CPU [${previewT.wall.toFixed(0)} ms wall] in all, ${fmt(((N * rules.length) / previewMs) * 1000)} lead-rule checks/s (matches ${fmt(previewMatched)}, equal to the matcher: ${previewMatched === compiledCounts.reduce((a, b) => a + b, 0) ? 'yes' : 'NO'})`,
);

// 4. full evaluateRules: triggers, priority, blocking, state, explanations
let state = emptyRuleState();
const runs: RuleRun[] = [];
let firedTotal = 0;
const evalT = await timed(() => {
  for (let i = 0; i < N; i++) {
    const ev = evaluateRules(rules, leads[i]!, { now: NOW, trigger: { type: 'event', event: 'quote_request' }, state });
    firedTotal += ev.fired.length;
    for (const run of ev.runs) runs.push(run);
  }
});
const evalMs = evalT.cpu;
state = applyRuns(state, runs);
console.log(
  `evaluateRules (trigger, priority, blocking, state, explanations), 20 rules x ${fmt(N)} leads: ${evalMs.toFixed(0)} ms CPU [${evalT.wall.toFixed(0)} ms wall], ${fmt((N / evalMs) * 1000)} leads/s, ${fmt(firedTotal)} firings, state for ${fmt(Object.keys(state.leads).length)} leads`,
);
if (!identical) process.exitCode = 1;
