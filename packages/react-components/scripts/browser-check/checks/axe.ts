// axe-core, injected into the page and run on the story's root.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { StoryCheck } from './types';

/** One axe rule broken, with up to three of the elements that break it. */
export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly string[];
}

let axeSource: string | undefined;
const loadAxe = () =>
  (axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));

/** Fails a story on any axe-core violation inside `#storybook-root` (every rule axe runs by default). */
export const axeCheck: StoryCheck<readonly AxeViolation[]> = {
  name: 'axe',
  async run({ page }) {
    await page.addScriptTag({ content: loadAxe() });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Element, options: object) => Promise<AxeResults> } })
        .axe;
      const root = document.querySelector('#storybook-root');
      if (!root) return [];
      const result = await axe.run(root, { resultTypes: ['violations'] });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
      }));
    });
    return {
      problems: violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.join(', ')}`),
      data: violations,
    };
  },
};
