// Receipt and credit-note PDFs, read back with poppler's pdftotext (installed by .ci/run): the
// text a person sees must be there, a minus sign and non-Latin names included.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cashPayment, jane, manager, SAMPLE_NOW, sampleWorld, seedSample } from '../testing/sampleData';
import { createPaymentFormatter } from '../format/createPaymentFormatter';
import type { CreditNote, Receipt } from '../ledger/views';
import type { Ledger } from '../createLedger';
import { createRequire } from 'node:module';
import { creditNotePdf, loadNotoSans, NOTO_SANS_FILES, receiptPdf } from './index';

const require = createRequire(import.meta.url);

const dir = mkdtempSync(join(tmpdir(), 'hotleads-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The text of a PDF, as pdftotext lays it out. */
function textOf(bytes: Uint8Array, name: string): string {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

const NAME = 'Дмитрий Иванов';
let ledger: Ledger;
let under: Receipt;
let over: Receipt;
let note: CreditNote;

beforeAll(async () => {
  ({ ledger } = sampleWorld());
  await seedSample(ledger);
  await ledger.addConsumer({
    accountNumber: 'WU-20002',
    name: NAME,
    serviceAddress: 'Невский пр. 1',
    balance: '300.00',
  });
  await ledger.addBill({
    accountNumber: 'WU-20002',
    invoiceNumber: 'INV-RU-1',
    period: 'Mar 2025',
    amount: '145.50',
    issuedAt: '2025-03-31T12:00:00Z',
    dueDate: '2025-04-15',
  });
  under = (
    await ledger.recordPayment({
      accountNumber: 'WU-20002',
      type: 'bill',
      items: ['INV-RU-1'],
      amount: '100.00',
      method: 'Check',
      actor: jane,
    })
  ).receipt;
  over = (await ledger.recordPayment({ ...cashPayment, amount: '150.00', changeGiven: '0.00' })).receipt;
  note = await ledger.createCreditNote({
    paymentId: under.paymentId,
    amount: '25.25',
    reason: 'Billing Error',
    remarks: 'Ζωή — двойное списание',
    actor: manager,
  });
});

// Embedding a whole font and compressing it takes a second or more per document on a shared machine.
describe('receiptPdf', { timeout: 60_000 }, () => {
  it('writes the header, consumer, amounts with a minus sign, and the system stamp, in a non-Latin name', async () => {
    const bytes = await receiptPdf(under, {
      settings: ledger.settings,
      now: SAMPLE_NOW,
      issuer: 'Westfield Utilities',
    });
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const text = textOf(bytes, 'under');
    const f = createPaymentFormatter(ledger.settings);
    const item = under.items[0]!;
    expect(item.outcome).toBe('under');
    for (const expected of [
      'Westfield Utilities — Payment Receipt',
      under.receiptNumber,
      under.paymentId,
      under.transactionId,
      NAME,
      'Невский пр. 1',
      f.money(under.summary.amount),
      f.money(item.due),
      f.money(item.difference),
      f.money(under.outstanding),
      f.dateTime(under.paymentDate),
      jane.name,
      `System-generated receipt ${under.receiptNumber}`,
      f.dateTime(SAMPLE_NOW),
    ])
      expect(text).toContain(expected);
    expect(f.money(item.difference)).toMatch(/^\u2212\$/);
  });

  it('shows the cash received, the change and the Overpayment credit note of the sample payment', async () => {
    const text = textOf(await receiptPdf(over, { settings: ledger.settings, now: SAMPLE_NOW }), 'over');
    const f = createPaymentFormatter(ledger.settings);
    expect(text).toContain('Payment Receipt');
    expect(text).toContain(f.money(over.cash!.amountReceived));
    expect(text).toContain(f.money(over.cash!.changeGiven));
    expect(text).toContain(`${over.creditNote!.number} · ${f.money(over.creditNote!.amount)}`);
    expect(text).toContain(cashPayment.notes);
  });

  it('embeds the font whole (a fontkit subset renders letters blank)', async () => {
    textOf(await receiptPdf(over, { settings: ledger.settings, now: SAMPLE_NOW }), 'fonts');
    const table = execFileSync('pdffonts', [join(dir, 'fonts.pdf')], { encoding: 'utf8' });
    const fonts = table.split('\n').filter((l) => l.includes('NotoSans'));
    expect(fonts.length).toBe(1);
    // Columns: name, type, encoding, emb, sub, uni, object ID.
    for (const line of fonts) expect(line.split(/\s+/).slice(-5, -2)).toEqual(['yes', 'no', 'yes']);
  });

  it('is the same document for the same input: no clock is read', async () => {
    const options = { settings: ledger.settings, now: SAMPLE_NOW };
    expect(await receiptPdf(under, options)).toEqual(await receiptPdf(under, options));
  });

  it('breaks long content onto further pages, each with the stamp', async () => {
    const items = Array.from({ length: 80 }, (_, i) => ({ ...under.items[0]!, item: `INV-${i}` }));
    const text = textOf(await receiptPdf({ ...under, items }, { settings: ledger.settings, now: SAMPLE_NOW }), 'long');
    expect(text.split('\f').filter((p) => p.trim() !== '').length).toBeGreaterThan(1);
    expect(text.match(/System-generated receipt/g)!.length).toBe(text.split('\f').filter((p) => p.trim()).length);
    expect(text).toContain('INV-79');
  });

  it('refuses what is not a receipt, bad fonts, a bad now or settings', async () => {
    const settings = ledger.settings;
    await expect(receiptPdf(null as never, { settings, now: SAMPLE_NOW })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    await expect(receiptPdf({ ...under, items: 'x' } as never, { settings, now: SAMPLE_NOW })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: ['items'],
    });
    const hostile = Object.defineProperty({ ...under }, 'receiptNumber', {
      get() {
        throw new Error('trap');
      },
      enumerable: true,
    });
    await expect(receiptPdf(hostile, { settings, now: SAMPLE_NOW })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    await expect(
      receiptPdf(under, { settings, now: SAMPLE_NOW, fonts: { regular: new Uint8Array([1, 2, 3]) } }),
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', path: ['fonts'] });
    await expect(receiptPdf(under, { settings, now: '2025-04-20T10:00:00' })).rejects.toMatchObject({
      code: 'INVALID_TIME',
    });
    await expect(
      receiptPdf(under, { settings: { ...settings, timeZone: 'Mars/Olympus' }, now: SAMPLE_NOW }),
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', path: ['timeZone'] });
  });
});

describe('creditNotePdf', { timeout: 60_000 }, () => {
  it('writes the number, status, consumer, amounts, usage, reason, remarks and linked payment', async () => {
    const fonts = { ...(await loadNotoSans()), bold: readFileSync(require.resolve(NOTO_SANS_FILES.bold)) };
    const applied = await ledger.getCreditNote(note.number);
    const text = textOf(
      await creditNotePdf(applied, { settings: ledger.settings, now: SAMPLE_NOW, fonts, format: { locale: 'en-GB' } }),
      'note',
    );
    const f = createPaymentFormatter(ledger.settings, { locale: 'en-GB' });
    for (const expected of [
      'Credit Note',
      applied.number,
      applied.status,
      NAME,
      applied.accountNumber,
      f.money(applied.amount),
      f.money(applied.remaining),
      `${applied.usagePercent}%`,
      'Billing Error',
      'Ζωή — двойное списание',
      manager.name,
      `${applied.paymentId} (receipt ${applied.linkedReceipt})`,
      f.date(applied.expiresAt),
      `System-generated credit note ${applied.number}`,
    ])
      expect(text).toContain(expected);
  });

  it('refuses what is not a credit note', async () => {
    await expect(
      creditNotePdf({ ...note, applications: undefined } as never, { settings: ledger.settings, now: SAMPLE_NOW }),
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', path: ['applications'] });
  });
});

describe('the pdf entry stays out of the main one', () => {
  it('imports pdf-lib and fontkit lazily, and only under src/pdf', () => {
    const src = new URL('..', import.meta.url).pathname;
    const files = (d: string): string[] =>
      readdirSync(d, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory()
          ? files(join(d, e.name))
          : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')
            ? [join(d, e.name)]
            : [],
      );
    for (const file of files(src)) {
      const code = readFileSync(file, 'utf8');
      const statics = [...code.matchAll(/^import (?!type )[^;]*from '(pdf-lib|@pdf-lib\/fontkit|node:[^']+)'/gm)];
      expect(statics.map((m) => `${file}: ${m[1]}`)).toEqual([]);
      if (!file.includes(`${join('src', 'pdf')}`)) expect(code).not.toMatch(/pdf-lib|fontkit/);
    }
  });
});
