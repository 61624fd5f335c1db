// One run of the RecordPayment flow by keyboard only, in the real browser: Tab, typing, arrow
// keys, Space and Enter through Playwright's keyboard (no clicks), from the consumer search to
// the receipt. A step whose control never takes the focus fails the story with that step named.
import type { Page } from 'playwright-core';
import type { StoryCheck } from './types';

/** What the keyboard run records. */
export interface KeyboardFlowData {
  /** Key presses it took. */
  readonly keys: number;
  /** The receipt heading reached, when it was. */
  readonly receipt: string | null;
}

/** What to type at each step: the sample cash payment (docs/payments.md). */
export interface KeyboardFlowOptions {
  readonly storyId: string;
  readonly consumer: string;
  readonly method: string;
  readonly amount: string;
  readonly tendered: string;
  readonly changeGiven: string;
}

/** The focused element's name: its label, aria-label, or its own text. */
async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const labelled = (el as HTMLInputElement).labels?.[0]?.textContent;
    return (labelled ?? el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
  });
}

/**
 * Drives the story `storyId` by keyboard and checks that the receipt shows: Tab to the consumer
 * search, type, Enter on the first match; Tab to the method and type its name; Tab to the first
 * unpaid item and Space; Tab to the amount, the cash received and the change and type them; Tab
 * to "Review payment", Enter; Tab to "Confirm payment", Enter.
 */
export function keyboardFlowCheck(options: KeyboardFlowOptions): StoryCheck<KeyboardFlowData> {
  return {
    name: 'keyboard-flow',
    appliesTo: (story) => story.id === options.storyId,
    async run({ page }) {
      const problems: string[] = [];
      let keys = 0;
      const press = async (key: string) => {
        keys++;
        await page.keyboard.press(key);
      };
      /** Presses Tab until the focused control's name matches, at most `max` times. */
      const tabTo = async (name: RegExp, max = 12): Promise<boolean> => {
        for (let i = 0; i < max; i++) {
          await press('Tab');
          if (name.test(await focusedName(page))) return true;
        }
        problems.push(`keyboard: Tab never reached ${name}`);
        return false;
      };
      await page.locator('#storybook-root').evaluate((root) => (root as HTMLElement).ownerDocument.body.focus());
      if (!(await tabTo(/search consumer/i))) return { problems, data: { keys, receipt: null } };
      await page.keyboard.type(options.consumer);
      await page.locator('[role="option"][aria-selected="true"]').first().waitFor({ timeout: 10_000 });
      await press('Enter');
      // The search box goes away and the channel takes the focus; the method is next.
      await page.waitForFunction(() => document.activeElement?.tagName === 'SELECT', null, { timeout: 10_000 });
      if (!(await tabTo(/payment method/i, 3))) return { problems, data: { keys, receipt: null } };
      await page.keyboard.type(options.method);
      if (!(await tabTo(/^INV-/))) return { problems, data: { keys, receipt: null } };
      await press('Space');
      const steps: Array<[RegExp, string]> = [
        [/^amount$/i, options.amount],
        [/amount received/i, options.tendered],
        [/change given/i, options.changeGiven],
      ];
      for (const [name, text] of steps) {
        if (!(await tabTo(name))) return { problems, data: { keys, receipt: null } };
        await page.keyboard.type(text);
      }
      if (!(await tabTo(/review payment/i, 20))) return { problems, data: { keys, receipt: null } };
      await press('Enter');
      await page.getByRole('button', { name: /confirm payment/i }).waitFor({ timeout: 10_000 });
      if (!(await tabTo(/confirm payment/i))) return { problems, data: { keys, receipt: null } };
      await press('Enter');
      const heading = page.getByRole('heading', { name: /^receipt /i });
      let receipt: string | null = null;
      try {
        await heading.waitFor({ timeout: 10_000 });
        receipt = (await heading.textContent())?.trim() ?? null;
      } catch {
        problems.push('keyboard: no receipt after Confirm payment');
      }
      return { problems, data: { keys, receipt }, summary: `keyboard ${keys} keys` };
    },
  };
}
