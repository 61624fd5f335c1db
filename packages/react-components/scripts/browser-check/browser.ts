// Launches Debian's Chromium through playwright-core (Playwright cannot download browsers here).
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/**
 * Chromium's flags: no sandbox (containers run as root), headless, no GPU, no traffic of its own
 * (updates, sync, QUIC), and /tmp instead of a small /dev/shm.
 */
export const chromiumFlags: readonly string[] = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-dev-shm-usage',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/** The page every story is opened in: a 1280 × 900 desktop viewport, no animations. */
export const storyViewport = { width: 1280, height: 900 } as const;

/** The command that installs what the check needs, printed when Chromium is missing. */
export const installHint = 'apt-get update && apt-get install -y chromium fonts-liberation';

/** Throws with the install command when there is no Chromium at `executablePath`. */
export function assertChromium(executablePath: string): void {
  if (!existsSync(executablePath)) throw new Error(`${executablePath} not found. Install it with: ${installHint}`);
}

/** Launches headless Chromium at `executablePath`; throws with the install command if it is missing. */
export async function launchChromium(executablePath: string): Promise<Browser> {
  assertChromium(executablePath);
  return chromium.launch({ executablePath, args: [...chromiumFlags] });
}

/**
 * A browser context for opening stories: the story viewport, device scale 1 (screenshots are
 * pixel-stable) and reduced motion. Scripts that tsx or vitest compiled call esbuild's `__name`
 * helper (it keeps function names); functions handed to `page.evaluate` are sent as source
 * text, so each page gets a no-op `__name` before anything else runs.
 */
export async function newStoryContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: storyViewport, deviceScaleFactor: 1, reducedMotion: 'reduce' });
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  return context;
}
