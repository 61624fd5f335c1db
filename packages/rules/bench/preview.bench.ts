// `npm run bench -- rules`: previewRule on the rule author's preview (docs/rule-builder.md,
// "Preview in a Web Worker"): "New Lead Needs Outreach" (docs/rules.md) over 100,000 b2b demo leads,
// without and with a score condition (the browser check times the same two in the worker).
// Plain script (tsx), prints with console.log.
import { performance } from 'node:perf_hooks';
import { b2bLeadModel } from '@hotleads/core';
import { generateB2bLeads } from '@hotleads/core/demo';
import { LEAD_STATUSES, previewRule, ruleTemplates, type Rule } from '@hotleads/rules';

const NOW = '2026-03-01T12:00:00Z';
const N = 100_000;
const leads = generateB2bLeads({ size: N, now: NOW, seed: 7 });
leads.forEach((lead, i) => (lead.status = LEAD_STATUSES[i % LEAD_STATUSES.length]));

const outreach = ruleTemplates[0]!;
const top = 'all' in outreach.conditions ? outreach.conditions.all : [];
const scored: Rule = {
  ...outreach,
  id: 'new-lead-needs-outreach-scored',
  conditions: { all: [...top, { fact: 'score', operator: 'greaterThan', value: 40 }] },
};

/** Best of 5 runs (after one warm-up), in ms, and the matched count. */
function best(rule: Rule, withModel: boolean): { ms: number; matched: number } {
  const run = () =>
    previewRule(rule, leads, { now: NOW, maxExamples: 3, ...(withModel ? { model: b2bLeadModel } : {}) });
  let matched = run().matched;
  let ms = Infinity;
  for (let k = 0; k < 5; k++) {
    const t0 = performance.now();
    matched = run().matched;
    ms = Math.min(ms, performance.now() - t0);
  }
  return { ms, matched };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
for (const [label, rule, withModel] of [
  ['New Lead Needs Outreach', outreach, false],
  ['the same with score > 40 (b2b model)', scored, true],
] as const) {
  const { ms, matched } = best(rule, withModel);
  console.log(
    `previewRule, ${label}, over ${fmt(N)} b2b leads: ${ms.toFixed(0)} ms (best of 5), ${fmt((N / ms) * 1000)} leads/s, matched ${fmt(matched)}`,
  );
}
