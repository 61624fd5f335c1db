// The run's JSON report (artifacts/browser-check.json) and its lines in the log.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { StoryCheck } from './checks/types';
import type { StoryResult } from './runStories';
import type { StoryEntry } from './storybook';

/** What one run found, as written to artifacts/browser-check.json. */
export interface BrowserCheckReport {
  readonly at: string;
  readonly chromium: string;
  readonly stories: number;
  readonly failed: number;
  /** Problems counted by the check that found them (`console`, `axe`, …), every check listed. */
  readonly problemsByCheck: Readonly<Record<string, number>>;
  /** Problems of the run as a whole (a check that applied to no story). */
  readonly runProblems: readonly string[];
  /** Milliseconds per stage (`build`, `serve`, `launch`, `stories`, …) and in all. */
  readonly stagesMs: Readonly<Record<string, number>>;
  readonly totalMs: number;
  /** Sorted by story id. */
  readonly results: readonly StoryResult[];
}

/** What `buildReport` summarizes. */
export interface BuildReportInput {
  readonly at: Date;
  readonly chromium: string;
  readonly checks: readonly StoryCheck[];
  readonly results: readonly StoryResult[];
  readonly runProblems: readonly string[];
  readonly stagesMs: Readonly<Record<string, number>>;
  readonly totalMs: number;
}

/** Summarizes a run: failed stories, problem counts per check, results sorted by id. */
export function buildReport(input: BuildReportInput): BrowserCheckReport {
  const problemsByCheck: Record<string, number> = {};
  for (const check of input.checks) problemsByCheck[check.name] = 0;
  for (const result of input.results) {
    for (const p of result.problems) problemsByCheck[p.check] = (problemsByCheck[p.check] ?? 0) + 1;
  }
  return {
    at: input.at.toISOString(),
    chromium: input.chromium,
    stories: input.results.length,
    failed: input.results.filter((r) => r.problems.length > 0).length,
    problemsByCheck,
    runProblems: input.runProblems,
    stagesMs: input.stagesMs,
    totalMs: input.totalMs,
    results: [...input.results].sort((a, b) => a.id.localeCompare(b.id)),
  };
}

/** Whether the run failed: a story with a problem, a run problem, or no story at all. */
export function reportFailed(report: BrowserCheckReport): boolean {
  return report.stories === 0 || report.failed > 0 || report.runProblems.length > 0;
}

/**
 * The checks that limit themselves to some stories (`appliesTo`) but matched none of `stories`:
 * in a full run that means a story was renamed and the check silently stopped running.
 */
export function checksWithoutStory(checks: readonly StoryCheck[], stories: readonly StoryEntry[]): string[] {
  return checks
    .filter((check) => check.appliesTo !== undefined && !stories.some((s) => check.appliesTo?.(s)))
    .map((check) => `the ${check.name} check applies to no story`);
}

/** Writes the report as indented JSON, creating its folder. */
export function writeReport(path: string, report: BrowserCheckReport): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
}

/** A story's lines in the log: `ok`/`FAIL`, id, time and summaries, then one line per problem. */
export function formatResult(result: StoryResult): string[] {
  const details = [`${result.ms} ms`, ...result.summaries].join(', ');
  return [
    `${result.problems.length > 0 ? 'FAIL' : 'ok  '} ${result.id} (${details})`,
    ...result.problems.map((p) => `       ${p.check}: ${p.message}`),
  ];
}

/** The run's last line: stories, failures, problems per check, time per stage. */
export function formatSummary(report: BrowserCheckReport): string {
  const counts = Object.entries(report.problemsByCheck)
    .map(([check, n]) => `${check} ${n}`)
    .join(', ');
  const stages = Object.entries(report.stagesMs)
    .map(([stage, ms]) => `${stage} ${(ms / 1000).toFixed(1)} s`)
    .join(', ');
  return (
    `browser-check: ${report.stories} stories, ${report.failed} failed; problems by check: ${counts}` +
    `; ${stages}, total ${(report.totalMs / 1000).toFixed(1)} s`
  );
}
