import * as z from 'zod/mini';
import { formatAmount, HotleadsError, localDate } from '@hotleads/core';
import Papa from 'papaparse';
import { percentage } from '../money/percentage';
import type { LedgerContext } from '../ledger/context';
import { paymentFilter, paymentSort, type PaymentQuery } from './searchPayments';
import { creditNoteFilter, creditNoteSort, type CreditNoteQuery } from './searchCreditNotes';
import { noteStatus } from '../store/sortOrder';
import { parseInput } from '../input/readInput';

/** What `ledger.exportCsv` exports: every payment or every credit note matching a query (no paging). */
export type ExportRequest =
  { payments: Omit<PaymentQuery, 'limit' | 'offset'> } | { creditNotes: Omit<CreditNoteQuery, 'limit' | 'offset'> };

/** Columns of a payments export, in order. */
export const PAYMENT_CSV_COLUMNS = [
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
] as const;
/** Columns of a credit-notes export, in order. */
export const CREDIT_NOTE_CSV_COLUMNS = [
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
] as const;

/** An export is one page holding every match: the store's search, sorted and counted as a search is. */
const EVERY_ROW = Number.MAX_SAFE_INTEGER;

/** Runs `parse`, placing a refusal's path under `path`. */
function under<T>(path: Array<string | number>, parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    throw HotleadsError.wrap(e, path);
  }
}

// The query itself is parsed by the search it names.
const requestSchema = /* @__PURE__ */ (() =>
  z.strictObject({ payments: z.optional(z.unknown()), creditNotes: z.optional(z.unknown()) }))();

/**
 * Exports a search result as CSV (papaparse; a header row, CRLF line ends, and cells that start
 * with `=`, `+`, `-`, `@` escaped so a spreadsheet does not run them as formulas).
 *
 * @throws HotleadsError `INVALID_REQUEST` for a request that is not `{ payments }` or
 *   `{ creditNotes }`, and the search's own refusals, their path under `payments` or `creditNotes`.
 */
export async function exportCsv(ctx: LedgerContext, request: ExportRequest): Promise<string> {
  const s = ctx.settings;
  const c = s.currency;
  const r = parseInput(requestSchema, request, 'INVALID_REQUEST', 'export request');
  if ((r.payments === undefined) === (r.creditNotes === undefined))
    throw new HotleadsError('INVALID_REQUEST', 'An export names either payments or creditNotes');
  if (r.payments !== undefined) {
    const { filter, query } = under(['payments'], () => paymentFilter(ctx, r.payments as PaymentQuery));
    const page = await ctx.store.read((tx) =>
      tx.searchPayments(filter, { order: paymentSort(query.sort), limit: EVERY_ROW, offset: 0 }),
    );
    const rows = page.rows.map(({ record: p, consumerName }) => [
      p.receiptNumber,
      p.id,
      p.transactionId,
      consumerName,
      p.accountNumber,
      formatAmount(p.amount, c),
      p.method,
      localDate(p.date, s.timeZone),
      p.type,
      p.status,
      p.channel,
      p.recordedBy.name,
    ]);
    return Papa.unparse({ fields: [...PAYMENT_CSV_COLUMNS], data: rows }, { escapeFormulae: true });
  }
  const { filter, query, today } = under(['creditNotes'], () =>
    creditNoteFilter(ctx, r.creditNotes as CreditNoteQuery),
  );
  const page = await ctx.store.read((tx) =>
    tx.searchCreditNotes(filter, { order: creditNoteSort(query.sort), limit: EVERY_ROW, offset: 0 }),
  );
  const rows = page.rows.map(({ record: n, consumerName }) => [
    n.id,
    consumerName,
    n.accountNumber,
    formatAmount(n.amount, c),
    formatAmount(n.applied, c),
    formatAmount(n.amount - n.applied, c),
    percentage(n.applied, n.amount) ?? '0.0',
    n.reason,
    noteStatus(n, today),
    n.createdDate,
    n.expiresAt,
    n.linkedReceipt,
    n.createdBy.name,
    n.remarks ?? '',
  ]);
  return Papa.unparse({ fields: [...CREDIT_NOTE_CSV_COLUMNS], data: rows }, { escapeFormulae: true });
}
