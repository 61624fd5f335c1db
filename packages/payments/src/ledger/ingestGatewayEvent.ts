import * as z from 'zod/mini';
import { HotleadsError, type Time, localDate } from '@hotleads/core';
import { readInstant } from '../calendar/readInstant';
import { parseAmount, type Amount } from '../money/parseAmount';
import { allocateOldestFirst } from '../money/allocateOldestFirst';
import type { ItemType, PaymentRecord } from '../store/types';
import { amountInput, itemTypeSchema, text, timeInput } from './schemas';
import { SYSTEM_ACTOR, runWrite, type LedgerContext } from './context';
import { newPaymentRecord } from './newPaymentRecord';
import { loadPaymentItems } from './posting';
import { outstandingOf } from './items';
import { toPayment, type Payment } from './views';
import { parseInput } from '../input/readInput';

/** A payment-gateway webhook event, already authenticated by the host. */
export type GatewayEvent = {
  /** Key of `settings.gatewayStatusMap`, e.g. `stripe`. */
  provider: string;
  /** The gateway's event id; a redelivered event returns the first result. */
  eventId: string;
  /** The gateway's payment id; later events for it update the same payment. */
  gatewayPaymentId: string;
  /** The gateway's status word, e.g. `succeeded`, `failed`. */
  status: string;
  accountNumber: string;
  type: ItemType;
  items: string[];
  amount: Amount;
  /** Default: the first configured method that is not a cash method. */
  method?: string;
  /** Default `Online` when configured, else the default channel. */
  channel?: string;
  /** When the consumer paid at the gateway; processing time counts from here. */
  occurredAt: Time;
};

const schema = /* @__PURE__ */ (() =>
  z.object({
    provider: text,
    eventId: text,
    gatewayPaymentId: text,
    status: text,
    accountNumber: text,
    type: itemTypeSchema,
    items: z.array(text).check(z.minLength(1, 'Select at least one item')),
    amount: amountInput,
    method: z.optional(text),
    channel: z.optional(text),
    occurredAt: timeInput,
  }))();

/** The id of a `GatewayPaymentRecord`: `stripe:pi_123`, the provider URI-encoded so no `:` is ambiguous. */
export const gatewayPaymentKey = (provider: string, gatewayPaymentId: string): string =>
  `${encodeURIComponent(provider)}:${gatewayPaymentId}`;

/**
 * Ingests a gateway event: maps its status through `settings.gatewayStatusMap` (own keys only)
 * and records (or updates) an online payment that stays `Pending` until `verifyPayment` posts it
 * (or `Failed`). A gateway payment id is unique per provider across the ledger: a later event
 * for it updates its payment, and one naming another account is refused (`CONFLICT`).
 * Received by `System`. A gateway payment is not checked against the overpayment threshold, since
 * the money was already taken: any surplus becomes a credit note when it is verified.
 *
 * @throws HotleadsError `INVALID_REQUEST` (unmapped provider or status, bad fields), `NOT_FOUND`, `CONFLICT`.
 */
