// The documented sort keys (docs/payments.md, "Sort keys") written a second way, on what the
// ledger returns (views, amounts as strings), for storeConformanceSuite to hold a store's
// searches to. Internal: not exported.
import type { CreditNote, Payment } from '../ledger/views';
import type { CreditNoteSort, PaymentSort } from '../queries/sortKeys';

/** Code points one by one, a prefix first. */
function byCodePoints(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0)!);
  const y = Array.from(b, (c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}
const byNumber = (a: string, b: string) => a.length - b.length || byCodePoints(a, b);
/** Fixed-decimal amounts of one currency: sign, then integer digits by length, then digits. */
function byAmount(a: string, b: string): number {
  const neg = (s: string) => s.startsWith('-');
  if (neg(a) !== neg(b)) return neg(a) ? -1 : 1;
  const [ai = '', af = ''] = a.replace('-', '').split('.');
  const [bi = '', bf = ''] = b.replace('-', '').split('.');
  const magnitude = ai.length - bi.length || (ai < bi ? -1 : ai > bi ? 1 : 0) || (af < bf ? -1 : af > bf ? 1 : 0);
  return neg(a) ? -magnitude : magnitude;
}
const byConsumer = (a: Payment | CreditNote, b: Payment | CreditNote) =>
  byCodePoints(a.consumerName, b.consumerName) || byCodePoints(a.accountNumber, b.accountNumber);

const paymentKeys: Record<PaymentSort['key'], (a: Payment, b: Payment) => number> = {
  date: (a, b) => Date.parse(a.date) - Date.parse(b.date),
  amount: (a, b) => byAmount(a.amount, b.amount),
  consumer: byConsumer,
  receiptNumber: (a, b) => byNumber(a.receiptNumber, b.receiptNumber),
  method: (a, b) => byCodePoints(a.method, b.method),
  status: (a, b) => byCodePoints(a.status, b.status),
  type: (a, b) => byCodePoints(a.type, b.type),
};
const noteKeys: Record<CreditNoteSort['key'], (a: CreditNote, b: CreditNote) => number> = {
  date: (a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt),
  amount: (a, b) => byAmount(a.amount, b.amount),
  remaining: (a, b) => byAmount(a.remaining, b.remaining),
  consumer: byConsumer,
  number: () => 0,
  reason: (a, b) => byCodePoints(a.reason, b.reason),
  status: (a, b) => byCodePoints(a.status, b.status),
  linkedReceipt: (a, b) => byNumber(a.linkedReceipt, b.linkedReceipt),
  expiresAt: (a, b) => byCodePoints(a.expiresAt, b.expiresAt),
};

/** The payments in the order `sort` defines. */
export function sortedPayments(items: readonly Payment[], sort: Required<PaymentSort>): Payment[] {
  const dir = sort.direction === 'asc' ? 1 : -1;
  return [...items].sort((a, b) => (paymentKeys[sort.key](a, b) || byNumber(a.id, b.id)) * dir);
}

/** The credit notes in the order `sort` defines. */
export function sortedCreditNotes(items: readonly CreditNote[], sort: Required<CreditNoteSort>): CreditNote[] {
  const dir = sort.direction === 'asc' ? 1 : -1;
  return [...items].sort((a, b) => (noteKeys[sort.key](a, b) || byNumber(a.number, b.number)) * dir);
}
