import { z } from 'zod';
import { formatAmount, localDate } from '@hotleads/core';
import type { Amount } from '../money/parseAmount';
import { sumMinor } from '../money/sumMinor';
import { resolveDateRange, type DateRange } from '../calendar/dateRange';
import { CREDIT_NOTE_REASONS, type CreditNoteReason } from '../settings/settings';
import type { CreditNoteRecord } from '../store/types';
import { nowMs, type LedgerContext } from '../ledger/context';
import { creditNoteStatus, toCreditNote, type CreditNote, type CreditNoteStatus } from '../ledger/views';
import { amountInput } from '../ledger/schemas';
import { amountBounds } from './searchPayments';
import { topK } from './topK';
import { textMatcher } from './textMatcher';
import { parseInput } from '../input/readInput';
import { compareCodePoints, compareNumbering } from './compareText';
import { CREDIT_NOTE_SORT_KEYS, type CreditNoteSort } from './sortKeys';

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

const schema = z.object({
  text: z.string().optional(),
  statuses: z.array(z.enum(['Active', 'Applied', 'Expired', 'Void'])).optional(),
  dateRange: z
    .union([
      z.object({ preset: z.enum(['today', 'thisWeek', 'thisMonth']) }).strict(),
      z.object({ from: z.string(), to: z.string() }).strict(),
    ])
    .optional(),
  reasons: z.array(z.enum(CREDIT_NOTE_REASONS)).optional(),
  accountNumber: z.string().optional(),
  remaining: z.enum(['fullyUsed', 'partial', 'full']).optional(),
  linkedReceipt: z.string().optional(),
  minAmount: amountInput.optional(),
  maxAmount: amountInput.optional(),
  sort: z
    .union([
      z.enum(['newest', 'oldest']),
      z.object({ key: z.enum(CREDIT_NOTE_SORT_KEYS), direction: z.enum(['asc', 'desc']).optional() }).strict(),
    ])
    .optional(),
  limit: z.number().int().min(1).max(10_000).optional(),
  offset: z.number().int().min(0).optional(),
});

/** Matching credit notes. @internal */
export async function matchCreditNotes(
  ctx: LedgerContext,
  query: CreditNoteQuery,
): Promise<{ matches: CreditNoteRecord[]; names: Map<string, string>; today: string; query: CreditNoteQuery }> {
  const q = parseInput(schema, query, 'INVALID_REQUEST', 'credit-note query');
  const [lo, hi] = amountBounds(ctx, q.minAmount, q.maxAmount);
  const now = nowMs(ctx);
  const today = localDate(now, ctx.settings.timeZone);
  const range =
    q.dateRange === undefined
      ? null
      : resolveDateRange(q.dateRange as DateRange, now, ctx.settings.timeZone, ctx.settings.weekStartsOn, [
          'dateRange',
        ]);
  const text = textMatcher(q.text ?? '', ['text']);
  const needle = (q.text ?? '').trim();
  const receiptMatches = textMatcher(q.linkedReceipt ?? '', ['linkedReceipt']);
  const receipt = (q.linkedReceipt ?? '').trim();
  return ctx.store.read(async (tx) => {
    const names = new Map<string, string>();
    const accountMatches = new Set<string>();
    for (const c of await tx.list('consumers')) {
      names.set(c.accountNumber, c.name);
      if (needle !== '' && (text(c.name) || text(c.accountNumber))) accountMatches.add(c.accountNumber);
    }
    const rows =
      q.accountNumber !== undefined
        ? await tx.listByAccount('creditNotes', q.accountNumber)
        : await tx.list('creditNotes');
    const statuses = q.statuses && new Set<string>(q.statuses);
    const reasons = q.reasons && new Set<string>(q.reasons);
    const matches = rows.filter((n) => {
      if (range !== null && (n.createdAt < range.startMs || n.createdAt >= range.endMs)) return false;
      if (n.amount < lo || n.amount > hi) return false;
      if (statuses !== undefined && !statuses.has(creditNoteStatus(n, today))) return false;
      if (reasons !== undefined && !reasons.has(n.reason)) return false;
      const left = n.amount - n.applied;
      if (q.remaining === 'fullyUsed' && left !== 0) return false;
      if (q.remaining === 'partial' && !(left > 0 && left < n.amount)) return false;
      if (q.remaining === 'full' && left !== n.amount) return false;
      if (receipt !== '' && !receiptMatches(n.linkedReceipt)) return false;
      if (needle !== '' && !accountMatches.has(n.accountNumber) && !text(n.id) && !text(n.linkedReceipt)) return false;
      return true;
    });
    return { matches, names, today, query: q as CreditNoteQuery };
  });
}

