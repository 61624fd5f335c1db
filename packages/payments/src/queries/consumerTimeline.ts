import { HotleadsError } from '@hotleads/core';
import type { CreditNote, Payment } from '../ledger/views';
import type { ItemType } from '../store/types';
import { readOptions } from '../input/readInput';
import { readFields, readList } from '../input/readFields';
import { readInstant } from '../calendar/readInstant';

/** What happened on an account, for a consumer's payment history. */
export type ConsumerTimelineKind = 'payment' | 'cancellation' | 'creditNote' | 'application';

/** One event of {@link consumerTimeline}. Amounts are the ledger's strings, as they were returned. */
export type ConsumerTimelineEvent = {
  kind: ConsumerTimelineKind;
  /** ISO instant: the payment date, the cancellation, the note's creation or the application. */
  at: string;
  /** The receipt number (payment, cancellation) or the credit-note number (note, application). */
  reference: string;
  /** The payment's amount, or the note's, or the amount applied. */
  amount: string;
  /** Who did it: recorded by, cancelled by, created by, applied by. */
  by: string;
  /** The payment it concerns (every kind has one: a note's is its linked payment). */
  paymentId: string;
  /** The credit note, for `creditNote` and `application`. */
  creditNoteNumber?: string;
  /** The payment's method and type, for `payment`. */
  method?: string;
  type?: ItemType;
  /** The payment's status now, for `payment`. */
  status?: Payment['status'];
  /** The note's reason, for `creditNote`; the cancellation's reason, for `cancellation` when one was given. */
  reason?: string;
  /** The item a note was applied to, for `application`. */
  item?: { type: ItemType; id: string };
};

const KIND_ORDER: Record<ConsumerTimelineKind, number> = { payment: 0, creditNote: 1, application: 2, cancellation: 3 };

const PAYMENT_FIELDS = {
  id: 'string',
  receiptNumber: 'string',
  amount: 'string',
  method: 'string',
  type: 'string',
  status: 'string',
  date: 'string',
  recordedBy: 'string',
  cancelledAt: 'string?',
  cancelledBy: 'string?',
  cancelReason: 'string?',
} as const;
const NOTE_FIELDS = {
  number: 'string',
  paymentId: 'string',
  amount: 'string',
  reason: 'string',
  createdAt: 'string',
  createdBy: 'string',
} as const;
const APPLICATION_FIELDS = {
  itemType: 'string',
  item: 'string',
  amount: 'string',
  at: 'string',
  by: 'string',
} as const;

type PaymentIn = {
  [K in keyof typeof PAYMENT_FIELDS]: (typeof PAYMENT_FIELDS)[K] extends 'string' ? string : string | undefined;
};
type NoteIn = { [K in keyof typeof NOTE_FIELDS]: string } & {
  applications: Array<{ [K in keyof typeof APPLICATION_FIELDS]: string }>;
};

/** The payments and notes of a history, read once and checked. */
function readHistory(history: unknown): { payments: PaymentIn[]; creditNotes: NoteIn[] } {
  if (history === undefined)
    throw new HotleadsError('INVALID_ARGUMENT', 'Expected { payments, creditNotes }', { path: [] });
  const o = readOptions(
    history,
    ['payments', 'creditNotes'],
    [],
    'INVALID_ARGUMENT',
    'Expected { payments, creditNotes }',
  );
  const payments = readList(o.payments, ['payments']).map(
    (p, i) => readFields(p, PAYMENT_FIELDS, ['payments', i]) as PaymentIn,
  );
  const creditNotes = readList(o.creditNotes, ['creditNotes']).map((n, i) => {
    const note = readFields(n, NOTE_FIELDS, ['creditNotes', i]) as Omit<NoteIn, 'applications'>;
    const apps = readOptions(n, ['applications'], ['creditNotes', i]).applications;
    const applications = readList(apps, ['creditNotes', i, 'applications']).map(
      (a, j) =>
        readFields(a, APPLICATION_FIELDS, ['creditNotes', i, 'applications', j]) as NoteIn['applications'][number],
    );
    return { ...note, applications };
  });
  return { payments, creditNotes };
}

/**
 * A consumer's payment history as a timeline, newest first: each payment, each cancellation of
 * one, each credit note and each application of a note to an item, from the payments and credit
 * notes the ledger returned for the account (`searchPayments` / `searchCreditNotes` with
 * `accountNumber`). Events at the same instant keep the order payment, credit note, application,
 * cancellation (newest first reverses it), then reference. Amounts are passed through unchanged.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` for lists that are not the ledger's payments and credit
 *   notes; `INVALID_TIME` for an instant that is not ISO 8601 with a zone.
 * @example consumerTimeline({ payments, creditNotes })[0].kind // 'application'
 */
export function consumerTimeline(history: {
  payments: readonly Payment[];
  creditNotes: readonly CreditNote[];
}): ConsumerTimelineEvent[] {
  const h = readHistory(history);
  const events: Array<ConsumerTimelineEvent & { ms: number }> = [];
  const push = (e: ConsumerTimelineEvent, path: Array<string | number>) =>
    events.push({ ...e, ms: readInstant(e.at, path) });
  h.payments.forEach((p, i) => {
    push(
      {
        kind: 'payment',
        at: p.date,
        reference: p.receiptNumber,
        amount: p.amount,
        by: p.recordedBy,
        paymentId: p.id,
        method: p.method,
        type: p.type as ItemType,
        status: p.status as Payment['status'],
      },
      ['payments', i, 'date'],
    );
    if (p.cancelledAt !== undefined) {
      const e: ConsumerTimelineEvent = {
        kind: 'cancellation',
        at: p.cancelledAt,
        reference: p.receiptNumber,
        amount: p.amount,
        by: p.cancelledBy ?? '',
        paymentId: p.id,
      };
      if (p.cancelReason !== undefined) e.reason = p.cancelReason;
      push(e, ['payments', i, 'cancelledAt']);
    }
  });
  h.creditNotes.forEach((n, i) => {
    push(
      {
        kind: 'creditNote',
        at: n.createdAt,
        reference: n.number,
        amount: n.amount,
        by: n.createdBy,
        paymentId: n.paymentId,
        creditNoteNumber: n.number,
        reason: n.reason,
      },
      ['creditNotes', i, 'createdAt'],
    );
    n.applications.forEach((a, j) =>
      push(
        {
          kind: 'application',
          at: a.at,
          reference: n.number,
          amount: a.amount,
          by: a.by,
          paymentId: n.paymentId,
          creditNoteNumber: n.number,
          item: { type: a.itemType as ItemType, id: a.item },
        },
        ['creditNotes', i, 'applications', j, 'at'],
      ),
    );
  });
  events.sort(
    (a, b) =>
      b.ms - a.ms ||
      KIND_ORDER[b.kind] - KIND_ORDER[a.kind] ||
      (a.reference < b.reference ? 1 : a.reference > b.reference ? -1 : 0),
  );
  return events.map(({ ms: _ms, ...e }) => e);
}
