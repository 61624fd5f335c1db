import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { HotleadsError, USD } from '@hotleads/core';
import { Dec } from '../money/decimal';
import { jane, manager, sampleWorld, seedSample, type SampleWorld } from '../testing/sampleData';

let world: SampleWorld;
const receipts: Record<string, string> = {};

beforeAll(async () => {
  world = sampleWorld();
  const { ledger, setNow } = world;
  await seedSample(ledger);
  await ledger.addConsumer({ accountNumber: 'WU-10002', name: 'Mary Major', balance: '900.00' });
  await ledger.addBill({
    accountNumber: 'WU-10002',
    invoiceNumber: 'INV-M1',
    period: 'Mar 2025',
    amount: '100.00',
    issuedAt: '2025-03-25T12:00:00Z',
    dueDate: '2025-04-05',
  });
  await ledger.addBill({
    accountNumber: 'WU-10002',
    invoiceNumber: 'INV-M2',
    period: 'Feb 2025',
    amount: '200.00',
    issuedAt: '2025-03-01T12:00:00Z',
    dueDate: '2025-03-10',
  });
  await ledger.addBill({
    accountNumber: 'WU-10002',
    invoiceNumber: 'INV-M3',
    period: 'Apr 2025',
    amount: '300.00',
    issuedAt: '2025-04-20T12:00:00Z',
    dueDate: '2025-05-05',
  });
  setNow('2025-04-01T15:00:00Z');
  const c = await ledger.recordPayment({
    accountNumber: 'WU-10002',
    type: 'bill',
    items: ['INV-M2'],
    amount: '200.00',
    method: 'Bank Transfer',
    date: '2025-03-20T15:00:00Z',
    actor: jane,
  });
  receipts.c = c.payment.receiptNumber;
  await ledger.createCreditNote({ paymentId: c.payment.id, reason: 'Duplicate Payment', actor: manager }); // CN-46129, 200.00, created Apr 1
  setNow('2025-04-20T14:30:00Z');
  const a = await ledger.recordPayment({
    accountNumber: 'WU-10001',
    type: 'bill',
    items: ['INV-2025-001234'],
    amount: '150.00',
    method: 'Cash',
    tendered: '150.00',
    actor: jane,
  }); // CN-46130 4.50
  receipts.a = a.payment.receiptNumber;
  const b = await ledger.recordPayment({
    accountNumber: 'WU-10002',
    type: 'bill',
    items: ['INV-M1'],
    amount: '100.00',
    method: 'Credit Card',
    date: '2025-04-19T15:00:00Z',
    actor: jane,
  });
  receipts.b = b.payment.receiptNumber;
  await ledger.createCreditNote({ paymentId: b.payment.id, amount: '50.00', reason: 'Billing Error', actor: manager }); // CN-46131
  const d = await ledger.recordPayment({
    accountNumber: 'WU-10001',
    type: 'service',
    items: ['SC-LATE'],
    amount: '25.00',
    method: 'Check',
    date: '2025-04-10T15:00:00Z',
    actor: jane,
  });
  receipts.d = d.payment.receiptNumber;
  const e = await ledger.ingestGatewayEvent({
    provider: 'stripe',
    eventId: 'evt',
    gatewayPaymentId: 'pi',
    status: 'succeeded',
    accountNumber: 'WU-10001',
    type: 'installment',
    items: ['PP-2025-0034#1'],
    amount: '67.50',
    occurredAt: '2025-04-20T10:00:00Z',
  });
  receipts.e = e.receiptNumber;
  await ledger.applyCreditNote({
    creditNoteNumber: 'CN-46130',
    item: { type: 'bill', id: 'INV-2025-001567' },
    actor: manager,
  });
  await ledger.applyCreditNote({
    creditNoteNumber: 'CN-46131',
    item: { type: 'bill', id: 'INV-M3' },
    amount: '20.00',
    actor: manager,
  });
});

const receiptsOf = async (query: Parameters<SampleWorld['ledger']['searchPayments']>[0]) =>
  (await world.ledger.searchPayments(query)).items.map(
    (p) => Object.entries(receipts).find(([, r]) => r === p.receiptNumber)![0],
  );

