import * as z from 'zod/mini';
import type { CreditNote } from '../ledger/views';
import { readDocument, readPdfOptions, type PdfDocumentOptions } from './options';
import { startDocument } from './document';

const s = /* @__PURE__ */ (() => z.string())();
const noteSchema = /* @__PURE__ */ (() =>
  z.object({
    number: s,
    paymentId: s,
    linkedReceipt: s,
    accountNumber: s,
    consumerName: s,
    amount: s,
    applied: s,
    remaining: s,
    usagePercent: s,
    status: s,
    reason: s,
    createdAt: s,
    expiresAt: s,
    createdBy: s,
    remarks: z.optional(s),
    applications: z.array(z.object({ itemType: s, item: s, amount: s, at: s, by: s })),
  }))();

/**
 * A credit note as a PDF (docs/payments.md, "Documents"): the issuer and credit-note header with
 * its status, the consumer, the original amount, applied, remaining and usage %, the reason and
 * remarks, who created it, the linked payment and receipt, its applications, and a system stamp
 * on every page. Written like `receiptPdf` (lazy pdf-lib and fontkit, an embedded Unicode font).
 *
 * @throws HotleadsError `INVALID_ARGUMENT` for a credit note that is not one the ledger returned,
 *   or bad options; `INVALID_TIME` for a bad `now`.
 * @example const bytes = await creditNotePdf(await ledger.getCreditNote('CN-46129'), { settings: ledger.settings, now });
 */
export async function creditNotePdf(note: CreditNote, options: PdfDocumentOptions): Promise<Uint8Array> {
  const n = readDocument(noteSchema, note, 'credit note');
  const { fonts, issuer, f, instant } = await readPdfOptions(options);
  const doc = await startDocument({
    fonts,
    title: `Credit note ${n.number}`,
    subject: `Credit note ${n.number} for ${n.consumerName}`,
    stamp: `System-generated credit note ${n.number} · hotleads · ${f.dateTime(instant)} · no signature required`,
    instant,
  });
  doc.title(issuer === undefined ? 'Credit Note' : `${issuer} — Credit Note`);
  doc.row('Credit note number', n.number);
  doc.row('Status', n.status);
  doc.row('Created', f.dateTime(n.createdAt));
  doc.row('Expires', f.date(n.expiresAt));

  doc.section('Consumer');
  doc.row('Name', n.consumerName);
  doc.row('Account number', n.accountNumber);

  doc.section('Amounts');
  doc.row('Original amount', f.money(n.amount));
  doc.row('Applied', f.money(n.applied));
  doc.row('Remaining', f.money(n.remaining));
  doc.row('Usage', `${n.usagePercent}%`);

  doc.section('Reason');
  doc.row('Reason', n.reason);
  if (n.remarks !== undefined && n.remarks !== '') doc.row('Remarks', n.remarks);
  doc.row('Created by', n.createdBy);
  doc.row('Linked payment', `${n.paymentId} (receipt ${n.linkedReceipt})`);

  if (n.applications.length > 0) {
    doc.section('Applications');
    doc.table(
      [
        { label: 'Item', width: 3 },
        { label: 'Type', width: 1.5 },
        { label: 'Amount', width: 2, right: true },
        { label: 'Date', width: 2 },
        { label: 'By', width: 2.5 },
      ],
      n.applications.map((a) => [a.item, a.itemType, f.money(a.amount), f.date(a.at), a.by]),
    );
  }
  return doc.save();
}
