// `npm run bench -- rules`: the compiled evaluator against json-rules-engine on the same
// generated leads, then full evaluateRules. Plain script (tsx), prints with console.log.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { type Lead } from '@hotleads/core';
import { seededRandom } from '@hotleads/core/demo';
import {
  applyRuns,
  collectFacts,
  createMatcher,
  emptyRuleState,
  evaluateRules,
  LEAD_SOURCES,
  previewRule,
  type Rule,
  type RuleRun,
  type TopLevelCondition,
} from '@hotleads/rules';
import { createReferenceEngine } from '@hotleads/rules/reference';

const N = 100_000;
const N_REF = 10_000;
const NOW = Date.parse('2026-03-01T12:00:00Z');
const H = 3_600_000;
const rnd = seededRandom(2026);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

const STATUSES = ['Untouched', 'Nurturing', 'Qualified', 'Unqualified', 'Recycled', 'Customer'];
const TITLES = ['CEO', 'VP Sales', 'Procurement Director', 'Buyer', 'Engineer', 'Operations Manager'];
const INDUSTRIES = [
  'Power Generation',
  'Renewable Energy Sources',
  'Water Treatment Technologies',
  'Oil & Gas',
  'Manufacturing',
];
const EVENTS = ['email_reply', 'quote_request', 'page_view', 'chat_message', 'catalog_download', 'email_open'];

function makeLead(i: number): Lead {
  const lead: Lead = {
    id: `L${i}`,
    status: pick(STATUSES),
    leadSource: pick(LEAD_SOURCES),
    jobTitle: pick(TITLES),
    industry: pick(INDUSTRIES),
    authority: pick(['Decision Maker', 'Influencer', 'Other']),
    need: pick(['Urgent', 'Strong', 'Moderate', 'Weak']),
    buyerType: pick(['New', 'Returning', 'High-Value', 'VIP']),
    companySize: Math.floor(rnd() * 2000),
    budget: Math.round(rnd() * 100_000),
    engagementLevel: Math.round(rnd() * 100),
    emailOpenRate: Math.round(rnd() * 100),
    challenges: rnd() < 0.5 ? ['Technical'] : rnd() < 0.5 ? ['Financial', 'Operational'] : [],
    location: pick(['Germany', 'India', 'United States', 'Canada', 'Brazil']),
    createdAt: new Date(NOW - Math.floor(rnd() * 90 * 24) * H).toISOString(),
    events: Array.from({ length: Math.floor(rnd() * 4) }, () => ({
      type: pick(EVENTS),
      at: NOW - Math.floor(rnd() * 30 * 24) * H,
    })),
  };
  if (rnd() < 0.1) delete lead.budget; // some missing facts
  if (rnd() < 0.02) lead.companySize = 'n/a'; // odd values
  return lead;
}

