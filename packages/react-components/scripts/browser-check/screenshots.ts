// Screenshots: one of every story into the git-ignored artifacts/, and the persona pages into
// docs/screenshots/ for the README (`npm run screenshots`).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { StoryCapture } from './runStories';
import type { StoryEntry } from './storybook';

/** The persona pages whose light-theme screenshots the README shows. */
export const personaPages: readonly string[] = [
  'Collector queue',
  'Manager team dashboard',
  'Admin agency dashboard',
  'Rule author',
];

/** Whether a story is a whole page (under `Pages`), shot as its full rendered height. */
export const isPage = (story: StoryEntry): boolean => story.title === 'Pages';

/** Whether a story is one of the persona pages. */
export const isPersonaPage = (story: StoryEntry): boolean => isPage(story) && personaPages.includes(story.name);

/** The docs file name of a persona page: `Collector queue` → `collector-queue.png`. */
export function personaFileName(story: StoryEntry): string {
  return `${story.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.png`;
}

/** Shoots each story into `dir/<story id>.png`: a page at its full height, a component at the viewport. */
export function storyScreenshot(dir: string): StoryCapture {
  mkdirSync(dir, { recursive: true });
  return async ({ page, story }) => {
    const path = join(dir, `${story.id}.png`);
    if (isPage(story)) await page.locator('#storybook-root').screenshot({ path });
    else await page.screenshot({ path });
  };
}

/** Shoots each persona page into `dir/<persona>.png` (other stories are left alone). */
export function personaScreenshot(dir: string): StoryCapture {
  mkdirSync(dir, { recursive: true });
  return async ({ page, story }) => {
    if (!isPersonaPage(story)) return;
    await page.locator('#storybook-root').screenshot({ path: join(dir, personaFileName(story)) });
  };
}
