// The checks every browser-check run makes, in the order they run on each story. A new
// per-story check (say, rendering at several widths) implements `StoryCheck` in a file of its
// own and joins this list; the runner, the log and the JSON report pick it up by its name.
import { axeCheck } from './axe';
import { layoutCheck, layoutWidths } from './layout';
import { consoleCheck, requestsCheck } from './pageEvents';
import { previewTimingCheck, previewTimingTag } from './previewTiming';
import { storybookCheck } from './storybook';
import type { StoryCheck } from './types';
import { virtualizedFeedCheck } from './virtualizedFeed';
import { keyboardFlowCheck } from './keyboardFlow';
import { printLayoutCheck } from './printLayout';
import { pdfDownloadCheck, type PdfDownloadTarget, type PdfTools } from './pdfDownload';

export type { CheckOutcome, PageEvents, StoryCheck, StoryContext } from './types';
export type { PreviewTimingData } from './previewTiming';
export type { LayoutCheckOptions, LayoutData, TextElement, WidthMeasurement } from './layout';
export {
  axeCheck,
  consoleCheck,
  keyboardFlowCheck,
  layoutCheck,
  layoutWidths,
  pdfDownloadCheck,
  previewTimingCheck,
  printLayoutCheck,
  previewTimingTag,
  requestsCheck,
  storybookCheck,
  virtualizedFeedCheck,
};
export type { KeyboardFlowData, KeyboardFlowOptions } from './keyboardFlow';
export type { PrintLayoutData, PrintLayoutOptions } from './printLayout';
export type { PdfDownloadData, PdfDownloadOptions, PdfDownloadTarget, PdfFeature, PdfTools } from './pdfDownload';
export { expectedPdfText, findPdfTools, missingFeatures, pdfToolsInstallHint } from './pdfDownload';

/** The WorkQueue story with a 10,000-account book. */
export const bigQueueStoryId = 'work-queue-workqueue--ten-thousand-accounts';

/** The RecordPayment story the keyboard run drives, and what it types (the sample cash payment of docs/payments.md). */
export const keyboardRecordPayment = {
  storyId: 'payments-customer-executive--keyboard-only',
  consumer: 'John',
  method: 'Cash',
  amount: '145.50',
  tendered: '150.00',
  changeGiven: '4.50',
} as const;

/** The stories whose document is checked under print media: a receipt and a credit note's details. */
export const printStoryIds = [
  'payments-customer-executive--record-cash-payment',
  'payments-billing-manager--credit-note-details-view',
] as const;

/**
 * The stories whose Download PDF the browser check clicks: a short payment's receipt (a "−"
 * difference, a Cyrillic name) and the overpayment's credit note; their first pages go to
 * docs/screenshots.
 */
export const pdfDownloads: readonly PdfDownloadTarget[] = [
  {
    storyId: 'payments-customer-executive--short-payment-receipt-pdf',
    kind: 'receipt',
    shot: 'receipt-pdf.png',
    features: ['negative-difference', 'non-latin-name'],
  },
  {
    storyId: 'payments-billing-manager--credit-note-details-view',
    kind: 'credit-note',
    shot: 'credit-note-pdf.png',
  },
];

/** What a run's checks can be asked to do beyond checking. */
export interface StoryChecksOptions {
  /** Where the layout check saves a screenshot of every story at each width (`--layout-shots`). */
  readonly layoutShotsDir?: string;
  /** Where the PDF check saves each document's first page (docs/screenshots in a real run; none without it). */
  readonly pdfShotsDir?: string;
  /** Fail when pdftotext or pdftoppm is missing (`HOTLEADS_REQUIRE_PDF=1` or `CI`); else the summary says so. */
  readonly requirePdfTools?: boolean;
  /** The poppler tools found (default: looked up). */
  readonly pdfTools?: PdfTools;
}

/**
 * The per-story checks of a real run: the story finished cleanly, axe finds nothing, its text
 * neither overlaps nor is clipped at 1280, 768 and 320 px, the big queue stays virtualized and
 * keyboard-reachable, RecordPayment runs by keyboard alone, a receipt and a credit note print without
 * their buttons and download as PDFs with the ledger's text, the rule previews tagged
 * `preview-timing` print their time (and stay under 1 s), no request failed, nothing logged an error. The page-event checks come
 * last so they also see what happened while the others ran.
 */
export function createStoryChecks(options: StoryChecksOptions = {}): readonly StoryCheck[] {
  return [
    storybookCheck,
    axeCheck,
    layoutCheck({ widths: layoutWidths, shotsDir: options.layoutShotsDir }),
    virtualizedFeedCheck({ storyId: bigQueueStoryId, total: 10_000, maxCards: 100 }),
    previewTimingCheck({ maxMs: 1000 }),
    keyboardFlowCheck(keyboardRecordPayment),
    printLayoutCheck({ storyIds: printStoryIds }),
    pdfDownloadCheck({
      targets: pdfDownloads,
      shotsDir: options.pdfShotsDir,
      requireTools: options.requirePdfTools,
      tools: options.pdfTools,
    }),
    requestsCheck,
    consoleCheck,
  ];
}

/** The checks of a run without extra outputs. */
export const storyChecks: readonly StoryCheck[] = createStoryChecks();
