import * as z from 'zod/mini';
import { formatAmount, localDate } from '@hotleads/core';
import type { Amount } from '../money/parseAmount';
import { resolveDateRange, type DateRange } from '../calendar/dateRange';
import { CREDIT_NOTE_REASONS, type CreditNoteReason } from '../settings/settings';
import type { CreditNoteFilter } from '../store/types';
import { nowMs, type LedgerContext } from '../ledger/context';
import { toCreditNote, type CreditNote, type CreditNoteStatus } from '../ledger/views';
import { amountInput } from '../ledger/schemas';
import { amountBounds } from './searchPayments';
import { textMatcher } from '../store/textMatcher';
import { parseInput } from '../input/readInput';
import { CREDIT_NOTE_SORT_KEYS, type CreditNoteSort } from '../store/sortKeys';

/** How much of a credit note is left: `fullyUsed` (0), `partial` (> 0 and < amount), `full` (= amount). */
export type RemainingClass = 'fullyUsed' | 'partial' | 'full';

/** Filters of `ledger.searchCreditNotes`, combined with AND. */
export type CreditNoteQuery = {
  /** Case-insensitive partial match on credit-note number, consumer name, account number and linked receipt; at most `SEARCH_TEXT_MAX_LENGTH` (1,000) characters. */
  text?: string;
  statuses?: CreditNoteStatus[];
  /** Created date: Today, This Week, This Month or a custom inclusive range, in the ledger's zone. */
  dateRange?: DateRange;
  reasons?: CreditNoteReason[];
  /** Consumer by account number (exact). */
  accountNumber?: string;
  remaining?: RemainingClass;
  /** Linked payment by receipt number (case-insensitive partial; at most 1,000 characters). */
  linkedReceipt?: string;
  /** Credit amount range. */
  minAmount?: Amount;
  maxAmount?: Amount;
  /**
   * The order: a sort key and direction (`{ key: 'remaining', direction: 'desc' }`;
   * docs/payments.md, "Sort keys"), or `newest` (the default, `{ key: 'date', direction: 'desc' }`)
   * or `oldest`.
   */
  sort?: 'newest' | 'oldest' | CreditNoteSort;
  /** Page size (default 50, at most 10,000). */
  limit?: number;
  offset?: number;
};

/** A page of credit notes (newest first unless sorted otherwise) with the count and totals of every match. */
export type CreditNoteSearchResult = {
  total: number;
  totalAmount: string;
  totalRemaining: string;
  items: CreditNote[];
};

/** The shape of a {@link CreditNoteQuery}. @internal */
export const creditNoteQuerySchema = /* @__PURE__ */ (() =>
  z.object({
    text: z.optional(z.string()),
    statuses: z.optional(z.array(z.enum(['Active', 'Applied', 'Expired', 'Void']))),
    dateRange: z.optional(
      z.union([
        z.strictObject({ preset: z.enum(['today', 'thisWeek', 'thisMonth']) }),
        z.strictObject({ from: z.string(), to: z.string() }),
      ]),
    ),
    reasons: z.optional(z.array(z.enum(CREDIT_NOTE_REASONS))),
    accountNumber: z.optional(z.string()),
    remaining: z.optional(z.enum(['fullyUsed', 'partial', 'full'])),
    linkedReceipt: z.optional(z.string()),
    minAmount: z.optional(amountInput),
    maxAmount: z.optional(amountInput),
    sort: z.optional(
      z.union([
        z.enum(['newest', 'oldest']),
        z.strictObject({ key: z.enum(CREDIT_NOTE_SORT_KEYS), direction: z.optional(z.enum(['asc', 'desc'])) }),
      ]),
    ),
    limit: z.optional(z.number().check(z.int(), z.gte(1), z.lte(10_000))),
    offset: z.optional(z.number().check(z.int(), z.gte(0))),
  }))();

/** A `sort` option as key and direction; `newest` (and no sort) is date descending. @internal */
export function creditNoteSort(sort: CreditNoteQuery['sort']): Required<CreditNoteSort> {
  if (sort === undefined || sort === 'newest') return { key: 'date', direction: 'desc' };
  if (sort === 'oldest') return { key: 'date', direction: 'asc' };
  return { key: sort.key, direction: sort.direction ?? 'asc' };
}

/** A parsed query as the store's filter. @internal */
export function creditNoteFilter(
  ctx: LedgerContext,
  query: CreditNoteQuery,
): { filter: CreditNoteFilter; query: CreditNoteQuery; today: string } {
  const q = parseInput(creditNoteQuerySchema, query, 'INVALID_REQUEST', 'credit-note query');
  const [lo, hi] = amountBounds(ctx, q.minAmount, q.maxAmount);
  const now = nowMs(ctx);
  const today = localDate(now, ctx.settings.timeZone);
  const range =
    q.dateRange === undefined
      ? null
      : resolveDateRange(q.dateRange as DateRange, now, ctx.settings.timeZone, ctx.settings.weekStartsOn, [
          'dateRange',
        ]);
  textMatcher(q.text ?? '', ['text']); // checks the lengths
  textMatcher(q.linkedReceipt ?? '', ['linkedReceipt']);
  const needle = (q.text ?? '').trim().toLowerCase();
  const receipt = (q.linkedReceipt ?? '').trim().toLowerCase();
  return {
    query: q as CreditNoteQuery,
    today,
    filter: {
      text: needle === '' ? null : needle,
      linkedReceipt: receipt === '' ? null : receipt,
      dateFrom: range?.startMs ?? null,
      dateTo: range?.endMs ?? null,
      minAmount: lo === -Infinity ? null : lo,
      maxAmount: hi === Infinity ? null : hi,
      statuses: q.statuses ?? null,
      reasons: q.reasons ?? null,
      accountNumber: q.accountNumber ?? null,
      remaining: q.remaining ?? null,
      today,
    },
  };
}

/**
 * Searches credit notes with text and filters (the Credit Notes tab; docs/payments.md, "Queries"); returns a page,
 * in the query's order (newest first by default), plus the count and totals of all matches. The store answers it
 * (`LedgerReadTx.searchCreditNotes`).
 *
 * @throws HotleadsError `INVALID_REQUEST` for a bad filter.
 */
export async function searchCreditNotes(
  ctx: LedgerContext,
  query: CreditNoteQuery = {},
): Promise<CreditNoteSearchResult> {
  const { filter, query: q, today } = creditNoteFilter(ctx, query);
  const page = await ctx.store.read((tx) =>
    tx.searchCreditNotes(filter, {
      order: creditNoteSort(q.sort),
      limit: q.limit ?? 50,
      offset: q.offset ?? 0,
    }),
  );
  const c = ctx.settings.currency;
  return {
    total: page.total,
    totalAmount: formatAmount(page.totalAmount, c),
    totalRemaining: formatAmount(page.totalRemaining, c),
    items: page.rows.map((r) => toCreditNote(r.record, ctx.settings, today, r.consumerName)),
  };
}
