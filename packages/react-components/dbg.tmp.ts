// usage: tsx dbg.tmp.ts <story id> <width> [y0] [height] [theme]
import { launchChromium, newStoryContext } from './scripts/browser-check/browser';
import { serveStatic } from './scripts/browser-check/serve';
import { hookStorybook, storyUrl, waitForStory } from './scripts/browser-check/storybook';
const [id, w, y0 = '0', h = '1100'] = process.argv.slice(2);
const server = await serveStatic('storybook-static');
const browser = await launchChromium('/usr/bin/chromium');
const ctx = await newStoryContext(browser);
await hookStorybook(ctx);
const page = await ctx.newPage();
await page.setViewportSize({ width: Number(w), height: 900 });
await page.goto(storyUrl(server.url, id!));
await waitForStory(page, 60000);
await page.waitForTimeout(400);
const out = `/tmp/i11/shot-${id}-${w}-${y0}.png`;
await page.screenshot({
  path: out,
  fullPage: true,
  clip: { x: 0, y: Number(y0), width: Number(w), height: Number(h) },
});
console.log(out);
await browser.close();
await server.close();
