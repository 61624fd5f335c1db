// The rule preview's speed in a real browser: stories tagged `preview-timing` run a preview in
// the Web Worker (the seed's "New Lead Needs Outreach" over 100,000 b2b leads, and the same rule
// with a score condition); the time the worker took is printed on the story's line and kept in
// the report. It fails only beyond a generous limit (docs/rule-builder.md, "Preview").
import type { StoryCheck } from './types';

/** The tag that makes a story's preview timed. */
export const previewTimingTag = 'preview-timing';

/** What the check reports: the worker's time for one preview (`previewRule` on the sample), in ms. */
export interface PreviewTimingData {
  readonly ms: number;
  /** Drawing the sample before it (`sampleLeads`), in ms. */
  readonly sampleMs: number;
  readonly matched: string;
  readonly total: string;
}

/** Reads the preview time of the story's `RulePreviewPanel`; a problem above `maxMs` (default 1000). */
export function previewTimingCheck(
  options: { maxMs?: number; timeoutMs?: number } = {},
): StoryCheck<PreviewTimingData> {
  const { maxMs = 1000, timeoutMs = 20_000 } = options;
  return {
    name: 'preview-timing',
    appliesTo: (story) => story.tags.includes(previewTimingTag),
    async run({ page }) {
      const panel = page.locator('[data-preview-ms]').first();
      await panel.waitFor({ state: 'attached', timeout: timeoutMs });
      const ms = Number(await panel.getAttribute('data-preview-ms'));
      const sampleMs = Number(await panel.getAttribute('data-sample-ms'));
      const matched = (await panel.locator('[data-count="matched"]').first().textContent()) ?? '';
      const total = (await panel.locator('[data-count="total"]').first().textContent()) ?? '';
      const problems = Number.isFinite(ms)
        ? ms > maxMs
          ? [`the preview took ${ms} ms (limit ${maxMs} ms)`]
          : []
        : ['the preview panel gave no time'];
      return {
        problems,
        data: { ms, sampleMs, matched, total },
        summary: `preview ${ms} ms over ${total} leads (matched ${matched.trim()}; sample drawn in ${sampleMs} ms)`,
      };
    },
  };
}