describe('searchPayments', () => {
  it('lists every payment newest first with the total of all matches', async () => {
    const all = await world.ledger.searchPayments();
    expect(all.total).toBe(5);
    expect(all.totalAmount).toBe('542.50');
    expect(await receiptsOf({})).toEqual(['a', 'e', 'b', 'd', 'c']);
    expect(await receiptsOf({ sort: 'oldest', limit: 2 })).toEqual(['c', 'd']);
    expect(await receiptsOf({ limit: 2, offset: 2 })).toEqual(['b', 'd']);
  });

  it('searches consumer name, account number and receipt number, case-insensitively and partially', async () => {
    expect(await receiptsOf({ text: 'MARY' })).toEqual(['b', 'c']);
    expect(await receiptsOf({ text: 'wu-10002' })).toEqual(['b', 'c']);
    expect(await receiptsOf({ text: receipts.d!.toLowerCase() })).toEqual(['d']);
    expect(await receiptsOf({ text: 'nobody' })).toEqual([]);
    expect(await receiptsOf({ text: 'cn-46131' })).toEqual(['b']);
  });

  it('filters by date range (Today, This Week, This Month, custom), method, status, type, channel, amount', async () => {
    expect(await receiptsOf({ dateRange: { preset: 'today' } })).toEqual(['a', 'e']);
    expect(await receiptsOf({ dateRange: { preset: 'thisWeek' } })).toEqual(['a', 'e', 'b']);
    expect(await receiptsOf({ dateRange: { preset: 'thisMonth' } })).toEqual(['a', 'e', 'b', 'd']);
    expect(await receiptsOf({ dateRange: { from: '2025-03-01', to: '2025-03-31' } })).toEqual(['c']);
    expect(await receiptsOf({ methods: ['Cash', 'Check'] })).toEqual(['a', 'd']);
    expect(await receiptsOf({ statuses: ['Pending'] })).toEqual(['e']);
    expect(await receiptsOf({ types: ['service'] })).toEqual(['d']);
    expect(await receiptsOf({ channels: ['Online'] })).toEqual(['e']);
    expect(await receiptsOf({ minAmount: '100', maxAmount: 150 })).toEqual(['a', 'b']);
    expect(await receiptsOf({ accountNumber: 'WU-10001', statuses: ['Posted'] })).toEqual(['a', 'd']);
  });

  it('refuses bad filters with a HotleadsError', async () => {
    for (const query of [
      { dateRange: { from: '2025-04-30', to: '2025-04-01' } },
      { dateRange: { from: '2025-04-01' } },
      { minAmount: '10', maxAmount: '5' },
      { minAmount: 'ten' },
      { limit: 0 },
    ]) {
      await expect(world.ledger.searchPayments(query as never)).rejects.toBeInstanceOf(HotleadsError);
    }
  });

  it('the integer-minor-unit total agrees with decimal.js to the cent', async () => {
    const all = await world.ledger.searchPayments({ limit: 10_000 });
    const decimal = all.items.reduce((sum, p) => sum.plus(p.amount), new Dec(0));
    expect(decimal.toFixed(2)).toBe(all.totalAmount);
  });
});

