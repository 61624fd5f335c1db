import { z } from 'zod';
import { formatAmount, HotleadsError } from '@hotleads/core';
import { parseAmount, type Amount } from '../money/parseAmount';
import { sumMinor } from '../money/sumMinor';
import { resolveDateRange, type DateRange } from '../calendar/dateRange';
import type { ItemType, PaymentRecord, PaymentStatus } from '../store/types';
import { nowMs, type LedgerContext } from '../ledger/context';
import { toPayment, type Payment } from '../ledger/views';
import { amountInput } from '../ledger/schemas';
import { topK } from './topK';
import { textMatcher } from './textMatcher';
import { parseInput } from '../input/readInput';
import { compareCodePoints, compareNumbering } from './compareText';
import { PAYMENT_SORT_KEYS, type PaymentSort } from './sortKeys';

/** Filters of `ledger.searchPayments`; every filter is optional and they combine with AND. */
export type PaymentQuery = {
  /** Case-insensitive partial match on consumer name, account number, receipt number, payment id, transaction id and the payment's credit-note numbers; at most `SEARCH_TEXT_MAX_LENGTH` (1,000) characters. */
  text?: string;
  /** Payment date: Today, This Week, This Month or a custom inclusive range, in the ledger's zone. */
  dateRange?: DateRange;
  methods?: string[];
  statuses?: PaymentStatus[];
  types?: ItemType[];
  channels?: string[];
  accountNumber?: string;
  minAmount?: Amount;
  maxAmount?: Amount;
  /**
   * The order: a sort key and direction (`{ key: 'amount', direction: 'desc' }`; docs/payments.md,
   * "Sort keys"), or `newest` (the default, `{ key: 'date', direction: 'desc' }`) or `oldest`.
   */
  sort?: 'newest' | 'oldest' | PaymentSort;
  /** Page size (default 50, at most 10,000). */
  limit?: number;
  offset?: number;
};

/** A page of payments with the count and total of every match. */
export type PaymentSearchResult = { total: number; totalAmount: string; items: Payment[] };

const dateRangeSchema = z.union([
  z.object({ preset: z.enum(['today', 'thisWeek', 'thisMonth']) }).strict(),
  z.object({ from: z.string(), to: z.string() }).strict(),
]);
const schema = z.object({
  text: z.string().optional(),
  dateRange: dateRangeSchema.optional(),
  methods: z.array(z.string()).optional(),
  statuses: z.array(z.enum(['Posted', 'Pending', 'Failed', 'Cancelled'])).optional(),
  types: z.array(z.enum(['bill', 'service', 'installment'])).optional(),
  channels: z.array(z.string()).optional(),
  accountNumber: z.string().optional(),
  minAmount: amountInput.optional(),
  maxAmount: amountInput.optional(),
  sort: z
    .union([
      z.enum(['newest', 'oldest']),
      z.object({ key: z.enum(PAYMENT_SORT_KEYS), direction: z.enum(['asc', 'desc']).optional() }).strict(),
    ])
    .optional(),
  limit: z.number().int().min(1).max(10_000).optional(),
  offset: z.number().int().min(0).optional(),
});

/** Parses a min/max amount pair for a filter. @internal */
export function amountBounds(ctx: LedgerContext, min: Amount | undefined, max: Amount | undefined): [number, number] {
  const lo =
    min === undefined ? -Infinity : parseAmount(min, ctx.settings.currency, { path: ['minAmount'], allowZero: true });
  const hi =
    max === undefined ? Infinity : parseAmount(max, ctx.settings.currency, { path: ['maxAmount'], allowZero: true });
  if (lo > hi)
    throw new HotleadsError('INVALID_REQUEST', 'The minimum amount must not exceed the maximum', {
      path: ['minAmount'],
    });
  return [lo, hi];
}

