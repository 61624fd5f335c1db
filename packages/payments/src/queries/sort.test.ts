// Sort keys of searchPayments and searchCreditNotes (docs/payments.md, "Sort keys"), checked on
// random books against an oracle written from the documented definitions: code points taken one
// by one, numbers compared by length first, amounts as decimals.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { Dec } from '../money/decimal';
import { admin, jane, manager, sampleWorld } from '../testing/sampleData';
import { CREDIT_NOTE_REASONS } from '../settings/settings';
import type { CreditNote, Payment } from '../ledger/views';
import { compareCodePoints, compareNumbering } from './compareText';
import { CREDIT_NOTE_SORT_KEYS, PAYMENT_SORT_KEYS, type SortDirection } from './sortKeys';

// Names that trip a naive or locale-dependent sort: case, accents, a private-use character
// (U+E000, which UTF-16 `<` puts after an astral one) and an astral emoji.
const NAMES = ['adam Ant', 'Bob Brown', 'Émile Zola', 'Zoë Quinn', '\uE000 Private', '😀 Smile', 'Дмитрий Иванов'];
const METHODS = ['Cash', 'Check', 'Bank Transfer', 'Credit Card'];

/** The oracle's string order: code points one by one, a prefix first. */
function byCodePoints(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0)!);
  const y = Array.from(b, (c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}
const byNumber = (a: string, b: string) => a.length - b.length || byCodePoints(a, b);
const byAmount = (a: string, b: string) => new Dec(a).cmp(b);
const sign = (n: number) => Math.sign(n);

const paymentOracle: Record<(typeof PAYMENT_SORT_KEYS)[number], (a: Payment, b: Payment) => number> = {
  date: (a, b) => Date.parse(a.date) - Date.parse(b.date),
  amount: (a, b) => byAmount(a.amount, b.amount),
  consumer: (a, b) => byCodePoints(a.consumerName, b.consumerName) || byCodePoints(a.accountNumber, b.accountNumber),
  receiptNumber: (a, b) => byNumber(a.receiptNumber, b.receiptNumber),
  method: (a, b) => byCodePoints(a.method, b.method),
  status: (a, b) => byCodePoints(a.status, b.status),
  type: (a, b) => byCodePoints(a.type, b.type),
};
const noteOracle: Record<(typeof CREDIT_NOTE_SORT_KEYS)[number], (a: CreditNote, b: CreditNote) => number> = {
  date: (a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt),
  amount: (a, b) => byAmount(a.amount, b.amount),
  remaining: (a, b) => byAmount(a.remaining, b.remaining),
  consumer: (a, b) => byCodePoints(a.consumerName, b.consumerName) || byCodePoints(a.accountNumber, b.accountNumber),
  number: () => 0,
  reason: (a, b) => byCodePoints(a.reason, b.reason),
  status: (a, b) => byCodePoints(a.status, b.status),
  linkedReceipt: (a, b) => byNumber(a.linkedReceipt, b.linkedReceipt),
  expiresAt: (a, b) => byCodePoints(a.expiresAt, b.expiresAt),
};

const paymentSpec = fc.record({
  consumer: fc.nat(NAMES.length - 1),
  type: fc.constantFrom('bill' as const, 'service' as const, 'installment' as const),
  // Few distinct amounts and days, so ties happen and the id decides.
  cents: fc.constantFrom(500, 1250, 9999, 10_000, 100_000),
  method: fc.constantFrom(...METHODS),
  day: fc.integer({ min: 1, max: 4 }),
  cancel: fc.boolean(),
  credit: fc.option(
    fc.record({ cents: fc.constantFrom(100, 250, 500), reason: fc.constantFrom(...CREDIT_NOTE_REASONS) }),
    { nil: undefined },
  ),
});

type PaymentSpec = typeof paymentSpec extends fc.Arbitrary<infer T> ? T : never;

/** A ledger holding the generated payments and credit notes, with receipts R-1 … R-n (so R-9 < R-10). */
async function book(specs: Array<PaymentSpec>) {
  const world = sampleWorld({
    settings: {
      numberFormats: {
        receipt: { format: 'R-{seq}', start: 1 },
        creditNote: { format: 'CN-{seq}', start: 8 },
        payment: { format: 'PAY-{seq}', start: 95 },
      },
      creditNoteExpiryDays: 10,
    },
  });
  const { ledger, setNow } = world;
  for (const [i, name] of NAMES.entries())
    await ledger.addConsumer({ accountNumber: `A-${i}`, name, balance: '1000000.00' });
  for (const [i, s] of specs.entries()) {
    const accountNumber = `A-${s.consumer}`;
    const item = `IT-${i}`;
    if (s.type === 'bill')
      await ledger.addBill({
        accountNumber,
        invoiceNumber: item,
        period: 'Apr 2025',
        amount: '1000.00',
        issuedAt: '2025-04-01T12:00:00Z',
        dueDate: '2025-04-15',
      });
    else if (s.type === 'service')
      await ledger.addServiceCharge({
        accountNumber,
        id: item,
        description: 'Fee',
        amount: '1000.00',
        serviceDate: '2025-04-01',
      });
    else
      await ledger.addInstallmentPlan({
        accountNumber,
        planId: item,
        installments: [{ number: 1, amount: '1000.00', dueDate: '2025-04-15' }],
      });
    setNow(`2025-04-0${s.day}T15:00:00Z`);
    const { payment } = await ledger.recordPayment({
      accountNumber,
      type: s.type,
      items: [s.type === 'installment' ? `${item}#1` : item],
      amount: new Dec(s.cents).div(100).toFixed(2),
      method: s.method,
      date: `2025-04-0${s.day}T15:00:00Z`,
      actor: jane,
    });
    if (s.credit !== undefined && s.credit.cents <= s.cents)
      await ledger.createCreditNote({
        paymentId: payment.id,
        amount: new Dec(s.credit.cents).div(100).toFixed(2),
        reason: s.credit.reason,
        actor: manager,
      });
    if (s.cancel) await ledger.cancelPayment({ paymentId: payment.id, reason: 'Entered twice', actor: admin });
  }
  // Notes created on Apr 1 expire after Apr 11: some Active, some Expired, some Void.
  setNow('2025-04-12T15:00:00Z');
  return ledger;
}

const directions: SortDirection[] = ['asc', 'desc'];

describe('sort keys (fixed global seed)', () => {
  it('every payment sort key orders by its documented definition, ties by id, desc the exact reverse of asc', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(paymentSpec, { minLength: 1, maxLength: 14 }), async (specs) => {
        const ledger = await book(specs);
        for (const key of PAYMENT_SORT_KEYS) {
          const lists: Record<SortDirection, Payment[]> = { asc: [], desc: [] };
          for (const direction of directions) {
            const { items, total } = await ledger.searchPayments({ sort: { key, direction }, limit: 10_000 });
            expect(items.length).toBe(total);
            const oracle = (a: Payment, b: Payment) =>
              (paymentOracle[key](a, b) || byNumber(a.id, b.id)) * (direction === 'asc' ? 1 : -1);
            expect(items.map((p) => p.id)).toEqual([...items].sort(oracle).map((p) => p.id));
            lists[direction] = items;
            // A small page (the bounded top-k path) is a slice of the full order.
            const page = await ledger.searchPayments({ sort: { key, direction }, limit: 2, offset: 1 });
            expect(page.items.map((p) => p.id)).toEqual(items.slice(1, 3).map((p) => p.id));
            // The CSV export lists every match in the same order (receipt number is its first column).
            const csv = Papa.parse<string[]>(await ledger.exportCsv({ payments: { sort: { key, direction } } }), {
              skipEmptyLines: true,
            });
            expect(csv.data.slice(1).map((row) => row[0])).toEqual(items.map((p) => p.receiptNumber));
          }
          expect(lists.desc.map((p) => p.id)).toEqual([...lists.asc].reverse().map((p) => p.id));
        }
      }),
      { numRuns: 15 },
    );
  });

  it('every credit-note sort key orders by its documented definition, ties by number, desc the exact reverse of asc', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(paymentSpec, { minLength: 1, maxLength: 14 }), async (specs) => {
        const ledger = await book(specs);
        for (const key of CREDIT_NOTE_SORT_KEYS) {
          const lists: Record<SortDirection, CreditNote[]> = { asc: [], desc: [] };
          for (const direction of directions) {
            const { items, total } = await ledger.searchCreditNotes({ sort: { key, direction }, limit: 10_000 });
            expect(items.length).toBe(total);
            const oracle = (a: CreditNote, b: CreditNote) =>
              (noteOracle[key](a, b) || byNumber(a.number, b.number)) * (direction === 'asc' ? 1 : -1);
            expect(items.map((n) => n.number)).toEqual([...items].sort(oracle).map((n) => n.number));
            lists[direction] = items;
            const page = await ledger.searchCreditNotes({ sort: { key, direction }, limit: 1, offset: 1 });
            expect(page.items.map((n) => n.number)).toEqual(items.slice(1, 2).map((n) => n.number));
            const csv = Papa.parse<string[]>(await ledger.exportCsv({ creditNotes: { sort: { key, direction } } }), {
              skipEmptyLines: true,
            });
            expect(csv.data.slice(1).map((row) => row[0])).toEqual(items.map((n) => n.number));
          }
          expect(lists.desc.map((n) => n.number)).toEqual([...lists.asc].reverse().map((n) => n.number));
        }
      }),
      { numRuns: 15 },
    );
  });

  it('newest and oldest are the date key descending and ascending; a direction defaults to asc', async () => {
    const ledger = await book([
      { consumer: 0, type: 'bill', cents: 500, method: 'Cash', day: 2, cancel: false, credit: undefined },
      { consumer: 1, type: 'bill', cents: 500, method: 'Cash', day: 1, cancel: false, credit: undefined },
      { consumer: 2, type: 'bill', cents: 500, method: 'Cash', day: 2, cancel: false, credit: undefined },
    ]);
    const ids = async (sort: Parameters<typeof ledger.searchPayments>[0]) =>
      (await ledger.searchPayments(sort)).items.map((p) => p.receiptNumber);
    expect(await ids({})).toEqual(['R-3', 'R-1', 'R-2']);
    expect(await ids({ sort: 'newest' })).toEqual(await ids({ sort: { key: 'date', direction: 'desc' } }));
    expect(await ids({ sort: 'oldest' })).toEqual(['R-2', 'R-1', 'R-3']);
    expect(await ids({ sort: { key: 'date' } })).toEqual(await ids({ sort: 'oldest' }));
  });

  it('refuses an unknown key or direction with INVALID_REQUEST at sort', async () => {
    const ledger = sampleWorld().ledger;
    for (const sort of [{ key: 'nope' }, { key: 'amount', direction: 'up' }, { key: 'amount', extra: 1 }, 'newer'])
      await expect(ledger.searchPayments({ sort } as never)).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
    await expect(ledger.searchCreditNotes({ sort: { key: 'method' } } as never)).rejects.toMatchObject({
      code: 'INVALID_REQUEST',
      path: expect.arrayContaining(['sort']),
    });
  });
});

describe('compareCodePoints and compareNumbering', () => {
  it('agree with the code-point oracle on any strings (fixed global seed)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        expect(compareCodePoints(a, b)).toBe(sign(byCodePoints(a, b)));
        expect(compareNumbering(a, b)).toBe(sign(byNumber(a, b)));
      }),
    );
  });

  it('put U+E000 before an astral character, B before a, R-9 before R-10', () => {
    expect(compareCodePoints('\uE000', '😀')).toBe(-1);
    expect('\uE000' < '😀').toBe(false); // what UTF-16 code units would say
    expect(compareCodePoints('Bob', 'adam')).toBe(-1);
    expect(compareNumbering('R-9', 'R-10')).toBe(-1);
    expect(compareNumbering('R-10', 'R-10')).toBe(0);
  });
});