describe('searchCreditNotes', () => {
  const numbers = async (query: Parameters<SampleWorld['ledger']['searchCreditNotes']>[0]) =>
    (await world.ledger.searchCreditNotes(query)).items.map((n) => n.number);

  it('lists notes newest first with totals, and the table columns', async () => {
    const all = await world.ledger.searchCreditNotes();
    expect(all).toMatchObject({ total: 3, totalAmount: '254.50', totalRemaining: '230.00' });
    expect(
      all.items.map((n) => [
        n.number,
        n.consumerName,
        n.amount,
        n.remaining,
        n.reason,
        n.status,
        n.createdDate,
        n.linkedReceipt,
      ]),
    ).toEqual([
      ['CN-46131', 'Mary Major', '50.00', '30.00', 'Billing Error', 'Active', '2025-04-20', receipts.b],
      ['CN-46130', 'John Doe', '4.50', '0.00', 'Overpayment', 'Applied', '2025-04-20', receipts.a],
      ['CN-46129', 'Mary Major', '200.00', '200.00', 'Duplicate Payment', 'Active', '2025-04-01', receipts.c],
    ]);
  });

  it('searches number, consumer name, account number and linked receipt', async () => {
    expect(await numbers({ text: 'cn-4613' })).toEqual(['CN-46131', 'CN-46130']);
    expect(await numbers({ text: 'major' })).toEqual(['CN-46131', 'CN-46129']);
    expect(await numbers({ text: 'WU-10001' })).toEqual(['CN-46130']);
    expect(await numbers({ text: receipts.c!.toLowerCase() })).toEqual(['CN-46129']);
  });

  it('filters by status, date range, reason, consumer, remaining class, linked payment and amount range', async () => {
    expect(await numbers({ statuses: ['Active'] })).toEqual(['CN-46131', 'CN-46129']);
    expect(await numbers({ statuses: ['Applied'] })).toEqual(['CN-46130']);
    expect(await numbers({ dateRange: { preset: 'today' } })).toEqual(['CN-46131', 'CN-46130']);
    expect(await numbers({ dateRange: { from: '2025-04-01', to: '2025-04-01' } })).toEqual(['CN-46129']);
    expect(await numbers({ reasons: ['Overpayment', 'Billing Error'] })).toEqual(['CN-46131', 'CN-46130']);
    expect(await numbers({ accountNumber: 'WU-10002' })).toEqual(['CN-46131', 'CN-46129']);
    expect(await numbers({ remaining: 'fullyUsed' })).toEqual(['CN-46130']);
    expect(await numbers({ remaining: 'partial' })).toEqual(['CN-46131']);
    expect(await numbers({ remaining: 'full' })).toEqual(['CN-46129']);
    expect(await numbers({ linkedReceipt: receipts.b })).toEqual(['CN-46131']);
    expect(await numbers({ minAmount: '40', maxAmount: '60' })).toEqual(['CN-46131']);
    await expect(
      world.ledger.searchCreditNotes({ dateRange: { from: '2025-04-02', to: '2025-04-01' } }),
    ).rejects.toMatchObject({ code: 'INVALID_REQUEST', path: ['dateRange', 'from'] });
    await expect(world.ledger.searchCreditNotes({ minAmount: '5', maxAmount: '1' })).rejects.toMatchObject({
      code: 'INVALID_REQUEST',
    });
  });
});

