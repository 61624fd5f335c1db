// The print layout of the payments documents on screen (a receipt, a credit note's details), in
// the real browser with `page.emulateMedia({ media: 'print' })`: the document prints, and its
// buttons (everything marked `.hl-no-print`) do not.
import type { StoryCheck } from './types';

/** What the print check saw under print media. */
export interface PrintLayoutData {
  /** Elements marked `.hl-no-print`, and how many of them still showed. */
  readonly noPrint: number;
  readonly noPrintShown: number;
  /** Whether the document (the story's first `article`) showed, and its text length. */
  readonly documentShown: boolean;
  readonly documentText: number;
}

/** Options of {@link printLayoutCheck}: the stories that show a printable document. */
export interface PrintLayoutOptions {
  readonly storyIds: readonly string[];
}

/**
 * Emulates print media on each of `storyIds` and fails it when its document (the first
 * `article` in `#storybook-root`) does not show, has no text, has no `.hl-no-print` part, or when
 * any `.hl-no-print` part still shows. Screen media is restored afterwards.
 */
export function printLayoutCheck(options: PrintLayoutOptions): StoryCheck<PrintLayoutData> {
  return {
    name: 'print-layout',
    appliesTo: (story) => options.storyIds.includes(story.id),
    run: async ({ page }) => {
      await page.emulateMedia({ media: 'print' });
      try {
        const data = await page.evaluate((): PrintLayoutData => {
          const shown = (el: Element) => {
            const r = el.getBoundingClientRect();
            return getComputedStyle(el).display !== 'none' && r.width > 0 && r.height > 0;
          };
          const root = document.querySelector('#storybook-root');
          const doc = root?.querySelector('article') ?? null;
          const noPrint = [...(root?.querySelectorAll('.hl-no-print') ?? [])];
          return {
            noPrint: noPrint.length,
            noPrintShown: noPrint.filter(shown).length,
            documentShown: doc !== null && shown(doc),
            documentText: doc?.textContent?.trim().length ?? 0,
          };
        });
        const problems: string[] = [];
        if (!data.documentShown) problems.push('the document does not show under print media');
        if (data.documentText === 0) problems.push('the printed document has no text');
        if (data.noPrint === 0) problems.push('nothing is marked .hl-no-print (its buttons would print)');
        if (data.noPrintShown > 0)
          problems.push(`${data.noPrintShown} of ${data.noPrint} .hl-no-print parts still show in print`);
        return { problems, data, summary: `print ${data.noPrint} hidden` };
      } finally {
        await page.emulateMedia({ media: 'screen' });
      }
    },
  };
}
