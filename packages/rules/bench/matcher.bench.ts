// `npm run bench -- rules` (this file and rules.bench.ts): the bench's 20 rules three ways on the
// same 100,000 leads in one run — the generated matcher (createMatcher), the same rules' closures
// (compileCondition, code generation off), and a hand-written baseline (handWritten.ts: plain
// `if` code, direct property reads) — then evaluateRules without explanations. CPU time of this
// process, best of 5 after a warm-up; ratios side by side.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { createMatcher, emptyRuleState, evaluateRules } from '@hotleads/rules';
import { compileRule } from '../src/compile/compileRule';
import { FactScope } from '../src/facts/FactScope';
import { makeLead, N, NOW, rules } from './fixtures';
import { handWritten } from './handWritten';

const leads = Array.from({ length: N }, (_, i) => makeLead(i));
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const check = (ok: boolean) => (ok ? 'ok' : 'BELOW TARGET');

/** Best (lowest) CPU ms of 5 timed passes over every lead, after a warm-up pass. */
function bestOf5(pass: () => void): { cpu: number; wall: number } {
  pass();
  let best = { cpu: Infinity, wall: Infinity };
  for (let round = 0; round < 5; round++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    pass();
    const wall = performance.now() - t0;
    const c = process.cpuUsage(c0);
    const cpu = (c.user + c.system) / 1000;
    if (cpu < best.cpu) best = { cpu, wall };
  }
  return best;
}

const counts = () => new Array<number>(rules.length).fill(0);
const out = new Array<boolean>(rules.length).fill(false);

// 1. generated (what createMatcher runs)
const matcher = createMatcher(rules, { now: NOW });
const generatedCounts = counts();
const generated = bestOf5(() => {
  generatedCounts.fill(0);
  for (let i = 0; i < N; i++) {
    matcher.matches(leads[i]!, out);
    for (let r = 0; r < out.length; r++) if (out[r]) generatedCounts[r]!++;
  }
});

// 2. the same rules as closures (code generation off), in the matcher's loop
const compiled = rules.map((r) => compileRule(r));
const closures = compiled.map((c) => c.matchesWithClosures);
const scope = new FactScope({ now: NOW });
const closureCounts = counts();
const closure = bestOf5(() => {
  closureCounts.fill(0);
  for (let i = 0; i < N; i++) {
    scope.reset(leads[i]!);
    for (let r = 0; r < closures.length; r++) {
      let hit: boolean;
      try {
        hit = closures[r]!(scope);
      } catch {
        hit = false;
      }
      out[r] = hit;
      if (hit) closureCounts[r]!++;
    }
  }
});

// 3. hand-written
const handCounts = counts();
const hand = bestOf5(() => {
  handCounts.fill(0);
  for (let i = 0; i < N; i++) {
    handWritten(leads[i]!, NOW, out);
    for (let r = 0; r < out.length; r++) if (out[r]) handCounts[r]!++;
  }
});

// 4. evaluateRules without explanations (triggers, priority, blocking, state; actions returned)
const state = emptyRuleState();
let fired = 0;
const evaluate = bestOf5(() => {
  fired = 0;
  for (let i = 0; i < N; i++)
    fired += evaluateRules(rules, leads[i]!, {
      now: NOW,
      trigger: { type: 'event', event: 'quote_request' },
      state,
      explain: false,
    }).fired.length;
});

const same = (a: number[], b: number[]) => a.every((n, i) => n === b[i]);
const rate = (t: { cpu: number }) => (N / t.cpu) * 1000;
console.log(
  `node ${process.version}; ${rules.length} rules x ${fmt(N)} leads; load average ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')} on ${os.cpus().length} cores; CPU time of this process (wall in brackets), best of 5\n`,
);
const row = (name: string, t: { cpu: number; wall: number }, extra: string) =>
  console.log(
    `${name.padEnd(44)} ${fmt(rate(t)).padStart(10)} leads/s [${fmt((N / t.wall) * 1000).padStart(10)} wall]  ${extra}`,
  );
row('hand-written baseline (plain if code)', hand, '(baseline)');
row(
  'generated matcher (createMatcher)',
  generated,
  `${(rate(hand) / rate(generated)).toFixed(2)}x the baseline's time (target <= 1.5x: ${check(rate(hand) / rate(generated) <= 1.5)}; >= 1,000,000/s: ${check(rate(generated) >= 1_000_000)})`,
);
row(
  'closures (code generation off)',
  closure,
  `${(rate(hand) / rate(closure)).toFixed(2)}x the baseline's time; generated is ${(rate(generated) / rate(closure)).toFixed(2)}x the closures' speed`,
);
row(
  'evaluateRules, explain: false',
  evaluate,
  `${fmt(fired)} firings (target >= 600,000/s: ${check(rate(evaluate) >= 600_000)})`,
);
const agree = same(generatedCounts, handCounts) && same(closureCounts, handCounts);
console.log(`\nper-rule match counts identical in all three: ${agree ? 'yes' : 'NO'}`);
if (!agree) {
  console.log('rule      generated   closures   hand-written');
  rules.forEach((r, i) =>
    console.log(
      `${r.id}  ${String(generatedCounts[i]).padStart(9)}  ${String(closureCounts[i]).padStart(9)}  ${String(handCounts[i]).padStart(13)}`,
    ),
  );
  process.exitCode = 1;
}