export async function ingestGatewayEvent(ctx: LedgerContext, event: GatewayEvent): Promise<Payment> {
  const s = ctx.settings;
  const e = parseInput(schema, event, 'INVALID_REQUEST', 'gateway event');
  // Own properties only: a status named 'constructor' or '__proto__' maps to nothing.
  const statuses = Object.hasOwn(s.gatewayStatusMap, e.provider) ? s.gatewayStatusMap[e.provider]! : undefined;
  if (statuses === undefined)
    throw new HotleadsError('INVALID_REQUEST', 'This gateway provider has no status map in settings', {
      path: ['provider'],
    });
  const mapping = Object.hasOwn(statuses, e.status) ? statuses[e.status]! : undefined;
  if (mapping === undefined)
    throw new HotleadsError('INVALID_REQUEST', 'This gateway status has no mapping in settings', { path: ['status'] });
  const amount = parseAmount(e.amount, s.currency, { path: ['amount'] });
  const occurredAt = readInstant(e.occurredAt, ['occurredAt']);
  const method = e.method ?? s.methods.find((m) => !s.cashMethods.includes(m)) ?? s.methods[0]!;
  if (!s.methods.includes(method))
    throw new HotleadsError('INVALID_REQUEST', 'Payment method is not one of the configured methods', {
      path: ['method'],
    });
  const channel = e.channel ?? (s.channels.includes('Online') ? 'Online' : s.defaultChannel);
  if (!s.channels.includes(channel))
    throw new HotleadsError('INVALID_REQUEST', 'Channel is not one of the configured channels', { path: ['channel'] });
  const key = `gateway:${e.provider}:${e.eventId}`;
  const gatewayKey = gatewayPaymentKey(e.provider, e.gatewayPaymentId);
  const body = { ...e, occurredAt };
  return runWrite(
    ctx,
    { operation: 'ingestGatewayEvent', actor: SYSTEM_ACTOR, permission: null, idempotencyKey: key, body },
    async (tx, scope) => {
      await tx.lockAccount(e.accountNumber);
      const consumer = await tx.get('consumers', e.accountNumber);
      if (consumer === undefined)
        throw new HotleadsError('NOT_FOUND', 'No consumer with this account number', { path: ['accountNumber'] });
      // One payment per provider and gateway payment id across the whole ledger.
      const link = await tx.get('gatewayPayments', gatewayKey);
      const existing = link === undefined ? undefined : await tx.get('payments', link.paymentId);
      if (existing !== undefined && existing.accountNumber !== e.accountNumber)
        throw new HotleadsError('CONFLICT', 'This gateway payment was received for another account', {
          path: ['accountNumber'],
        });
      const gateway = {
        provider: e.provider,
        gatewayPaymentId: e.gatewayPaymentId,
        gatewayStatus: e.status,
        webhookStatus: mapping.webhookStatus,
        settlementStatus: mapping.settlementStatus,
        occurredAt,
      };
      if (existing !== undefined) {
        const status = existing.status === 'Pending' && mapping.paymentStatus === 'Failed' ? 'Failed' : existing.status;
        const after: PaymentRecord = {
          ...existing,
          status,
          gateway: { ...gateway, occurredAt: existing.gateway!.occurredAt },
        };
        await tx.put('payments', after);
        await scope.audit('payment.gatewayUpdated', 'payment', after.id, existing, after);
        return toPayment(after, s, consumer.name);
      }
      const items = await loadPaymentItems(ctx, tx, e.type, e.items, e.accountNumber, false);
      const preview = allocateOldestFirst(
        amount,
        items.map((i) => ({ id: i.id, dueDate: i.dueDate, outstanding: outstandingOf(i) })),
      );
      const byId = new Map(items.map((i) => [i.id, i]));
      const day = localDate(occurredAt, s.timeZone);
      const record = await newPaymentRecord(ctx, tx, day, consumer, {
        accountNumber: e.accountNumber,
        type: e.type,
        amount,
        method,
        channel,
        status: mapping.paymentStatus,
        source: 'gateway',
        date: occurredAt,
        recordedAt: scope.now,
        recordedBy: SYSTEM_ACTOR,
        tendered: null,
        changeGiven: null,
        notes: null,
        allocations: preview.shares.map((sh) => {
          const i = byId.get(sh.id)!;
          return {
            item: sh.id,
            itemType: i.type,
            description: i.description,
            dueDate: i.dueDate,
            due: sh.due,
            paid: sh.paid,
            applied: 0,
            issuedAt: i.issuedAt,
          };
        }),
        gateway,
      });
      await tx.insert('gatewayPayments', {
        id: gatewayKey,
        provider: e.provider,
        gatewayPaymentId: e.gatewayPaymentId,
        paymentId: record.id,
      });
      await scope.audit('payment.received', 'payment', record.id, null, record);
      return toPayment(record, s, consumer.name);
    },
  );
}
