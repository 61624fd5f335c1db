import * as z from 'zod/mini';
import { formatAmount, HotleadsError } from '@hotleads/core';
import { parseAmount, type Amount } from '../money/parseAmount';
import { resolveDateRange, type DateRange } from '../calendar/dateRange';
import type { ItemType, PaymentFilter, PaymentStatus } from '../store/types';
import { nowMs, type LedgerContext } from '../ledger/context';
import { toPayment, type Payment } from '../ledger/views';
import { amountInput } from '../ledger/schemas';
import { textMatcher } from '../store/textMatcher';
import { parseInput } from '../input/readInput';
import { PAYMENT_SORT_KEYS, type PaymentSort } from '../store/sortKeys';

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

const dateRangeSchema = /* @__PURE__ */ (() =>
  z.union([
    z.strictObject({ preset: z.enum(['today', 'thisWeek', 'thisMonth']) }),
    z.strictObject({ from: z.string(), to: z.string() }),
  ]))();
/** The shape of a {@link PaymentQuery}. @internal */
export const paymentQuerySchema = /* @__PURE__ */ (() =>
  z.object({
    text: z.optional(z.string()),
    dateRange: z.optional(dateRangeSchema),
    methods: z.optional(z.array(z.string())),
    statuses: z.optional(z.array(z.enum(['Posted', 'Pending', 'Failed', 'Cancelled']))),
    types: z.optional(z.array(z.enum(['bill', 'service', 'installment']))),
    channels: z.optional(z.array(z.string())),
    accountNumber: z.optional(z.string()),
    minAmount: z.optional(amountInput),
    maxAmount: z.optional(amountInput),
    sort: z.optional(
      z.union([
        z.enum(['newest', 'oldest']),
        z.strictObject({ key: z.enum(PAYMENT_SORT_KEYS), direction: z.optional(z.enum(['asc', 'desc'])) }),
      ]),
    ),
    limit: z.optional(z.number().check(z.int(), z.gte(1), z.lte(10_000))),
    offset: z.optional(z.number().check(z.int(), z.gte(0))),
  }))();

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

/** A `sort` option as key and direction; `newest` (and no sort) is date descending. @internal */
export function paymentSort(sort: PaymentQuery['sort']): Required<PaymentSort> {
  if (sort === undefined || sort === 'newest') return { key: 'date', direction: 'desc' };
  if (sort === 'oldest') return { key: 'date', direction: 'asc' };
  return { key: sort.key, direction: sort.direction ?? 'asc' };
}

/** A parsed query as the store's filter (amounts in minor units, the range as instants, text lowercased). @internal */
export function paymentFilter(ctx: LedgerContext, query: PaymentQuery): { filter: PaymentFilter; query: PaymentQuery } {
  const q = parseInput(paymentQuerySchema, query, 'INVALID_REQUEST', 'payment query');
  const [lo, hi] = amountBounds(ctx, q.minAmount, q.maxAmount);
  const range =
    q.dateRange === undefined
      ? null
      : resolveDateRange(q.dateRange as DateRange, nowMs(ctx), ctx.settings.timeZone, ctx.settings.weekStartsOn, [
          'dateRange',
        ]);
  textMatcher(q.text ?? '', ['text']); // checks the length
  const needle = (q.text ?? '').trim().toLowerCase();
  return {
    query: q as PaymentQuery,
    filter: {
      text: needle === '' ? null : needle,
      dateFrom: range?.startMs ?? null,
      dateTo: range?.endMs ?? null,
      minAmount: lo === -Infinity ? null : lo,
      maxAmount: hi === Infinity ? null : hi,
      statuses: q.statuses ?? null,
      methods: q.methods ?? null,
      types: q.types ?? null,
      channels: q.channels ?? null,
      accountNumber: q.accountNumber ?? null,
    },
  };
}

/**
 * Searches payments with text and filters; returns the requested page plus the number and the
 * exact total amount of all matches (summed on integer minor units). The store answers it
 * (`LedgerReadTx.searchPayments`: a scan in memory, indexes in SQL).
 *
 * @throws HotleadsError `INVALID_REQUEST` for a bad filter (e.g. From after To, min > max).
 */
export async function searchPayments(ctx: LedgerContext, query: PaymentQuery = {}): Promise<PaymentSearchResult> {
  const { filter, query: q } = paymentFilter(ctx, query);
  const page = await ctx.store.read((tx) =>
    tx.searchPayments(filter, {
      order: paymentSort(q.sort),
      limit: q.limit ?? 50,
      offset: q.offset ?? 0,
    }),
  );
  return {
    total: page.total,
    totalAmount: formatAmount(page.totalAmount, ctx.settings.currency),
    items: page.rows.map((r) => toPayment(r.record, ctx.settings, r.consumerName)),
  };
}
