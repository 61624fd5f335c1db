import { HotleadsError, type IssuePath } from '@hotleads/core';
import type {
  BillRecord,
  ItemType,
  LedgerReadTx,
  LedgerWriteTx,
  PlanRecord,
  ServiceChargeRecord,
} from '../store/types';
import { startOfLocalDay } from '../calendar/zoned';

/** An item loaded for a write: what it owes and how to write it back. Internal. */
export type LoadedItem = {
  type: ItemType;
  id: string;
  accountNumber: string;
  amount: number;
  paid: number;
  credited: number;
  dueDate: string;
  description: string;
  issuedAt: number | null;
  record: BillRecord | ServiceChargeRecord | PlanRecord;
  installmentIndex: number;
};

/** What an item still owes. */
export const outstandingOf = (i: { amount: number; paid: number; credited: number }): number =>
  Math.max(0, i.amount - i.paid - i.credited);

/** Splits `PP-2025-0034#2` into plan id and installment number. */
export function splitInstallmentId(id: string): [string, number] | undefined {
  const at = id.lastIndexOf('#');
  if (at <= 0) return undefined;
  const n = Number(id.slice(at + 1));
  return Number.isInteger(n) && n > 0 ? [id.slice(0, at), n] : undefined;
}

/**
 * Loads an item of `type` with `id` that belongs to `accountNumber`.
 * @throws HotleadsError `NOT_FOUND` when it does not exist on this account.
 */
function missing(type: ItemType, path: IssuePath): HotleadsError {
  return new HotleadsError(
    'NOT_FOUND',
    type === 'bill'
      ? 'No such bill on this account'
      : type === 'service'
        ? 'No such service charge on this account'
        : 'No such installment on this account',
    { path },
  );
}

export async function loadItem(
  tx: LedgerReadTx,
  type: ItemType,
  id: string,
  accountNumber: string,
  timeZone: string,
  path: IssuePath,
): Promise<LoadedItem> {
  if (type === 'bill') {
    const b = await tx.get('bills', id);
    if (b === undefined || b.accountNumber !== accountNumber) throw missing(type, path);
    return {
      type,
      id,
      accountNumber,
      amount: b.amount,
      paid: b.paid,
      credited: b.credited,
      dueDate: b.dueDate,
      description: b.period,
      issuedAt: b.issuedAt,
      record: b,
      installmentIndex: -1,
    };
  }
  if (type === 'service') {
    const s = await tx.get('serviceCharges', id);
    if (s === undefined || s.accountNumber !== accountNumber) throw missing(type, path);
    return {
      type,
      id,
      accountNumber,
      amount: s.amount,
      paid: s.paid,
      credited: s.credited,
      dueDate: s.serviceDate,
      description: s.description,
      issuedAt: startOfLocalDay(s.serviceDate, timeZone),
      record: s,
      installmentIndex: -1,
    };
  }
  const parts = splitInstallmentId(id);
  if (parts === undefined)
    throw new HotleadsError('NOT_FOUND', 'An installment is named planId#number, e.g. PP-2025-0034#1', { path });
  const plan = await tx.get('plans', parts[0]);
  const index = plan === undefined ? -1 : plan.installments.findIndex((i) => i.number === parts[1]);
  if (plan === undefined || plan.accountNumber !== accountNumber || index < 0) throw missing(type, path);
  const inst = plan.installments[index]!;
  return {
    type,
    id,
    accountNumber,
    amount: inst.amount,
    paid: inst.paid,
    credited: inst.credited,
    dueDate: inst.dueDate,
    description: `Installment ${inst.number} of ${plan.id}`,
    issuedAt: null,
    record: plan,
    installmentIndex: index,
  };
}

/** A change to an item's paid / credited amounts (minor units, may be negative for a reversal). */
export type ItemChange = { type: ItemType; id: string; paidDelta: number; creditedDelta: number };

/**
 * Writes item changes back in one go (several installments of a plan become one plan write)
 * and returns before/after pairs for the audit trail.
 */
export async function saveItemChanges(
  tx: LedgerWriteTx,
  changes: ReadonlyArray<ItemChange>,
): Promise<Array<{ entityType: string; id: string; before: unknown; after: unknown }>> {
  const out: Array<{ entityType: string; id: string; before: unknown; after: unknown }> = [];
  const plans = new Map<string, { before: PlanRecord; after: PlanRecord }>();
  for (const c of changes) {
    if (c.type === 'bill' || c.type === 'service') {
      const collection = c.type === 'bill' ? 'bills' : 'serviceCharges';
      const before = (await tx.get(collection, c.id))!;
      const after = { ...before, paid: before.paid + c.paidDelta, credited: before.credited + c.creditedDelta };
      await tx.put(collection, after as never);
      out.push({ entityType: c.type === 'bill' ? 'bill' : 'serviceCharge', id: c.id, before, after });
    } else {
      const [planId, n] = splitInstallmentId(c.id)!;
      let entry = plans.get(planId);
      if (entry === undefined) {
        const before = (await tx.get('plans', planId))!;
        entry = { before, after: { ...before, installments: before.installments.map((i) => ({ ...i })) } };
        plans.set(planId, entry);
      }
      const inst = entry.after.installments.find((i) => i.number === n)!;
      inst.paid += c.paidDelta;
      inst.credited += c.creditedDelta;
    }
  }
  for (const [planId, { before, after }] of plans) {
    await tx.put('plans', after);
    out.push({ entityType: 'plan', id: planId, before, after });
  }
  return out;
}
