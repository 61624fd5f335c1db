// The payments documents as files: on a story whose Download PDF button makes the real PDF
// (@hotleads/payments/pdf), click the button, take the browser's download
// (`page.waitForEvent('download')`, `download.saveAs`), and check that the file is a PDF holding
// the text of the document the story made (read back with poppler's pdftotext), then keep a PNG
// of its first page (pdftoppm). The expected text is computed here, with the library's
// formatter, from the receipt or credit note the story host kept in `window.__hotleadsPdfs`
// (src/fixtures/pdfDownloads.ts).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPaymentFormatter } from '@hotleads/payments';
import type { MadePdf } from '../../../src/fixtures/pdfDownloads';
import type { StoryCheck } from './types';

/** What a document must show beyond its own values, so the run covers the hard cases of a PDF font. */
export type PdfFeature = 'negative-difference' | 'non-latin-name';

const featureNames: Record<PdfFeature, string> = {
  'negative-difference': 'negative difference (a "−" amount)',
  'non-latin-name': 'consumer name outside Latin script',
};

/** One story whose Download PDF the check clicks. */
export interface PdfDownloadTarget {
  readonly storyId: string;
  /** The file its first page is saved as, in the options' `shotsDir` (`receipt-pdf.png`). */
  readonly shot: string;
  /** Which document it must download. */
  readonly kind: MadePdf['kind'];
  /** What that document must have (a "−" amount, a name outside Latin script). */
  readonly features?: readonly PdfFeature[];
}

/** Which of poppler's tools were found on the PATH. */
export interface PdfTools {
  readonly pdftotext: boolean;
  readonly pdftoppm: boolean;
}

/** Options of {@link pdfDownloadCheck}. */
export interface PdfDownloadOptions {
  readonly targets: readonly PdfDownloadTarget[];
  /** Where the first pages go as PNG (docs/screenshots in a real run); none are kept without it. */
  readonly shotsDir?: string;
  /** The tools there are (default: looked up with {@link findPdfTools} on the first story). */
  readonly tools?: PdfTools;
  /** Fail, rather than note it in the summary, when pdftotext or pdftoppm is missing (`HOTLEADS_REQUIRE_PDF=1`, CI). */
  readonly requireTools?: boolean;
  /** The button clicked (default `/^download pdf$/i`). */
  readonly button?: RegExp;
  /** How long the download may take to start, ms (default 30 s: the PDF embeds a whole font). */
  readonly timeoutMs?: number;
}

/** What the check saw of one download, for the report. */
export interface PdfDownloadData {
  readonly fileName: string;
  readonly bytes: number;
  /** The texts looked for, and those pdftotext did not find; null when pdftotext is missing. */
  readonly expected: readonly string[];
  readonly missing: readonly string[] | null;
  /** The first page's PNG and its size, when one was made. */
  readonly shot: string | null;
  readonly shotBytes: number | null;
}

/** The command that installs poppler's tools, printed when one is missing. */
export const pdfToolsInstallHint = 'apt-get update && apt-get install -y poppler-utils';

