import * as z from 'zod/mini';
import { HotleadsError } from '@hotleads/core';
import { parseAmount, type Amount } from '../money/parseAmount';
import { parseDateString } from '../calendar/dateString';
import type { Actor, ServiceChargeRecord } from '../store/types';
import { actorSchema, amountInput, keySchema, text } from './schemas';
import { SYSTEM_ACTOR, runWrite, type LedgerContext } from './context';
import { toServiceCharge, type ServiceCharge } from './views';
import { parseInput } from '../input/readInput';

/** Request of `ledger.addServiceCharge`. */
export type AddServiceChargeRequest = {
  accountNumber: string;
  id: string;
  /** Service name, e.g. `Reconnection Fee`. */
  description: string;
  amount: Amount;
  /** `YYYY-MM-DD`; also its due date for oldest-first allocation. */
  serviceDate: string;
  actor?: Actor;
  idempotencyKey?: string;
};

const schema = /* @__PURE__ */ (() =>
  z.object({
    accountNumber: text,
    id: text,
    description: text,
    amount: amountInput,
    serviceDate: z.string(),
    actor: z.optional(actorSchema),
    idempotencyKey: keySchema,
  }))();

/** Adds a service charge to a consumer. @throws HotleadsError `NOT_FOUND`, `CONFLICT`, validation codes. */
export async function addServiceCharge(ctx: LedgerContext, request: AddServiceChargeRequest): Promise<ServiceCharge> {
  const r = parseInput(schema, request, 'INVALID_REQUEST', 'service charge');
  const amount = parseAmount(r.amount, ctx.settings.currency, { path: ['amount'] });
  const serviceDate = parseDateString(r.serviceDate, ['serviceDate']);
  const actor = r.actor ?? SYSTEM_ACTOR;
  const body = { ...r, idempotencyKey: undefined, actor };
  return runWrite(
    ctx,
    { operation: 'addServiceCharge', actor, permission: null, idempotencyKey: r.idempotencyKey ?? null, body },
    async (tx, scope) => {
      await tx.lockAccount(r.accountNumber);
      if ((await tx.get('consumers', r.accountNumber)) === undefined)
        throw new HotleadsError('NOT_FOUND', 'No consumer with this account number', { path: ['accountNumber'] });
      if ((await tx.get('serviceCharges', r.id)) !== undefined)
        throw new HotleadsError('CONFLICT', 'A service charge with this id exists', { path: ['id'] });
      const record: ServiceChargeRecord = {
        id: r.id,
        accountNumber: r.accountNumber,
        description: r.description,
        amount,
        serviceDate,
        paid: 0,
        credited: 0,
      };
      await tx.insert('serviceCharges', record);
      await scope.audit('serviceCharge.created', 'serviceCharge', record.id, null, record);
      return toServiceCharge(record, ctx.settings.currency);
    },
  );
}
