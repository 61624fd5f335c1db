import * as z from 'zod/mini';
import type { Receipt } from '../ledger/views';
import { readDocument, readPdfOptions, type PdfDocumentOptions } from './options';
import { startDocument } from './document';

const s = /* @__PURE__ */ (() => z.string())();
const ns = /* @__PURE__ */ (() => z.nullable(z.string()))();
const receiptSchema = /* @__PURE__ */ (() =>
  z.object({
    receiptNumber: s,
    paymentId: s,
    transactionId: s,
    paymentDate: s,
    issuedAt: s,
    consumer: z.object({ name: s, accountNumber: s, serviceAddress: ns, phone: ns, email: ns }),
    account: z.object({ balanceBefore: ns, balanceAfter: ns }),
    summary: z.object({ type: s, channel: s, method: s, amount: s, recordedBy: s }),
    items: z.array(z.object({ item: s, description: s, dueDate: s, due: s, paid: s, difference: s, outcome: s })),
    outstanding: s,
    overpayment: s,
    cash: z.optional(z.object({ amountReceived: s, changeGiven: s })),
    creditNote: z.optional(z.object({ number: s, amount: s })),
    notes: z.optional(s),
    processing: z.object({ status: s, receivedBy: s, processingTime: s, verification: s }),
  }))();

const TYPES: Record<string, string> = { bill: 'Bill', service: 'Service', installment: 'Installment' };

/**
 * A receipt as a PDF (docs/payments.md, "Documents"): the issuer and receipt header, the
 * consumer, the payment summary, each item's due, paid and difference (a shortfall with its
 * minus sign), outstanding and overpayment, cash received and change, the Overpayment credit
 * note, notes, processing information, and a system stamp on every page. Amounts and dates are
 * written with `createPaymentFormatter` in the ledger's currency and zone. pdf-lib and fontkit
 * are imported when it is called, and the font (Noto Sans by default) is embedded, subset, so
 * any Latin, Greek or Cyrillic name encodes.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` for a receipt that is not one `getReceipt` /
 *   `recordPayment` returned, or bad options; `INVALID_TIME` for a bad `now`.
 * @example const bytes = await receiptPdf(await ledger.getReceipt('R-5001'), { settings: ledger.settings, now });
 */
export async function receiptPdf(receipt: Receipt, options: PdfDocumentOptions): Promise<Uint8Array> {
  const r = readDocument(receiptSchema, receipt, 'receipt');
  const { fonts, issuer, f, instant } = await readPdfOptions(options);
  const doc = await startDocument({
    fonts,
    title: `Receipt ${r.receiptNumber}`,
    subject: `Payment ${r.paymentId} by ${r.consumer.name}`,
    stamp: `System-generated receipt ${r.receiptNumber} · hotleads · ${f.dateTime(instant)} · no signature required`,
    instant,
  });
  doc.title(issuer === undefined ? 'Payment Receipt' : `${issuer} — Payment Receipt`);
  doc.row('Receipt number', r.receiptNumber);
  doc.row('Payment date', f.dateTime(r.paymentDate));
  doc.row('Payment ID', r.paymentId);
  doc.row('Transaction ID', r.transactionId);

  doc.section('Consumer');
  doc.row('Name', r.consumer.name);
  doc.row('Account number', r.consumer.accountNumber);
  if (r.consumer.serviceAddress !== null) doc.row('Address', r.consumer.serviceAddress);
  if (r.consumer.phone !== null) doc.row('Phone', r.consumer.phone);
  if (r.consumer.email !== null) doc.row('Email', r.consumer.email);
  if (r.account.balanceBefore !== null) doc.row('Balance before', f.money(r.account.balanceBefore));
  if (r.account.balanceAfter !== null) doc.row('Balance after', f.money(r.account.balanceAfter));

  doc.section('Payment');
  doc.row('Type', TYPES[r.summary.type] ?? r.summary.type);
  doc.row('Channel', r.summary.channel);
  doc.row('Method', r.summary.method);
  doc.row('Amount', f.money(r.summary.amount));
  doc.row('Recorded by', r.summary.recordedBy);

  doc.section('Items');
  doc.table(
    [
      { label: 'Item', width: 3 },
      { label: 'Description', width: 3 },
      { label: 'Due', width: 2, right: true },
      { label: 'Paid', width: 2, right: true },
      { label: 'Difference', width: 2, right: true },
      { label: 'Outcome', width: 1.5 },
    ],
    r.items.map((i) => [i.item, i.description, f.money(i.due), f.money(i.paid), f.money(i.difference), i.outcome]),
  );
  doc.row('Outstanding', f.money(r.outstanding));
  doc.row('Overpayment', f.money(r.overpayment));
  if (r.cash !== undefined) {
    doc.row('Amount received', f.money(r.cash.amountReceived));
    doc.row('Change given', f.money(r.cash.changeGiven));
  }
  if (r.creditNote !== undefined)
    doc.row('Credit note', `${r.creditNote.number} · ${f.money(r.creditNote.amount)} (Overpayment)`);
  if (r.notes !== undefined && r.notes !== '') doc.row('Notes', r.notes);

  doc.section('Processing');
  doc.row('Status', r.processing.status);
  doc.row('Received by', r.processing.receivedBy);
  doc.row('Processing time', r.processing.processingTime);
  doc.row('Verification', r.processing.verification);
  return doc.save();
}
