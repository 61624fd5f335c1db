import { formatAmount, HotleadsError, isHotleadsError, type Currency } from '@hotleads/core';
import { parseAmount, type Amount } from '../money/parseAmount';
import { percentage } from '../money/percentage';
import type { ItemType } from '../store/types';
import type { CreditNoteProblem } from './previewCreditNote';
import type { CreditNote, CreditNoteStatus, UnpaidItem } from './views';
import { readOptions } from '../input/readInput';
import { readFields } from '../input/readFields';
import { applicationRefusal } from './creditNoteApplicable';

/** Options of {@link previewCreditNoteApplication}. */
export type PreviewCreditNoteApplicationOptions = {
  /** The ledger's currency (`ledger.settings.currency`). */
  currency: Currency;
  /** The amount typed (default: as much as both the note and the item allow, as `applyCreditNote` does). */
  amount?: Amount;
};

/** What applying a credit note to one item would do, computed without writing (docs/payments.md, "Credit notes"). */
export type CreditNoteApplicationPreview = {
  creditNoteNumber: string;
  item: { type: ItemType; id: string };
  /** The note's remaining balance now. */
  noteRemaining: string;
  /** What the item owes now. */
  itemOutstanding: string;
  /** The most that may be applied: the smaller of the two. */
  maximum: string;
  /** The amount that would be applied (`null` while the typed amount is not one). */
  amount: string | null;
  /** The note's remaining balance after (the current one while the amount does not fit). */
  noteRemainingAfter: string;
  /** What the item would still owe after (the current outstanding while the amount does not fit). */
  itemOutstandingAfter: string;
  /** The note's usage after, applied / amount × 100 with one decimal. */
  usagePercentAfter: string;
  /** The note's status after: `Applied` when nothing would remain. */
  statusAfter: CreditNoteStatus;
  /** Why `applyCreditNote` would refuse it, each with that refusal's code, path and sentence; empty when it would accept it. */
  problems: CreditNoteProblem[];
  /** `problems` is empty: the Apply button may be enabled. */
  valid: boolean;
};

const ITEM_TYPES: readonly string[] = ['bill', 'service', 'installment'];

/**
 * Previews `ledger.applyCreditNote` for the "apply credit note" form, from what the ledger
 * returned: a credit note (`getCreditNote`) and one of its consumer's unpaid items
 * (`unpaidItems`). It gives the maximum, the note's remaining balance, usage and status after,
 * what the item would still owe, and every problem `applyCreditNote` would refuse the form for
 * (a note that is not Active, a settled item, an amount that is not one, zero, more than the
 * note's remaining or the item's outstanding), with the code and sentence of that refusal.
 * Pure: it reads nothing and writes nothing.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` for a note, an item or options that are not the
 *   ledger's shapes, or a bad currency; `INVALID_AMOUNT` for a note or item amount that is not
 *   one of the currency (a typed amount that is not one is a problem, not a throw).
 * @example previewCreditNoteApplication(note, item, { currency: USD }).maximum // '4.50'
 */
export function previewCreditNoteApplication(
  note: Pick<CreditNote, 'number' | 'status' | 'amount' | 'applied'>,
  item: Pick<UnpaidItem, 'type' | 'id' | 'outstanding'>,
  options: PreviewCreditNoteApplicationOptions,
): CreditNoteApplicationPreview {
  const n = readFields(note, { number: 'string', status: 'string', amount: 'string', applied: 'string' }, ['note']) as {
    number: string;
    status: string;
    amount: string;
    applied: string;
  };
  const i = readFields(item, { type: 'string', id: 'string', outstanding: 'string' }, ['item']) as {
    type: ItemType;
    id: string;
    outstanding: string;
  };
  if (!ITEM_TYPES.includes(i.type))
    throw new HotleadsError('INVALID_ARGUMENT', 'Type must be bill, service or installment', {
      path: ['item', 'type'],
    });
  const o = readOptions(options, ['currency', 'amount']);
  const c = o.currency as Currency;
  const total = parseAmount(n.amount, c, { path: ['note', 'amount'], allowZero: true });
  const applied = parseAmount(n.applied, c, { path: ['note', 'applied'], allowZero: true });
  const outstanding = parseAmount(i.outstanding, c, { path: ['item', 'outstanding'], allowZero: true });
  if (applied > total)
    throw new HotleadsError('INVALID_ARGUMENT', 'A credit note cannot have applied more than its amount', {
      path: ['note', 'applied'],
    });
  const remaining = total - applied;
  const problems: CreditNoteProblem[] = [];
  const problem = (code: CreditNoteProblem['code'], message: string, path: CreditNoteProblem['path']) =>
    problems.push({ code, path, message });
  const refusal = applicationRefusal(n.status as CreditNoteStatus);
  if (refusal !== null) problem('CONFLICT', refusal, ['creditNoteNumber']);
  if (outstanding === 0) problem('INVALID_REQUEST', 'This item is already settled', ['item', 'id']);
  const maximum = Math.min(remaining, outstanding);
  let amount: number | null = maximum;
  if (o.amount !== undefined)
    try {
      amount = parseAmount(o.amount, c, { path: ['amount'] });
    } catch (error) {
      if (!isHotleadsError(error)) throw error;
      problems.push({ code: error.code, path: [...error.path], message: error.detail });
      amount = null;
    }
  if (amount !== null && amount > remaining)
    problem('INVALID_AMOUNT', 'Amount exceeds the credit note remaining balance', ['amount']);
  else if (amount !== null && amount > outstanding)
    problem('INVALID_AMOUNT', 'Amount exceeds what the item owes', ['amount']);
  const fits = amount !== null && amount > 0 && amount <= maximum;
  const used = fits ? amount! : 0;
  return {
    creditNoteNumber: n.number,
    item: { type: i.type, id: i.id },
    noteRemaining: formatAmount(remaining, c),
    itemOutstanding: formatAmount(outstanding, c),
    maximum: formatAmount(maximum, c),
    amount: amount === null ? null : formatAmount(amount, c),
    noteRemainingAfter: formatAmount(remaining - used, c),
    itemOutstandingAfter: formatAmount(outstanding - used, c),
    usagePercentAfter: percentage(applied + used, total) ?? '0.0',
    statusAfter: fits && remaining - used === 0 ? 'Applied' : (n.status as CreditNoteStatus),
    problems,
    valid: problems.length === 0,
  };
}
