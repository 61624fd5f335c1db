import * as z from 'zod/mini';
import { HotleadsError } from '@hotleads/core';
import type { Amount } from '../money/parseAmount';
import { parseAmount } from '../money/parseAmount';
import type { Actor, ConsumerRecord } from '../store/types';
import { actorSchema, amountInput, keySchema, text } from './schemas';
import { SYSTEM_ACTOR, runWrite, type LedgerContext } from './context';
import { toConsumer, type Consumer } from './views';
import { parseInput } from '../input/readInput';

/** Request of `ledger.addConsumer`. */
export type AddConsumerRequest = {
  accountNumber: string;
  name: string;
  serviceAddress?: string;
  phone?: string;
  email?: string;
  /** Current balance (outstanding); may be zero or negative (a credit balance). */
  balance: Amount;
  /** Defaults to the System actor. */
  actor?: Actor;
  idempotencyKey?: string;
};

const schema = /* @__PURE__ */ (() =>
  z.object({
    accountNumber: text,
    name: text,
    serviceAddress: z.optional(z.string().check(z.trim())),
    phone: z.optional(z.string().check(z.trim())),
    email: z.optional(z.string().check(z.trim())),
    balance: amountInput,
    actor: z.optional(actorSchema),
    idempotencyKey: keySchema,
  }))();

/** Adds a consumer account. @throws HotleadsError `INVALID_REQUEST`, `INVALID_AMOUNT`, `CONFLICT` (account exists). */
export async function addConsumer(ctx: LedgerContext, request: AddConsumerRequest): Promise<Consumer> {
  const r = parseInput(schema, request, 'INVALID_REQUEST', 'consumer');
  const balance = parseAmount(r.balance, ctx.settings.currency, {
    path: ['balance'],
    allowZero: true,
    allowNegative: true,
  });
  const actor = r.actor ?? SYSTEM_ACTOR;
  const body = { ...r, idempotencyKey: undefined, actor };
  return runWrite(
    ctx,
    { operation: 'addConsumer', actor, permission: null, idempotencyKey: r.idempotencyKey ?? null, body },
    async (tx, scope) => {
      if ((await tx.get('consumers', r.accountNumber)) !== undefined)
        throw new HotleadsError('CONFLICT', 'A consumer with this account number exists', { path: ['accountNumber'] });
      const record: ConsumerRecord = {
        id: r.accountNumber,
        accountNumber: r.accountNumber,
        name: r.name,
        serviceAddress: r.serviceAddress || null,
        phone: r.phone || null,
        email: r.email || null,
        balance,
        createdAt: scope.now,
      };
      await tx.insert('consumers', record);
      await scope.audit('consumer.created', 'consumer', record.id, null, record);
      return toConsumer(record, ctx.settings.currency);
    },
  );
}
