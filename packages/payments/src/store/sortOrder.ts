// The documented sort keys (docs/payments.md, "Sort keys") as comparators on stored records: what
// the memory store sorts with, and what a SQL store writes as ORDER BY.
import { compareCodePoints, compareNumbering } from './compareText';
import type { CreditNoteSort, PaymentSort } from './sortKeys';
import type { CreditNoteRecord, PaymentRecord } from './types';

/** A credit note's status as of `today` (`Void`, `Applied`, `Expired` after its expiry, else `Active`). */
export function noteStatus(n: CreditNoteRecord, today: string): 'Active' | 'Applied' | 'Expired' | 'Void' {
  if (n.voided) return 'Void';
  if (n.amount - n.applied === 0) return 'Applied';
  return today > n.expiresAt ? 'Expired' : 'Active';
}

/** Orders payment records by `sort`, ties by payment id, both in its direction. `names`: account → consumer name. */
export function paymentRecordOrder(
  sort: Required<PaymentSort>,
  names: ReadonlyMap<string, string>,
): (a: PaymentRecord, b: PaymentRecord) => number {
  const dir = sort.direction === 'asc' ? 1 : -1;
  const byKey = paymentKeyOrder(sort.key, names);
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

/** Orders credit-note records by `sort`, ties by number; `today` decides the live status. */
export function creditNoteRecordOrder(
  sort: Required<CreditNoteSort>,
  names: ReadonlyMap<string, string>,
  today: string,
): (a: CreditNoteRecord, b: CreditNoteRecord) => number {
  const dir = sort.direction === 'asc' ? 1 : -1;
  const byKey = creditNoteKeyOrder(sort.key, names, today);
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
      return (a, b) => compareCodePoints(noteStatus(a, today), noteStatus(b, today));
    case 'linkedReceipt':
      return (a, b) => compareNumbering(a.linkedReceipt, b.linkedReceipt);
    case 'expiresAt':
      return (a, b) => compareCodePoints(a.expiresAt, b.expiresAt);
  }
}
