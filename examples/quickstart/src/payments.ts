// Part 3 of the tour: the sample cash payment (docs/payments.md) recorded on the sample back office, with its receipt
// and the credit note its surplus becomes (@hotleads/payments).
import { localDate } from '@hotleads/core';
import type {
  ApplyCreditNoteRequest,
  CreditNote,
  Kpis,
  Ledger,
  Receipt,
  RecordPaymentRequest,
} from '@hotleads/payments';
import { cashPayment, manager, SAMPLE_NOW, SAMPLE_TIME_ZONE } from '@hotleads/payments/testing';
import { columns, count, heading, indent, money } from './text';

/**
 * The sample's cash payment with the change left on account: $150.00 tendered on the $145.50
 * bill, no change given, so $4.50 becomes an Overpayment credit note.
 */
export const paymentRequest: RecordPaymentRequest = {
  ...cashPayment,
  amount: '150.00',
  changeGiven: '0.00',
  notes: 'Customer left the change on account',
  idempotencyKey: 'tour-cash-payment',
};

/** The credit note applied to the April bill by the billing manager. */
export function applyRequest(creditNoteNumber: string): ApplyCreditNoteRequest {
  return {
    creditNoteNumber,
    item: { type: 'bill', id: 'INV-2025-001567' },
    actor: manager,
    idempotencyKey: 'tour-apply-credit-note',
  };
}

function receiptLines(r: Receipt, show: (amount: string) => string): string[] {
  const rows: string[][] = [
    ['Receipt', r.receiptNumber],
    ['Payment / transaction', `${r.paymentId} / ${r.transactionId}`],
    ['Date', r.paymentDate],
    ['Consumer', `${r.consumer.name}, account ${r.consumer.accountNumber}`],
    ['Balance', `${show(r.account.balanceBefore ?? '0')} → ${show(r.account.balanceAfter ?? '0')}`],
    [
      'Paid',
      `${show(r.summary.amount)} ${r.summary.method}, ${r.summary.channel}, recorded by ${r.summary.recordedBy}`,
    ],
  ];
  if (r.cash) rows.push(['Cash', `received ${show(r.cash.amountReceived)}, change ${show(r.cash.changeGiven)}`]);
  for (const item of r.items)
    rows.push([
      `  ${item.item}`,
      `${item.description}: due ${show(item.due)}, paid ${show(item.paid)} (${item.outcome}, ${show(item.difference)})`,
    ]);
  rows.push(['Outstanding / overpaid', `${show(r.outstanding)} / ${show(r.overpayment)}`]);
  if (r.creditNote) rows.push(['Credit note', `${r.creditNote.number} for ${show(r.creditNote.amount)}`]);
  rows.push(['Status', `${r.processing.status}, ${r.processing.verification}, ${r.processing.processingTime}`]);
  return columns(rows);
}

function creditNoteLines(n: CreditNote, show: (amount: string) => string): string[] {
  return columns([
    ['Credit note', `${n.number} (${n.reason}), linked to receipt ${n.linkedReceipt}`],
    [
      'Amount',
      `${show(n.amount)}: applied ${show(n.applied)}, remaining ${show(n.remaining)} (${n.usagePercent}% used)`,
    ],
    ['Status', `${n.status}, expires ${n.expiresAt}`],
    ...n.applications.map((a) => ['Applied', `${show(a.amount)} to ${a.item} by ${a.by}`]),
  ]);
}

/** The KPIs of the sample's month and day (`ledger.kpis`), in the ledger's time zone. */
export function kpiQuery(ledger: Ledger): { month: string; today: string } {
  const today = localDate(Date.parse(SAMPLE_NOW), ledger.settings.timeZone);
  return { month: today.slice(0, 7), today };
}

function kpiLines(k: Kpis, show: (amount: string) => string): string[] {
  const none = 'none';
  return columns([
    ['KPIs', `${k.month}, today ${k.today}`],
    ['Total collected', `${show(k.totalCollected.amount)} (payments: ${count(k.totalCollected.count)})`],
    ['Received today', `${show(k.receivedToday.amount)} (payments: ${count(k.receivedToday.count)})`],
    [
      'Collection rate',
      `${k.collectionRate.percent === null ? none : `${k.collectionRate.percent} %`} (${show(k.collectionRate.collected)} of ${show(k.collectionRate.due)} due)`,
    ],
    ['Avg collection time', k.averageCollectionTime.days === null ? none : `${k.averageCollectionTime.days} days`],
  ]);
}

/** The payments part of the tour, as lines of text. */
export async function paymentsSection(ledger: Ledger): Promise<string[]> {
  const show = (amount: string) => money(amount, ledger.settings.currency);
  // Every figure below comes from the results of these writes (on a durable store, a second run
  // gets the first run's results back through the idempotency keys), never from a later read.
  const { receipt, creditNote } = await ledger.recordPayment(paymentRequest);
  const lines: string[] = [
    `The sample back office of docs/payments.md (sampleSettings, seedSample),`,
    `on ${SAMPLE_NOW} (${SAMPLE_TIME_ZONE}).`,
    `${receipt.consumer.name} (${receipt.consumer.accountNumber}) owes ${show(receipt.account.balanceBefore ?? '0')}.`,
    `${paymentRequest.actor.name} records ${show(String(paymentRequest.tendered))} in cash on bill ${paymentRequest.items.join(', ')};`,
    'the customer leaves the change on account.',
    '',
    ...receiptLines(receipt, show),
  ];
  if (creditNote !== undefined) {
    const applied = await ledger.applyCreditNote(applyRequest(creditNote.number));
    lines.push(
      '',
      ...creditNoteLines(creditNote, show),
      '',
      `${manager.name} applies it to the April bill, INV-2025-001567:`,
      ...creditNoteLines(applied, show),
    );
  }
  // The KPIs read the ledger as the writes left it: the same state, so the same figures, on every run.
  lines.push('', ...kpiLines(await ledger.kpis(kpiQuery(ledger)), show));
  return [...heading(3, 'A payment, its receipt and its credit note — @hotleads/payments'), ...indent(lines)];
}