/** Whether pdftotext and pdftoppm run (each is asked for its version). */
export function findPdfTools(): PdfTools {
  const runs = (tool: string) => {
    try {
      execFileSync(tool, ['-v'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  return { pdftotext: runs('pdftotext'), pdftoppm: runs('pdftoppm') };
}

/**
 * The texts a downloaded document must hold, each a value of the document as the library's
 * formatter writes it (`createPaymentFormatter` with the document's settings): numbers, the
 * consumer, amounts, dates and the system stamp's number.
 */
export function expectedPdfText(made: MadePdf): string[] {
  const f = createPaymentFormatter(made.settings);
  if (made.kind === 'receipt') {
    const r = made.document;
    return unique([
      made.issuer,
      r.receiptNumber,
      r.paymentId,
      r.transactionId,
      r.consumer.name,
      r.consumer.accountNumber,
      f.dateTime(r.paymentDate),
      f.money(r.summary.amount),
      ...r.items.flatMap((i) => [i.item, f.money(i.due), f.money(i.paid), f.money(i.difference)]),
      f.money(r.outstanding),
      r.processing.receivedBy,
      f.dateTime(made.now),
    ]);
  }
  const n = made.document;
  return unique([
    made.issuer,
    n.number,
    n.status,
    n.consumerName,
    n.accountNumber,
    f.dateTime(n.createdAt),
    f.date(n.expiresAt),
    f.money(n.amount),
    f.money(n.applied),
    f.money(n.remaining),
    n.reason,
    n.createdBy,
    n.paymentId,
    n.linkedReceipt,
    ...n.applications.flatMap((a) => [a.item, f.money(a.amount)]),
    f.dateTime(made.now),
  ]);
}

/** The features of {@link PdfFeature} a document lacks (checked on the document, so a changed story is caught). */
export function missingFeatures(made: MadePdf, features: readonly PdfFeature[]): PdfFeature[] {
  const f = createPaymentFormatter(made.settings);
  const name = made.kind === 'receipt' ? made.document.consumer.name : made.document.consumerName;
  const has: Record<PdfFeature, boolean> = {
    'negative-difference':
      made.kind === 'receipt' && made.document.items.some((i) => f.money(i.difference).startsWith('\u2212')),
    // A letter of another script than Latin (Greek, Cyrillic, CJK, …).
    'non-latin-name': /(?=\p{L})\P{Script=Latin}/u.test(name),
  };
  return features.filter((x) => !has[x]);
}

/**
 * Clicks Download PDF on each target story and fails it when no download starts, the file is not
 * a PDF (`%PDF-`), it is not the document the story host made (kind, file name), the document
 * lacks one of the target's features, or pdftotext does not find every text of
 * {@link expectedPdfText}. When it passed, saves the first page as a 60 dpi PNG into `shotsDir`.
 * A missing pdftotext or pdftoppm fails the story under `requireTools`, and is named in its
 * summary otherwise.
 */
export function pdfDownloadCheck(options: PdfDownloadOptions): StoryCheck<PdfDownloadData> {
  const { targets, shotsDir, requireTools = false, button = /^download pdf$/i, timeoutMs = 30_000 } = options;
  let found: PdfTools | undefined = options.tools;
  return {
    name: 'pdf-download',
    appliesTo: (story) => targets.some((t) => t.storyId === story.id),
    async run({ page, story }) {
      const target = targets.find((t) => t.storyId === story.id)!;
      const problems: string[] = [];
      const notes: string[] = [];
      const tools = (found ??= findPdfTools());
      const missingTools = (['pdftotext', 'pdftoppm'] as const).filter((t) => !tools[t]);
      if (missingTools.length > 0) {
        const message = `${missingTools.join(' and ')} not found; install poppler-utils: ${pdfToolsInstallHint}`;
        if (requireTools) problems.push(message);
        else notes.push(`${missingTools.join(', ')} missing`);
      }
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: timeoutMs }),
        page.getByRole('button', { name: button }).click(),
      ]);
      const dir = mkdtempSync(join(tmpdir(), 'browser-check-pdf-'));
      try {
        const file = join(dir, 'download.pdf');
        await download.saveAs(file);
        const failure = await download.failure();
        if (failure !== null) return { problems: [...problems, `the download failed: ${failure}`] };
        const bytes = readFileSync(file);
        const fileName = download.suggestedFilename();
        if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-')
          return { problems: [...problems, `${fileName} is not a PDF (it starts ${JSON.stringify(head(bytes))})`] };
        const made = await page.evaluate(() => window.__hotleadsPdfs?.at(-1) ?? null);
        if (made === null) return { problems: [...problems, 'the story kept no record of the PDF it made'] };
        if (made.kind !== target.kind) problems.push(`downloaded a ${made.kind}, not a ${target.kind}`);
        if (made.fileName !== fileName) problems.push(`the file is named ${fileName}, not ${made.fileName}`);
        for (const feature of missingFeatures(made, target.features ?? []))
          problems.push(`the ${made.kind} has no ${featureNames[feature]}`);
        const expected = expectedPdfText(made);
        let missing: string[] | null = null;
        if (tools.pdftotext) {
          const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
          missing = expected.filter((e) => !text.includes(e));
          for (const m of missing) problems.push(`${fileName}: pdftotext does not find ${JSON.stringify(m)}`);
        }
        let shot: string | null = null;
        let shotBytes: number | null = null;
        // A document that failed does not replace the page in the docs.
        if (shotsDir !== undefined && tools.pdftoppm && problems.length === 0) {
          execFileSync('pdftoppm', ['-png', '-f', '1', '-l', '1', '-r', '60', '-singlefile', file, join(dir, 'page')]);
          mkdirSync(shotsDir, { recursive: true });
          shot = join(shotsDir, target.shot);
          copyFileSync(join(dir, 'page.png'), shot);
          shotBytes = statSync(shot).size;
        }
        const read =
          missing === null ? 'text not read' : `${expected.length - missing.length}/${expected.length} texts`;
        return {
          problems,
          data: { fileName, bytes: bytes.length, expected, missing, shot, shotBytes },
          summary: [`pdf ${fileName} ${Math.round(bytes.length / 1024)} KB, ${read}`, ...notes].join(', '),
        };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

function unique(xs: readonly string[]): string[] {
  return [...new Set(xs.filter((x) => x !== ''))];
}

function head(bytes: Buffer): string {
  return bytes.subarray(0, 12).toString('latin1');
}