describe('kpis', () => {
  it('computes Total Collected, Received Today, Collection Rate, Average Collection Time with changes and a daily series', async () => {
    const k = await world.ledger.kpis({ month: '2025-04', today: '2025-04-20' });
    expect(k.currency).toEqual(USD);
    // Changes are core's KpiChange; money KPIs compare integer minor units.
    expect(k.totalCollected).toEqual({
      amount: '275.00',
      count: 3,
      previousAmount: '200.00',
      change: {
        value: 27500,
        previous: 20000,
        change: 7500,
        changeRatio: 0.375,
        changePercent: '+37.5%',
        magnitudePercent: '37.5%',
        direction: 'up',
        good: true,
      },
    });
    expect(k.receivedToday).toEqual({
      amount: '150.00',
      count: 1,
      previousAmount: '100.00',
      previousCount: 1,
      change: {
        value: 15000,
        previous: 10000,
        change: 5000,
        changeRatio: 0.5,
        changePercent: '+50.0%',
        magnitudePercent: '50.0%',
        direction: 'up',
        good: true,
      },
    });
    // Due in April: 145.50 + 75.00 + 25.00 + 67.50 + 100.00 = 413.00; March: 200.00.
    expect(k.collectionRate).toEqual({
      percent: '66.6',
      collected: '275.00',
      due: '413.00',
      previousPercent: '100.0',
      // The rates compared as ratios: 0.666 against 1.
      change: {
        value: 0.666,
        previous: 1,
        change: -0.334,
        changeRatio: -0.334,
        changePercent: '−33.4%',
        magnitudePercent: '33.4%',
        direction: 'down',
        good: false,
      },
    });
    // (20d 2.5h + 25d 3h + 11h) / 3 = 15.229 days; March: 19d 3h. Lower is better: the fall is good news.
    expect(k.averageCollectionTime).toEqual({
      days: '15.2',
      previousDays: '19.1',
      change: {
        value: 15.2,
        previous: 19.1,
        change: -3.9,
        changeRatio: -39 / 191,
        changePercent: '−20.4%',
        magnitudePercent: '20.4%',
        direction: 'down',
        good: true,
      },
    });
    expect(k.daily).toHaveLength(30);
    expect(k.daily.filter((d) => d.count > 0)).toEqual([
      { date: '2025-04-10', amount: '25.00', count: 1 },
      { date: '2025-04-19', amount: '100.00', count: 1 },
      { date: '2025-04-20', amount: '150.00', count: 1 },
    ]);
    expect(k.daily.reduce((sum, d) => sum.plus(d.amount), new Dec(0)).toFixed(2)).toBe(k.totalCollected.amount);
  });

  it('says "no previous data" when the previous period has no posted payment, and refuses bad periods', async () => {
    const k = await world.ledger.kpis({ month: '2025-03', today: '2025-03-20' });
    // Not a green "Up" from zero: nothing was posted in February, nor on March 19.
    expect(k.totalCollected).toEqual({
      amount: '200.00',
      count: 1,
      previousAmount: '0.00',
      change: {
        value: 20000,
        previous: null,
        change: null,
        changeRatio: null,
        changePercent: '—',
        magnitudePercent: '—',
        direction: 'none',
        good: null,
      },
    });
    expect(k.receivedToday.change).toMatchObject({ previous: null, direction: 'none', good: null });
    // Without a previous rate or average there is no previous data: a change that says so.
    const noPrevious = {
      previous: null,
      change: null,
      changeRatio: null,
      changePercent: '—',
      magnitudePercent: '—',
      direction: 'none',
      good: null,
    };
    expect(k.collectionRate).toMatchObject({
      percent: '100.0',
      previousPercent: null,
      change: { value: 1, ...noPrevious },
    });
    expect(k.averageCollectionTime).toEqual({
      days: '19.1',
      previousDays: null,
      change: { value: 19.1, ...noPrevious },
    });
    // A month with nothing due and nothing paid has no rate or average, so nothing to compare.
    const empty = await world.ledger.kpis({ month: '2025-09', today: '2025-09-20' });
    expect(empty.collectionRate).toMatchObject({ percent: null, change: null });
    expect(empty.averageCollectionTime).toEqual({ days: null, previousDays: null, change: null });
    await expect(world.ledger.kpis({ month: '2025-13', today: '2025-04-20' })).rejects.toMatchObject({
      code: 'INVALID_TIME',
      path: ['month'],
    });
    await expect(world.ledger.kpis({ month: '2025-04', today: '20/04/2025' })).rejects.toMatchObject({
      code: 'INVALID_TIME',
      path: ['today'],
    });
  });
});

