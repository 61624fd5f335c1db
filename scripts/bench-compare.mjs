// `node scripts/bench-compare.mjs [--before REF] [--runs N] [--only TEXT] [--keep] [PACKAGE|FILE ...]`
//
// Runs the same benchmark files in two trees and prints the best figure of each line side by side:
// the `before` tree is REF (default 621a9eb, the commit before the structure pass, docs/benchmarks.md)
// checked out into a temporary git worktree; the `after` tree is this working tree. Runs are
// interleaved (before, after, before, after, …) so a busy machine slows both alike, and each line
// keeps its best of N runs (default 5): the smallest `ms`, the largest `…/s`.
//
// Each tree runs its own copy of a bench file (a file name present in both), as `npm run bench`
// does: tsx, the `@hotleads/source` condition, --expose-gc, one process per file. Lines are matched
// by their text with the numbers taken out, so a line whose workload changed wording is listed as
// being in one tree only. The temporary worktree borrows this tree's node_modules except
// `@hotleads/*`, which point at its own packages. Exits 1 when a timed line is more than 5% worse.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const [value] = args.splice(i, 2).slice(1);
  return value;
};
const keep = args.includes('--keep') ? (args.splice(args.indexOf('--keep'), 1), true) : false;
const beforeRef = flag('--before', '621a9eb');
const runs = Number(flag('--runs', '5'));
const only = flag('--only', undefined);
const wanted = args.length > 0 ? args : ['core', 'rules', 'payments'];
const TOLERANCE = 0.05;
/** The temporary worktree of the `before` commit. */
let before = '';

