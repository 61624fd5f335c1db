// Which credit notes can take an application, and why the others cannot: one place for the rule
// that applyCreditNote enforces, previewCreditNoteApplication reports and a screen's "Apply" follows.
import { HotleadsError } from '@hotleads/core';
import { readFields } from '../input/readFields';
import type { CreditNote, CreditNoteStatus } from './views';

const STATUSES: readonly string[] = ['Active', 'Applied', 'Expired', 'Void'] satisfies CreditNoteStatus[];

/** Why a note of this status cannot be applied, or `null` for an `Active` note. */
export function applicationRefusal(status: CreditNoteStatus): string | null {
  return status === 'Active'
    ? null
    : status === 'Applied'
      ? 'This credit note is fully applied'
      : status === 'Expired'
        ? 'This credit note has expired'
        : 'This credit note is void';
}

/**
 * Whether a credit note can be applied to a bill, a service or an installment: only an `Active`
 * one can (an `Applied`, `Expired` or `Void` note is refused by `ledger.applyCreditNote`). A
 * screen shows its "Apply" action by this verdict, never by comparing statuses itself.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` for a note without one of the four statuses.
 * @example isCreditNoteApplicable(await ledger.getCreditNote('CN-46129')) // true while Active
 */
export function isCreditNoteApplicable(note: Pick<CreditNote, 'status'>): boolean {
  const { status } = readFields(note, { status: 'string' }, ['note']) as { status: string };
  if (!STATUSES.includes(status))
    throw new HotleadsError('INVALID_ARGUMENT', 'Status must be Active, Applied, Expired or Void', {
      path: ['note', 'status'],
    });
  return applicationRefusal(status as CreditNoteStatus) === null;
}
