import * as z from 'zod/mini';
import {
  englishIssue,
  formatAmount,
  HotleadsError,
  isHotleadsError,
  UNREADABLE,
  type HotleadsErrorCode,
  type IssuePath,
} from '@hotleads/core';
import { parseAmount, type Amount } from '../money/parseAmount';
import { CREDIT_NOTE_REASONS, type CreditNoteReason } from '../settings/settings';
import type { Actor } from '../store/types';
import { actorSchema, text } from './schemas';
import type { LedgerContext } from './context';
import { can } from './can';
import { parseInput, unreadableInput } from '../input/readInput';

/** Request of `ledger.previewCreditNote`: the credit-note form as typed so far. */
export type PreviewCreditNoteRequest = {
  paymentId: string;
  /** The credit amount typed (default: everything still creditable). */
  amount?: Amount;
  /** The reason chosen; a missing one is a problem, since `createCreditNote` needs it. */
  reason?: CreditNoteReason;
  remarks?: string;
  /** Who would create it; when given, a role without the `credit` permission is a problem. */
  actor?: Actor;
};

/** One reason `createCreditNote` would refuse the form: its HotleadsError's code, path and sentence (`detail`). */
export type CreditNoteProblem = { code: HotleadsErrorCode; path: IssuePath; message: string };

/** What a credit note would be, computed without writing (docs/payments.md, "Credit notes"). */
export type CreditNotePreview = {
  paymentId: string;
  receiptNumber: string;
  accountNumber: string;
  /** The payment's amount. */
  paymentAmount: string;
  /** Credited by earlier credit notes of the payment. */
  alreadyCredited: string;
  /** The creditable maximum: the payment amount less earlier credit notes ("Maximum: $145.50"). */
  creditable: string;
  /** The amount the note would have (`null` while the typed amount is not one). */
  amount: string | null;
  /** What would remain creditable on the payment after this note (the maximum while `amount` is `null`). */
  remainingAfter: string;
  /** True when the note would credit everything left of the payment. */
  fullReversal: boolean;
  /** Why `createCreditNote` would refuse the form; empty when it would accept it. */
  problems: CreditNoteProblem[];
  /** `problems` is empty: the Create button may be enabled. */
  valid: boolean;
};

const schema = /* @__PURE__ */ (() =>
  z.object({
    paymentId: text,
    amount: z.optional(z.unknown()),
    reason: z.optional(z.unknown()),
    remarks: z.optional(z.unknown()),
    actor: z.optional(z.unknown()),
  }))();
const reasonSchema = /* @__PURE__ */ (() =>
  z.enum(CREDIT_NOTE_REASONS, {
    message: `Reason must be one of: ${CREDIT_NOTE_REASONS.join(', ')}`,
  }))();

/**
 * Previews `createCreditNote` for a form: the creditable maximum, what would remain of the
 * payment, whether it is a full reversal, and every problem `createCreditNote` would refuse it
 * for (amount, reason, remarks, a payment that is not posted, the actor's permission), each with
 * the code and sentence of that refusal. Reads only: it draws no number and writes nothing.
 *
 * @throws HotleadsError `INVALID_REQUEST` for a request that is not `{ paymentId, … }`;
 *   `NOT_FOUND` for an unknown payment.
 */
export async function previewCreditNote(
  ctx: LedgerContext,
  request: PreviewCreditNoteRequest,
): Promise<CreditNotePreview> {
  const s = ctx.settings;
  const c = s.currency;
  const r = parseInput(schema, request, 'INVALID_REQUEST', 'credit-note preview');
  const problems: CreditNoteProblem[] = [];
  const problem = (e: unknown) => {
    if (!isHotleadsError(e)) throw e;
    problems.push({ code: e.code, path: [...e.path], message: e.detail });
  };
  let requested: number | null = null;
  if (r.amount !== undefined)
    try {
      requested = parseAmount(r.amount, c, { path: ['amount'] });
    } catch (e) {
      problem(e);
    }
  const reason = safeParse(reasonSchema, r.reason, 'reason');
  if (!reason.success)
    problem(new HotleadsError('INVALID_REQUEST', reason.error.issues[0]!.message, { path: ['reason'] }));
  if (r.remarks !== undefined && (typeof r.remarks !== 'string' || r.remarks.length > s.remarksMaxLength))
    problem(new HotleadsError('INVALID_REQUEST', 'Remarks are too long', { path: ['remarks'] }));
  if (r.actor !== undefined) {
    const actor = safeParse(actorSchema, r.actor, 'actor');
    if (!actor.success)
      problem(new HotleadsError('INVALID_REQUEST', 'An actor { id, name, role } is required', { path: ['actor'] }));
    else if (!can(s, actor.data, 'credit'))
      problem(new HotleadsError('FORBIDDEN', 'This role may not perform this operation', { path: ['actor', 'role'] }));
  }
  const payment = await ctx.store.read((tx) => tx.get('payments', r.paymentId));
  if (payment === undefined) throw new HotleadsError('NOT_FOUND', 'No payment with this id', { path: ['paymentId'] });
  if (payment.status !== 'Posted')
    problem(
      new HotleadsError('CONFLICT', 'Credit notes can be issued on posted payments only', { path: ['paymentId'] }),
    );
  const creditable = payment.amount - payment.credited;
  const amount = r.amount === undefined ? creditable : requested;
  if (amount !== null && amount <= 0)
    problem(new HotleadsError('INVALID_AMOUNT', 'Nothing is left to credit on this payment', { path: ['amount'] }));
  else if (amount !== null && amount > creditable)
    problem(
      new HotleadsError('INVALID_AMOUNT', 'Credit amount exceeds what is left of the payment', { path: ['amount'] }),
    );
  const fits = amount !== null && amount > 0 && amount <= creditable;
  return {
    paymentId: payment.id,
    receiptNumber: payment.receiptNumber,
    accountNumber: payment.accountNumber,
    paymentAmount: formatAmount(payment.amount, c),
    alreadyCredited: formatAmount(payment.credited, c),
    creditable: formatAmount(creditable, c),
    amount: amount === null ? null : formatAmount(amount, c),
    remainingAfter: formatAmount(fits ? creditable - amount : creditable, c),
    fullReversal: fits && amount === creditable,
    problems,
    valid: problems.length === 0,
  };
}

/** zod's `safeParse`, with input whose reading throws (a getter, a Proxy) refused as unreadable. */
function safeParse<T>(
  schema: z.ZodMiniType<T>,
  value: unknown,
  key: string,
): ReturnType<z.ZodMiniType<T>['safeParse']> {
  try {
    return schema.safeParse(value, { error: englishIssue }); // zod/mini has no locale of its own
  } catch (error) {
    // englishIssue refuses an input it cannot read as unreadable: keep this function's code.
    const cause = isHotleadsError(error) && error.detail === UNREADABLE ? error.cause : error;
    throw unreadableInput(cause, 'INVALID_REQUEST', [key]);
  }
}