const git = (...a) => {
  const r = spawnSync('git', a, { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${a.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
};

/** node_modules for the temporary tree: this tree's packages, except the workspace links. */
function linkModules(tree) {
  const mine = join(root, 'node_modules');
  const theirs = join(tree, 'node_modules');
  mkdirSync(join(theirs, '@hotleads'), { recursive: true });
  for (const name of readdirSync(mine)) {
    if (name === '@hotleads') continue;
    symlinkSync(join(mine, name), join(theirs, name));
  }
  for (const pkg of ['core', 'rules', 'payments'])
    if (existsSync(join(tree, 'packages', pkg)))
      symlinkSync(join('..', '..', 'packages', pkg), join(theirs, '@hotleads', pkg));
}

/** Bench files (relative paths) present in both trees, for the packages or files asked for. */
function benchFiles() {
  const out = [];
  for (const want of wanted) {
    if (want.endsWith('.ts')) {
      const rel = relative(root, join(root, want));
      if (existsSync(join(root, rel)) && existsSync(join(before, rel))) out.push(rel);
      else console.log(`skipped ${rel}: not in both trees`);
      continue;
    }
    const dir = join('packages', want, 'bench');
    if (!existsSync(join(root, dir))) continue;
    for (const f of readdirSync(join(root, dir))
      .filter((f) => f.endsWith('.bench.ts'))
      .sort()) {
      const rel = join(dir, f);
      if (existsSync(join(before, rel))) out.push(rel);
      else console.log(`skipped ${rel}: new since ${beforeRef}`);
    }
  }
  return out;
}

function runOnce(tree, file) {
  const r = spawnSync(
    join(root, 'node_modules', '.bin', 'tsx'),
    ['--expose-gc', '--conditions=@hotleads/source', join(tree, file)],
    { cwd: tree, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (r.status !== 0) throw new Error(`${file} failed in ${tree}:\n${r.stderr}`);
  return r.stdout;
}

// A figure: a number followed by `ms` (lower is better) or by a rate `…/s` (higher is better).
const FIGURE = /(-?\d[\d,]*(?:\.\d+)?)\s*(ms\b|[A-Za-z]+\/s\b|M [A-Za-z]+\/s\b)/g;

/** The timed figures of one run, by line key (the line with its numbers replaced by #). */
function figures(stdout) {
  const out = new Map();
  const seen = new Map();
  for (const raw of stdout.split('\n')) {
    const line = raw.trim();
    const found = [...line.matchAll(FIGURE)];
    if (found.length === 0) continue;
    let key = line.replace(/-?\d[\d,]*(?:\.\d+)?/g, '#').replace(/\b(OK|BELOW TARGET|yes|NO)\b/g, '');
    if (only !== undefined && !line.includes(only)) continue;
    // The same text twice in one file (two variants): number the repeats.
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n > 1) key = `${key} (#${n})`;
    out.set(key, {
      line,
      values: found.map((m) => ({ value: Number(m[1].replaceAll(',', '')), higher: m[2] !== 'ms' })),
    });
  }
  return out;
}

function best(a, b) {
  if (a === undefined) return b;
  return {
    line: a.line,
    values: a.values.map((v, i) => {
      const w = b.values[i];
      if (w === undefined) return v;
      return { value: v.higher ? Math.max(v.value, w.value) : Math.min(v.value, w.value), higher: v.higher };
    }),
  };
}

function compare(file) {
  console.log(`=== ${file} ===`);
  const results = { before: new Map(), after: new Map() };
  for (let i = 0; i < runs; i++) {
    for (const [side, tree] of i % 2 === 0
      ? [
          ['before', before],
          ['after', root],
        ]
      : [
          ['after', root],
          ['before', before],
        ]) {
      for (const [key, fig] of figures(runOnce(tree, file))) results[side].set(key, best(results[side].get(key), fig));
    }
    process.stderr.write(`  ${basename(file)}: run ${i + 1}/${runs} done\n`);
  }
  let worse = 0;
  const fmt = (v) => (Number.isInteger(v) ? v.toLocaleString('en-US') : v.toFixed(2));
  for (const [key, a] of results.after) {
    const b = results.before.get(key);
    if (b === undefined) {
      console.log(`  only after:  ${a.line}`);
      continue;
    }
    const label = key.replace(/\s+/g, ' ').slice(0, 90);
    const parts = a.values.map((v, i) => {
      const w = b.values[i];
      const change = v.higher ? w.value / v.value - 1 : v.value / w.value - 1; // > 0: after is slower
      if (change > TOLERANCE) worse++;
      const sign = change > 0 ? `${(change * 100).toFixed(1)}% slower` : `${(-change * 100).toFixed(1)}% faster`;
      return `${fmt(w.value)} → ${fmt(v.value)} ${v.higher ? '/s' : 'ms'} (${sign}${change > TOLERANCE ? ' !' : ''})`;
    });
    console.log(`  ${label}\n      ${parts.join('; ')}`);
  }
  for (const [key, b] of results.before) if (!results.after.has(key)) console.log(`  only before: ${b.line}`);
  return worse;
}

function main() {
  const beforeSha = git('rev-parse', '--verify', `${beforeRef}^{commit}`);
  before = mkdtempSync(join(tmpdir(), 'hotleads-bench-'));
  git('worktree', 'add', '--detach', before, beforeSha);
  try {
    linkModules(before);
    const files = benchFiles();
    if (files.length === 0) throw new Error('No bench file is present in both trees');
    console.log(
      `before: ${beforeRef} (${beforeSha.slice(0, 9)}) — after: this tree (${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--untracked-files=no') === '' ? '' : ', with local changes'})`,
    );
    console.log(`best of ${runs} interleaved runs per tree; ms: lower is better, …/s: higher is better\n`);
    let worse = 0;
    for (const file of files) worse += compare(file);
    console.log(worse === 0 ? '\nno timed line is more than 5% worse' : `\n${worse} timed line(s) more than 5% worse`);
    process.exitCode = worse === 0 ? 0 : 1;
  } finally {
    if (!keep) {
      spawnSync('git', ['worktree', 'remove', '--force', before], { cwd: root });
      rmSync(before, { recursive: true, force: true });
    } else console.log(`kept ${before}`);
  }
}

main();
