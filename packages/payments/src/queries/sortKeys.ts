/** A sort direction: `asc` (smallest, earliest, A first) or `desc`. */
export type SortDirection = 'asc' | 'desc';

/**
 * The keys `searchPayments` (and its CSV export) sorts by; docs/payments.md, "Sort keys", defines
 * each one exactly, so every store orders the same way:
 * - `date`: the payment date;
 * - `amount`: the payment amount;
 * - `consumer`: the consumer's current name, then the account number (code-point order);
 * - `receiptNumber`: shorter first, then code-point order (`R-9` before `R-10`);
 * - `method`, `status`, `type`: the value as stored (`bill`, `installment`, `service`), code-point order.
 *
 * Ties are broken by the payment id (shorter first, then code-point order) in the same direction,
 * so `desc` is exactly the reverse of `asc`.
 */
export const PAYMENT_SORT_KEYS = ['date', 'amount', 'consumer', 'receiptNumber', 'method', 'status', 'type'] as const;
/** A key of {@link PAYMENT_SORT_KEYS}. */
export type PaymentSortKey = (typeof PAYMENT_SORT_KEYS)[number];
/** How `searchPayments` orders its matches: a key and a direction (default `asc`). */
export type PaymentSort = { key: PaymentSortKey; direction?: SortDirection };

/**
 * The keys `searchCreditNotes` (and its CSV export) sorts by; docs/payments.md, "Sort keys":
 * - `date`: the creation instant; `expiresAt`: the expiry date;
 * - `amount`: the credit amount; `remaining`: what is left of it (amount − applied);
 * - `consumer`: the consumer's current name, then the account number (code-point order);
 * - `number`, `linkedReceipt`: shorter first, then code-point order (`CN-9` before `CN-10`);
 * - `reason`: the reason, code-point order;
 * - `status`: the live status as of the ledger's today (`Active`, `Applied`, `Expired`, `Void`), code-point order.
 *
 * Ties are broken by the credit-note number (shorter first, then code-point order) in the same
 * direction, so `desc` is exactly the reverse of `asc`.
 */
export const CREDIT_NOTE_SORT_KEYS = [
  'date',
  'amount',
  'remaining',
  'consumer',
  'number',
  'reason',
  'status',
  'linkedReceipt',
  'expiresAt',
] as const;
/** A key of {@link CREDIT_NOTE_SORT_KEYS}. */
export type CreditNoteSortKey = (typeof CREDIT_NOTE_SORT_KEYS)[number];
/** How `searchCreditNotes` orders its matches: a key and a direction (default `asc`). */
export type CreditNoteSort = { key: CreditNoteSortKey; direction?: SortDirection };