/** Matching payment records, in store order. @internal */
export async function matchPayments(
  ctx: LedgerContext,
  query: PaymentQuery,
): Promise<{ matches: PaymentRecord[]; names: Map<string, string>; query: PaymentQuery }> {
  const q = parseInput(schema, query, 'INVALID_REQUEST', 'payment query');
  const [lo, hi] = amountBounds(ctx, q.minAmount, q.maxAmount);
  const range =
    q.dateRange === undefined
      ? null
      : resolveDateRange(q.dateRange as DateRange, nowMs(ctx), ctx.settings.timeZone, ctx.settings.weekStartsOn, [
          'dateRange',
        ]);
  const textMatches = textMatcher(q.text ?? '', ['text']);
  const needle = (q.text ?? '').trim();
  return ctx.store.read(async (tx) => {
    const consumers = await tx.list('consumers');
    const names = new Map<string, string>();
    const accountMatches = new Set<string>();
    for (const c of consumers) {
      names.set(c.accountNumber, c.name);
      if (needle !== '' && (textMatches(c.name) || textMatches(c.accountNumber))) accountMatches.add(c.accountNumber);
    }
    const rows =
      q.accountNumber !== undefined ? await tx.listByAccount('payments', q.accountNumber) : await tx.list('payments');
    const methods = q.methods && new Set(q.methods);
    const statuses = q.statuses && new Set<string>(q.statuses);
    const types = q.types && new Set<string>(q.types);
    const channels = q.channels && new Set(q.channels);
    const matches: PaymentRecord[] = [];
    for (const p of rows) {
      if (range !== null && (p.date < range.startMs || p.date >= range.endMs)) continue;
      if (p.amount < lo || p.amount > hi) continue;
      if (statuses !== undefined && !statuses.has(p.status)) continue;
      if (methods !== undefined && !methods.has(p.method)) continue;
      if (types !== undefined && !types.has(p.type)) continue;
      if (channels !== undefined && !channels.has(p.channel)) continue;
      if (
        needle !== '' &&
        !accountMatches.has(p.accountNumber) &&
        !textMatches(p.receiptNumber) &&
        !textMatches(p.id) &&
        !textMatches(p.transactionId) &&
        !p.creditNoteNumbers.some(textMatches)
      )
        continue;
      matches.push(p);
    }
    return { matches, names, query: q as PaymentQuery };
  });
}

/** A `sort` option as key and direction; `newest` (and no sort) is date descending. @internal */
export function paymentSort(sort: PaymentQuery['sort']): Required<PaymentSort> {
  if (sort === undefined || sort === 'newest') return { key: 'date', direction: 'desc' };
  if (sort === 'oldest') return { key: 'date', direction: 'asc' };
  return { key: sort.key, direction: sort.direction ?? 'asc' };
}

/**
 * The comparator of a sort (docs/payments.md, "Sort keys"): the key, then the payment id, both in
 * the sort's direction. `names` gives each account's current consumer name. @internal
 */
export function paymentOrder(
  sort: PaymentQuery['sort'],
  names: ReadonlyMap<string, string>,
): (a: PaymentRecord, b: PaymentRecord) => number {
  const { key, direction } = paymentSort(sort);
  const dir = direction === 'asc' ? 1 : -1;
  const byKey = paymentKeyOrder(key, names);
  return (a, b) => (byKey(a, b) || compareNumbering(a.id, b.id)) * dir;
}

function paymentKeyOrder(
  key: PaymentSort['key'],
  names: ReadonlyMap<string, string>,
): (a: PaymentRecord, b: PaymentRecord) => number {
  switch (key) {
    case 'date':
      return (a, b) => a.date - b.date;
    case 'amount':
      return (a, b) => a.amount - b.amount;
    case 'consumer':
      return (a, b) =>
        compareCodePoints(names.get(a.accountNumber) ?? '', names.get(b.accountNumber) ?? '') ||
        compareCodePoints(a.accountNumber, b.accountNumber);
    case 'receiptNumber':
      return (a, b) => compareNumbering(a.receiptNumber, b.receiptNumber);
    case 'method':
      return (a, b) => compareCodePoints(a.method, b.method);
    case 'status':
      return (a, b) => compareCodePoints(a.status, b.status);
    case 'type':
      return (a, b) => compareCodePoints(a.type, b.type);
  }
}

/**
 * Searches payments with text and filters; returns the requested page plus the number and the
 * exact total amount of all matches (summed on integer minor units).
 *
 * @throws HotleadsError `INVALID_REQUEST` for a bad filter (e.g. From after To, min > max).
 */
export async function searchPayments(ctx: LedgerContext, query: PaymentQuery = {}): Promise<PaymentSearchResult> {
  const { matches, names, query: q } = await matchPayments(ctx, query);
  const offset = q.offset ?? 0;
  const page = topK(matches, offset + (q.limit ?? 50), paymentOrder(q.sort, names)).slice(offset);
  return {
    total: matches.length,
    totalAmount: formatAmount(sumMinor(matches.map((p) => p.amount)), ctx.settings.currency),
    items: page.map((p) => toPayment(p, ctx.settings, names.get(p.accountNumber) ?? '')),
  };
}
