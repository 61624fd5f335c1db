#!/usr/bin/env node
// `npm test`: runs the named npm scripts in order, stops at the first that fails, and prints
// each stage's wall-clock time and a summary table at the end.
//
//   node scripts/run-stages.mjs typecheck lint test:unit build size check:packages docs test:browser
import { spawnSync } from 'node:child_process';

const stages = process.argv.slice(2);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const times = [];
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const started = performance.now();
let failed;
for (const stage of stages) {
  process.stdout.write(`\n▶ stage ${stage}\n`);
  const t0 = performance.now();
  const run = spawnSync(npm, ['run', '--silent', stage], { stdio: 'inherit' });
  const ms = performance.now() - t0;
  times.push([stage, ms, run.status === 0]);
  process.stdout.write(`■ stage ${stage}: ${run.status === 0 ? 'ok' : 'FAILED'} in ${seconds(ms)}\n`);
  if (run.status !== 0) {
    failed = run.status ?? 1;
    break;
  }
}
process.stdout.write('\nstage times\n');
for (const [stage, ms, ok] of times)
  process.stdout.write(`  ${stage.padEnd(16)} ${seconds(ms).padStart(9)}  ${ok ? 'ok' : 'FAILED'}\n`);
process.stdout.write(`  ${'total'.padEnd(16)} ${seconds(performance.now() - started).padStart(9)}\n`);
process.exit(failed ?? 0);
