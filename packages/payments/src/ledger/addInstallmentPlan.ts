import * as z from 'zod/mini';
import { HotleadsError, localDate } from '@hotleads/core';
import { parseAmount, type Amount } from '../money/parseAmount';
import { parseDateString } from '../calendar/dateString';
import type { Actor, PlanRecord } from '../store/types';
import { actorSchema, amountInput, keySchema, text } from './schemas';
import { SYSTEM_ACTOR, runWrite, type LedgerContext } from './context';
import { toPlan, type InstallmentPlan } from './views';
import { parseInput } from '../input/readInput';

/** Request of `ledger.addInstallmentPlan`. */
export type AddInstallmentPlanRequest = {
  accountNumber: string;
  planId: string;
  /** Numbered 1, 2, 3… (unique), each with an amount and a `YYYY-MM-DD` due date. */
  installments: Array<{ number: number; amount: Amount; dueDate: string }>;
  actor?: Actor;
  idempotencyKey?: string;
};

const schema = /* @__PURE__ */ (() =>
  z.object({
    accountNumber: text,
    planId: text.check(z.refine((s) => !s.includes('#'), 'A plan id may not contain #')),
    installments: z
      .array(z.object({ number: z.number().check(z.int(), z.positive()), amount: amountInput, dueDate: z.string() }))
      .check(z.minLength(1)),
    actor: z.optional(actorSchema),
    idempotencyKey: keySchema,
  }))();

/** Adds an installment plan. @throws HotleadsError `NOT_FOUND`, `CONFLICT`, validation codes. */
export async function addInstallmentPlan(
  ctx: LedgerContext,
  request: AddInstallmentPlanRequest,
): Promise<InstallmentPlan> {
  const r = parseInput(schema, request, 'INVALID_REQUEST', 'installment plan');
  const seen = new Set<number>();
  const installments = r.installments.map((i, n) => {
    if (seen.has(i.number))
      throw new HotleadsError('INVALID_REQUEST', 'Installment numbers must be unique', {
        path: ['installments', n, 'number'],
      });
    seen.add(i.number);
    return {
      number: i.number,
      amount: parseAmount(i.amount, ctx.settings.currency, { path: ['installments', n, 'amount'] }),
      dueDate: parseDateString(i.dueDate, ['installments', n, 'dueDate']),
      paid: 0,
      credited: 0,
    };
  });
  installments.sort((a, b) => a.number - b.number);
  const actor = r.actor ?? SYSTEM_ACTOR;
  const body = { ...r, idempotencyKey: undefined, actor };
  return runWrite(
    ctx,
    { operation: 'addInstallmentPlan', actor, permission: null, idempotencyKey: r.idempotencyKey ?? null, body },
    async (tx, scope) => {
      await tx.lockAccount(r.accountNumber);
      if ((await tx.get('consumers', r.accountNumber)) === undefined)
        throw new HotleadsError('NOT_FOUND', 'No consumer with this account number', { path: ['accountNumber'] });
      if ((await tx.get('plans', r.planId)) !== undefined)
        throw new HotleadsError('CONFLICT', 'A plan with this id exists', { path: ['planId'] });
      const record: PlanRecord = { id: r.planId, accountNumber: r.accountNumber, createdAt: scope.now, installments };
      await tx.insert('plans', record);
      await scope.audit('plan.created', 'plan', record.id, null, record);
      return toPlan(record, ctx.settings, localDate(scope.now, ctx.settings.timeZone));
    },
  );
}