const c = (fact: string, operator: string, value: unknown) => ({ fact, operator, value }) as never;
const CONDITIONS: TopLevelCondition[] = [
  {
    all: [
      c('status', 'equal', 'Untouched'),
      c('hoursUntouched', 'greaterThan', 24),
      { any: [c('leadSource', 'equal', 'Web Forms'), c('leadSource', 'equal', 'Events')] },
    ],
  },
  {
    all: [
      c('budget', 'greaterThan', 50_000),
      c('authority', 'equal', 'Decision Maker'),
      c('need', 'in', ['Urgent', 'Strong']),
    ],
  },
  {
    all: [
      c('companySize', 'withinRange', [100, 1000]),
      c('industry', 'in', ['Power Generation', 'Oil & Gas']),
      c('engagementLevel', 'greaterThanInclusive', 40),
      c('status', 'notEqual', 'Customer'),
    ],
  },
  {
    any: [
      c('jobTitle', 'containsText', 'director'),
      c('jobTitle', 'equal', 'CEO'),
      c('jobTitle', 'containsText', 'vp'),
    ],
  },
  {
    all: [
      c('challenges', 'contains', 'Technical'),
      c('budget', 'lessThan', 20_000),
      c('status', 'in', ['Nurturing', 'Recycled']),
    ],
  },
  {
    all: [
      c('hoursSince.quote_request', 'lessThan', 72),
      c('status', 'notIn', ['Customer', 'Unqualified']),
      c('buyerType', 'notEqual', 'New'),
    ],
  },
  {
    all: [
      c('emailOpenRate', 'greaterThan', 60),
      c('engagementLevel', 'greaterThan', 50),
      { not: c('status', 'equal', 'Customer') },
    ],
  },
  {
    all: [
      c('status', 'equal', 'Unqualified'),
      c('hoursUntouched', 'greaterThanInclusive', 2160),
      c('leadSource', 'notIn', ['Lists', 'Lead Services']),
    ],
  },
  {
    any: [
      c('buyerType', 'equal', 'VIP'),
      { all: [c('buyerType', 'equal', 'High-Value'), c('budget', 'greaterThan', 30_000)] },
      c('location', 'equal', 'Germany'),
    ],
  },
  {
    all: [
      c('location', 'in', ['Germany', 'India', 'Canada']),
      c('companySize', 'greaterThan', 500),
      c('jobTitle', 'doesNotContainText', 'engineer'),
      c('need', 'notEqual', 'Weak'),
    ],
  },
  {
    all: [
      c('leadSource', 'containsText', 'form'),
      c('status', 'equal', 'Untouched'),
      c('engagementLevel', 'withinRange', [20, 80]),
    ],
  },
  {
    all: [
      c('hoursSince.email_reply', 'lessThanInclusive', 48),
      c('status', 'equal', 'Nurturing'),
      c('emailOpenRate', 'greaterThan', 30),
      c('authority', 'notEqual', 'Other'),
    ],
  },
  {
    all: [
      c('challenges', 'doesNotContain', 'Financial'),
      c('budget', 'withinRange', [10_000, 60_000]),
      c('industry', 'equal', 'Manufacturing'),
      c('companySize', 'lessThan', 300),
    ],
  },
  {
    any: [
      c('hoursUntouched', 'greaterThan', 500),
      { all: [c('status', 'equal', 'Qualified'), c('hoursUntouched', 'greaterThan', 168)] },
      c('need', 'equal', 'Urgent'),
    ],
  },
  {
    all: [
      c('status', 'in', ['Untouched', 'Nurturing']),
      c('buyerType', 'in', ['Returning', 'VIP']),
      c('budget', 'greaterThan', 10_000),
      c('engagementLevel', 'lessThan', 90),
      c('location', 'notEqual', 'Brazil'),
    ],
  },
  {
    all: [
      c('authority', 'equal', 'Influencer'),
      c('jobTitle', 'containsText', 'manager'),
      c('companySize', 'withinRange', [50, 1500]),
    ],
  },
  {
    all: [
      c('status', 'equal', 'Recycled'),
      c('hoursSince.page_view', 'lessThan', 240),
      { any: [c('engagementLevel', 'greaterThan', 70), c('emailOpenRate', 'greaterThan', 70)] },
    ],
  },
  {
    all: [
      c('industry', 'notIn', ['Oil & Gas']),
      c('need', 'in', ['Strong', 'Moderate']),
      c('budget', 'greaterThanInclusive', 25_000),
      c('companySize', 'greaterThan', 20),
      c('leadSource', 'in', ['Referrals', 'Customer Referrals', 'Partners', 'Events']),
      c('status', 'notEqual', 'Customer'),
    ],
  },
  {
    all: [
      { not: c('challenges', 'contains', 'Operational') },
      c('emailOpenRate', 'withinRange', [10, 40]),
      c('buyerType', 'equal', 'New'),
    ],
  },
  {
    any: [
      c('status', 'equal', 'Customer'),
      c('budget', 'greaterThan', 95_000),
      { all: [c('engagementLevel', 'equal', 100), c('emailOpenRate', 'greaterThan', 50)] },
    ],
  },
];
const rules: Rule[] = CONDITIONS.map((conditions, i) => ({
  id: `rule-${String(i + 1).padStart(2, '0')}`,
  name: `Rule ${i + 1}`,
  trigger:
    i % 3 === 0 ? { type: 'schedule', cron: '0 * * * *' } : { type: 'event', events: ['quote_request', 'email_reply'] },
  conditions,
  actions: [
    { type: 'addTag', tag: `r${i + 1}` },
    ...(i % 4 === 0 ? [{ type: 'sendEmail', template: 'follow-up' } as const] : []),
  ],
  priority: 1 + (i % 10),
  ...(i === 5 ? { blocking: true } : {}),
}));

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
