import * as z from 'zod/mini';
import { HotleadsError, localDate } from '@hotleads/core';
import { parseAmount, type Amount } from '../money/parseAmount';
import type { Actor, CreditNoteRecord, ItemType } from '../store/types';
import { actorSchema, amountInput, itemTypeSchema, keySchema, text } from './schemas';
import { runWrite, type LedgerContext } from './context';
import { loadItem, outstandingOf, saveItemChanges } from './items';
import { toCreditNote, type CreditNote } from './views';
import { noteStatus } from '../store/sortOrder';
import { parseInput } from '../input/readInput';
import { applicationRefusal } from './creditNoteApplicable';

/** Request of `ledger.applyCreditNote`. */
export type ApplyCreditNoteRequest = {
  creditNoteNumber: string;
  /** A bill, service charge or installment (`planId#n`) of the note's consumer. */
  item: { type: ItemType; id: string };
  /** Default: as much as both the note and the item allow. */
  amount?: Amount;
  actor: Actor;
  idempotencyKey?: string;
};

const schema = /* @__PURE__ */ (() =>
  z.object({
    creditNoteNumber: text,
    item: z.object({ type: itemTypeSchema, id: text }),
    amount: z.optional(amountInput),
    actor: actorSchema,
    idempotencyKey: keySchema,
  }))();

/**
 * Applies (part of) an active credit note to an item of the same consumer (`credit` permission):
 * the note's applied amount grows, its remaining shrinks, and the item owes that much less.
 *
 * @throws HotleadsError `NOT_FOUND`, `CONFLICT` (note applied, expired or void), `INVALID_AMOUNT`
 *   (more than the note's remaining or the item's outstanding), `INVALID_REQUEST`, `FORBIDDEN`.
 */
export async function applyCreditNote(ctx: LedgerContext, request: ApplyCreditNoteRequest): Promise<CreditNote> {
  const s = ctx.settings;
  const r = parseInput(schema, request, 'INVALID_REQUEST', 'credit-note application');
  const requested = r.amount === undefined ? null : parseAmount(r.amount, s.currency, { path: ['amount'] });
  return runWrite(
    ctx,
    {
      operation: 'applyCreditNote',
      actor: r.actor,
      permission: 'credit',
      idempotencyKey: r.idempotencyKey ?? null,
      body: { ...r, idempotencyKey: undefined },
    },
    async (tx, scope) => {
      const unlocked = await tx.get('creditNotes', r.creditNoteNumber);
      if (unlocked !== undefined) await tx.lockAccount(unlocked.accountNumber);
      const note = unlocked && (await tx.get('creditNotes', r.creditNoteNumber));
      if (note === undefined)
        throw new HotleadsError('NOT_FOUND', 'No credit note with this number', { path: ['creditNoteNumber'] });
      const today = localDate(scope.now, s.timeZone);
      const status = noteStatus(note, today);
      const refusal = applicationRefusal(status);
      if (refusal !== null) throw new HotleadsError('CONFLICT', refusal, { path: ['creditNoteNumber'] });
      const item = await loadItem(tx, r.item.type, r.item.id, note.accountNumber, s.timeZone, ['item', 'id']);
      const outstanding = outstandingOf(item);
      if (outstanding === 0)
        throw new HotleadsError('INVALID_REQUEST', 'This item is already settled', { path: ['item', 'id'] });
      const remaining = note.amount - note.applied;
      const amount = requested ?? Math.min(remaining, outstanding);
      if (amount > remaining)
        throw new HotleadsError('INVALID_AMOUNT', 'Amount exceeds the credit note remaining balance', {
          path: ['amount'],
        });
      if (amount > outstanding)
        throw new HotleadsError('INVALID_AMOUNT', 'Amount exceeds what the item owes', { path: ['amount'] });
      const after: CreditNoteRecord = {
        ...note,
        applied: note.applied + amount,
        applications: [
          ...note.applications,
          {
            itemType: item.type,
            item: item.id,
            amount,
            at: scope.now,
            by: { id: r.actor.id, name: r.actor.name, role: r.actor.role },
          },
        ],
      };
      await tx.put('creditNotes', after);
      const changes = await saveItemChanges(tx, [
        { type: item.type, id: item.id, paidDelta: 0, creditedDelta: amount },
      ]);
      await scope.audit('creditNote.applied', 'creditNote', note.id, note, after);
      for (const c of changes) await scope.audit(`${c.entityType}.credited`, c.entityType, c.id, c.before, c.after);
      const consumer = await tx.get('consumers', note.accountNumber);
      return toCreditNote(after, s, today, consumer?.name ?? '');
    },
  );
}