describe('exportCsv', () => {
  it('exports every payment match with a header row', async () => {
    const csv = await world.ledger.exportCsv({ payments: { text: 'mary' } });
    const parsed = Papa.parse<string[]>(csv.trim());
    expect(parsed.data[0]).toEqual([
      'Receipt #',
      'Payment ID',
      'Transaction ID',
      'Consumer',
      'Account Number',
      'Amount',
      'Method',
      'Date',
      'Type',
      'Status',
      'Channel',
      'Recorded By',
    ]);
    expect(parsed.data.slice(1).map((r) => [r[0], r[3], r[5], r[6], r[7], r[9]])).toEqual([
      [receipts.b, 'Mary Major', '100.00', 'Credit Card', '2025-04-19', 'Posted'],
      [receipts.c, 'Mary Major', '200.00', 'Bank Transfer', '2025-03-20', 'Posted'],
    ]);
  });

  it('exports credit notes, escaping cells a spreadsheet would run as formulas', async () => {
    const { ledger } = sampleWorld();
    await ledger.addConsumer({ accountNumber: 'X-1', name: '=HYPERLINK("http://evil")', balance: '10.00' });
    await ledger.addServiceCharge({
      accountNumber: 'X-1',
      id: 'S',
      description: 'Fee',
      amount: '5.00',
      serviceDate: '2025-04-01',
    });
    await ledger.recordPayment({
      accountNumber: 'X-1',
      type: 'service',
      items: ['S'],
      amount: '7.00',
      method: 'Check',
      actor: jane,
    });
    const rows = Papa.parse<string[]>((await ledger.exportCsv({ creditNotes: {} })).trim()).data;
    expect(rows[0]).toEqual([
      'Credit Note #',
      'Consumer',
      'Account Number',
      'Amount',
      'Applied',
      'Remaining',
      'Usage %',
      'Reason',
      'Status',
      'Created Date',
      'Expires',
      'Linked Payment',
      'Created By',
      'Remarks',
    ]);
    expect(rows[1]).toEqual([
      'CN-46129',
      '\'=HYPERLINK("http://evil")',
      'X-1',
      '2.00',
      '0.00',
      '2.00',
      '0.0',
      'Overpayment',
      'Active',
      '2025-04-20',
      '2026-04-20',
      'R-5001',
      'Jane Smith',
      '',
    ]);
  });
});

describe('textMatcher', () => {
  it('matches case-insensitively, treats regex characters literally, and matches all on empty', async () => {
    const { textMatcher } = await import('../store/textMatcher');
    expect(textMatcher('DOE')('John Doe')).toBe(true);
    expect(textMatcher('r-50')('R-5001')).toBe(true);
    expect(textMatcher('.*')('R-5001')).toBe(false);
    expect(textMatcher('(555)')('(555) 123-4567')).toBe(true);
    expect(textMatcher('  ')('anything')).toBe(true);
  });

  it('means haystack.toLowerCase().includes(needle.toLowerCase()) for any text, odd case mappings included', async () => {
    const { textMatcher } = await import('../store/textMatcher');
    // Characters whose lowercase is longer or lands in ASCII (İ → i̇, K → k), and plain ones.
    const char = fc.constantFrom(
      'a',
      'A',
      'i',
      'I',
      'k',
      'K',
      's',
      'ß',
      'İ',
      '\u212A',
      '\u0307',
      'ſ',
      '1',
      '-',
      ' ',
      'é',
      'É',
    );
    const text = fc.array(char, { maxLength: 8 }).map((c) => c.join(''));
    fc.assert(
      fc.property(text, text, (needle, haystack) => {
        const trimmed = needle.trim();
        const expected = trimmed === '' || haystack.toLowerCase().includes(trimmed.toLowerCase());
        expect(textMatcher(needle)(haystack)).toBe(expected);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('calendar notions follow settings.timeZone', () => {
  it('a payment at 23:00 in New York (03:00 UTC the next day) counts for that New York day', async () => {
    const { ledger, setNow } = sampleWorld();
    await seedSample(ledger);
    setNow('2025-04-21T03:30:00Z'); // still Apr 20, 23:30 in New York
    const { payment } = await ledger.recordPayment({
      accountNumber: 'WU-10001',
      type: 'service',
      items: ['SC-LATE'],
      amount: '25.00',
      method: 'Check',
      date: '2025-04-21T03:00:00Z',
      actor: jane,
    });
    expect(payment.paymentDate).toBe('2025-04-20');
    expect((await ledger.kpis({ month: '2025-04', today: '2025-04-20' })).receivedToday).toMatchObject({
      amount: '25.00',
      count: 1,
    });
    expect((await ledger.kpis({ month: '2025-04', today: '2025-04-21' })).receivedToday).toMatchObject({
      amount: '0.00',
      count: 0,
    });
    expect((await ledger.searchPayments({ dateRange: { preset: 'today' } })).total).toBe(1);
  });
});
