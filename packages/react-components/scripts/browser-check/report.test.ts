import { describe, expect, it } from 'vitest';
import {
  bigQueueStoryId,
  keyboardRecordPayment,
  pdfDownloads,
  previewTimingTag,
  printStoryIds,
  storyChecks,
} from './checks';
import type { StoryCheck } from './checks/types';
import { parseOptions } from './options';
import { buildReport, checksWithoutStory, formatResult, formatSummary, reportFailed } from './report';
import type { StoryResult } from './runStories';

const result = (id: string, problems: StoryResult['problems'] = []): StoryResult => ({
  id,
  title: 'T',
  name: id,
  ms: 12,
  problems,
  data: {},
  summaries: [],
});
const check = (name: string, appliesTo?: StoryCheck['appliesTo']): StoryCheck => ({
  name,
  appliesTo,
  run: async () => ({ problems: [] }),
});
const input = (results: StoryResult[], runProblems: string[] = []) => ({
  at: new Date(Date.UTC(2026, 0, 2)),
  chromium: '/usr/bin/chromium',
  checks: [check('console'), check('axe')],
  results,
  runProblems,
  stagesMs: { build: 20_000, stories: 40_000 },
  totalMs: 61_000,
});

describe('buildReport', () => {
  it('counts failed stories and problems per check (every check listed), results sorted by id', () => {
    const report = buildReport(
      input([
        result('b', [
          { check: 'axe', message: 'x' },
          { check: 'axe', message: 'y' },
        ]),
        result('a'),
        result('c', [{ check: 'console', message: 'z' }]),
      ]),
    );
    expect(report).toMatchObject({ at: '2026-01-02T00:00:00.000Z', stories: 3, failed: 2 });
    expect(report.problemsByCheck).toEqual({ console: 1, axe: 2 });
    expect(report.results.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(reportFailed(report)).toBe(true);
    expect(formatSummary(report)).toBe(
      'browser-check: 3 stories, 2 failed; problems by check: console 1, axe 2; build 20.0 s, stories 40.0 s, total 61.0 s',
    );
  });

  it('fails a run with no story, or with a run problem, even when every story passed', () => {
    expect(reportFailed(buildReport(input([result('a')])))).toBe(false);
    expect(reportFailed(buildReport(input([])))).toBe(true);
    expect(reportFailed(buildReport(input([result('a')], ['the x check applies to no story'])))).toBe(true);
  });
});

it('formatResult prints the summaries and one line per problem', () => {
  const r = { ...result('a', [{ check: 'axe', message: 'bad' }]), summaries: ['3 cards'] };
  expect(formatResult(r)).toEqual(['FAIL a (12 ms, 3 cards)', '       axe: bad']);
  expect(formatResult(result('b'))).toEqual(['ok   b (12 ms)']);
});

describe('checksWithoutStory', () => {
  it('names a check that limits itself to stories none of which is in the run', () => {
    const checks = [check('all'), check('big', (s) => s.id === 'big')];
    const story = { id: 'small', title: 'T', name: 'small', tags: [] };
    expect(checksWithoutStory(checks, [story])).toEqual(['the big check applies to no story']);
    expect(checksWithoutStory(checks, [story, { ...story, id: 'big' }])).toEqual([]);
  });

  it('aims the real feed check at the 10,000-account WorkQueue story, the timing check at tagged previews, the keyboard run at RecordPayment and the PDF check at a receipt and a credit note', () => {
    const story = { id: bigQueueStoryId, title: 'Work queue/WorkQueue', name: 'Ten Thousand Accounts', tags: [] };
    const timed = { id: 'rules-preview--big', title: 'Rules/RulePreviewPanel', name: 'Big', tags: [previewTimingTag] };
    const form = { ...story, id: keyboardRecordPayment.storyId, title: 'Payments/Customer Executive' };
    expect(checksWithoutStory(storyChecks, [story])).toEqual([
      'the preview-timing check applies to no story',
      'the keyboard-flow check applies to no story',
      'the print-layout check applies to no story',
      'the pdf-download check applies to no story',
    ]);
    const printed = { ...story, id: printStoryIds[1], title: 'Payments/Billing Manager' };
    expect(checksWithoutStory(storyChecks, [story, timed, form, printed])).toEqual([]);
    // The credit note prints and downloads; the receipt the PDF check downloads is a story of its own.
    expect(pdfDownloads.map((t) => [t.kind, printStoryIds.includes(t.storyId as never)])).toEqual([
      ['receipt', false],
      ['credit-note', true],
    ]);
  });
});

describe('parseOptions', () => {
  it('reads the flags and CHROMIUM_PATH', () => {
    expect(parseOptions([], {})).toEqual({
      reuseBuild: false,
      screenshots: false,
      layoutShots: false,
      only: undefined,
      workers: 2,
      chromiumPath: '/usr/bin/chromium',
      requirePdfTools: false,
    });
    expect(
      parseOptions(['--no-build', '--screenshots', '--layout-shots', '--only', 'WorkQueue', '--workers', '1'], {
        CHROMIUM_PATH: '/c',
      }),
    ).toEqual({
      reuseBuild: true,
      screenshots: true,
      layoutShots: true,
      only: 'workqueue',
      workers: 1,
      chromiumPath: '/c',
      requirePdfTools: false,
    });
  });

  it('requires pdftotext and pdftoppm under HOTLEADS_REQUIRE_PDF=1 or a CI variable that is not off', () => {
    const required = (env: NodeJS.ProcessEnv) => parseOptions([], env).requirePdfTools;
    expect(required({ HOTLEADS_REQUIRE_PDF: '1' })).toBe(true);
    expect(required({ HOTLEADS_REQUIRE_PDF: '0' })).toBe(false);
    expect(required({ CI: 'true' })).toBe(true);
    expect(required({ CI: '1' })).toBe(true);
    for (const off of ['', '0', 'false', 'FALSE']) expect(required({ CI: off })).toBe(false);
  });

  it('refuses an unknown flag, a missing value and a bad worker count, with the usage', () => {
    expect(() => parseOptions(['--fast'])).toThrow(/unknown argument --fast\nusage:/);
    expect(() => parseOptions(['--only'])).toThrow(/--only needs a value/);
    expect(() => parseOptions(['--only', '--no-build'])).toThrow(/--only needs a value/);
    expect(() => parseOptions(['--workers', '0'])).toThrow(/--workers must be a whole number/);
  });
});