/** A `sort` option as key and direction; `newest` (and no sort) is date descending. @internal */
export function creditNoteSort(sort: CreditNoteQuery['sort']): Required<CreditNoteSort> {
  if (sort === undefined || sort === 'newest') return { key: 'date', direction: 'desc' };
  if (sort === 'oldest') return { key: 'date', direction: 'asc' };
  return { key: sort.key, direction: sort.direction ?? 'asc' };
}

/**
 * The comparator of a sort (docs/payments.md, "Sort keys"): the key, then the credit-note number,
 * both in the sort's direction. `names` gives each account's current consumer name; `today` (the
 * ledger's date) decides the live status. @internal
 */
export function creditNoteOrder(
  sort: CreditNoteQuery['sort'],
  names: ReadonlyMap<string, string>,
  today: string,
): (a: CreditNoteRecord, b: CreditNoteRecord) => number {
  const { key, direction } = creditNoteSort(sort);
  const dir = direction === 'asc' ? 1 : -1;
  const byKey = creditNoteKeyOrder(key, names, today);
  return (a, b) => (byKey(a, b) || compareNumbering(a.id, b.id)) * dir;
}

function creditNoteKeyOrder(
  key: CreditNoteSort['key'],
  names: ReadonlyMap<string, string>,
  today: string,
): (a: CreditNoteRecord, b: CreditNoteRecord) => number {
  switch (key) {
    case 'date':
      return (a, b) => a.createdAt - b.createdAt;
    case 'amount':
      return (a, b) => a.amount - b.amount;
    case 'remaining':
      return (a, b) => a.amount - a.applied - (b.amount - b.applied);
    case 'consumer':
      return (a, b) =>
        compareCodePoints(names.get(a.accountNumber) ?? '', names.get(b.accountNumber) ?? '') ||
        compareCodePoints(a.accountNumber, b.accountNumber);
    case 'number':
      return () => 0;
    case 'reason':
      return (a, b) => compareCodePoints(a.reason, b.reason);
    case 'status':
      return (a, b) => compareCodePoints(creditNoteStatus(a, today), creditNoteStatus(b, today));
    case 'linkedReceipt':
      return (a, b) => compareNumbering(a.linkedReceipt, b.linkedReceipt);
    case 'expiresAt':
      return (a, b) => compareCodePoints(a.expiresAt, b.expiresAt);
  }
}

/**
 * Searches credit notes with text and filters (the Credit Notes tab; docs/payments.md, "Queries"); returns a page
 * in the query's order (newest first by default), plus the count and totals of all matches.
 *
 * @throws HotleadsError `INVALID_REQUEST` for a bad filter.
 */
export async function searchCreditNotes(
  ctx: LedgerContext,
  query: CreditNoteQuery = {},
): Promise<CreditNoteSearchResult> {
  const { matches, names, today, query: q } = await matchCreditNotes(ctx, query);
  const offset = q.offset ?? 0;
  const page = topK(matches, offset + (q.limit ?? 50), creditNoteOrder(q.sort, names, today)).slice(offset);
  const c = ctx.settings.currency;
  return {
    total: matches.length,
    totalAmount: formatAmount(sumMinor(matches.map((n) => n.amount)), c),
    totalRemaining: formatAmount(sumMinor(matches.map((n) => n.amount - n.applied)), c),
    items: page.map((n) => toCreditNote(n, ctx.settings, today, names.get(n.accountNumber) ?? '')),
  };
}
