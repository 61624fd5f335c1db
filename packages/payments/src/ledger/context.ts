import { HotleadsError } from '@hotleads/core';
import type { PaymentSettings, Permission } from '../settings/settings';
import type { Actor, AuditInput, LedgerStore, LedgerWriteTx } from '../store/types';
import { parseAmount } from '../money/parseAmount';
import { formatNumber } from '../numbering/formatNumber';
import { canonicalJson } from './canonicalJson';
import { can } from './can';
import type { Lock } from './lock';
import { Dec } from '../money/decimal';
import { isoString } from '../calendar/isoString';
import { dateMs, readInstant } from '../calendar/readInstant';

/** Everything a ledger operation needs. Internal. */
export type LedgerContext = {
  settings: PaymentSettings;
  store: LedgerStore;
  clock: () => Date;
  lock: Lock;
  thresholdMinor: number;
  /** Tolerated shortfall of an installment, as a fraction in decimal. */
  tolerance: InstanceType<typeof Dec>;
};

/** The actor used for gateway events and master-data writes without an actor. */
export const SYSTEM_ACTOR: Actor = /* @__PURE__ */ (() =>
  Object.freeze({ id: 'system', name: 'System', role: 'system' }))();

/** Builds the context from resolved settings. */
export function createContext(
  settings: PaymentSettings,
  store: LedgerStore,
  clock: () => Date,
  lock: Lock,
): LedgerContext {
  return {
    settings,
    store,
    clock,
    lock,
    thresholdMinor: parseAmount(settings.overpaymentThreshold, settings.currency, { allowZero: true }),
    tolerance: new Dec(settings.plans.partialTolerancePercent).div(100),
  };
}

/** Reads the injected clock as epoch ms, refusing anything but a valid, real Date in the ledger's years. */
export function nowMs(ctx: LedgerContext): number {
  const ms = dateMs(ctx.clock());
  if (Number.isNaN(ms)) throw new HotleadsError('INVALID_TIME', 'The ledger clock returned an invalid Date');
  return readInstant(ms, []);
}

/** What a write needs to know besides its body. */
export type WriteSpec = {
  operation: string;
  actor: Actor;
  permission: Permission | null;
  idempotencyKey: string | null;
  /** The validated request, compared for idempotency. */
  body: unknown;
};

/** The write's scope: its instant, and an audit helper bound to actor and key. */
export type WriteScope = {
  now: number;
  audit(action: string, entityType: string, entityId: string, before: unknown, after: unknown): Promise<void>;
};

/**
 * Runs one write: checks the actor's permission (a refusal is audited and throws `FORBIDDEN`),
 * then, under the ledger's lock, one store transaction that replays an idempotent result or
 * runs `fn` and remembers its result under the key.
 */
export async function runWrite<T>(
  ctx: LedgerContext,
  spec: WriteSpec,
  fn: (tx: LedgerWriteTx, scope: WriteScope) => Promise<T>,
): Promise<T> {
  const { actor, idempotencyKey } = spec;
  if (spec.permission !== null && !can(ctx.settings, actor, spec.permission)) {
    await ctx.lock.run(() =>
      ctx.store.transaction(async (tx) => {
        await tx.appendAudit(
          auditEntry(nowMs(ctx), actor, 'permission.denied', 'operation', spec.operation, null, null, idempotencyKey, {
            permission: spec.permission,
            role: actor.role,
          }),
        );
      }),
    );
    throw new HotleadsError('FORBIDDEN', 'This role may not perform this operation', { path: ['actor', 'role'] });
  }
  const body = idempotencyKey === null ? '' : canonicalJson({ operation: spec.operation, body: spec.body });
  return ctx.lock.run(() =>
    ctx.store.transaction(async (tx) => {
      if (idempotencyKey !== null) {
        const prior = await tx.get('idempotency', idempotencyKey);
        if (prior !== undefined) {
          if (prior.body !== body)
            throw new HotleadsError('CONFLICT', 'This idempotency key was already used with a different request', {
              path: ['idempotencyKey'],
            });
          return structuredClone(prior.result) as T;
        }
      }
      const now = nowMs(ctx);
      const at = isoString(now);
      const who: Actor = { id: actor.id, name: actor.name, role: actor.role };
      const scope = new Scope(tx, now, at, who, idempotencyKey);
      const result = await fn(tx, scope);
      if (idempotencyKey !== null)
        await tx.insert('idempotency', {
          id: idempotencyKey,
          operation: spec.operation,
          body,
          result: structuredClone(result),
        });
      return result;
    }),
  );
}

function auditEntry(
  now: number,
  actor: Actor,
  action: string,
  entityType: string,
  entityId: string,
  before: unknown,
  after: unknown,
  key: string | null,
  extra?: unknown,
): AuditInput {
  return {
    at: new Date(now).toISOString(),
    actor: { id: actor.id, name: actor.name, role: actor.role },
    action,
    entityType,
    entityId,
    before,
    after: after ?? (extra === undefined ? null : extra),
    idempotencyKey: key,
  };
}

class Scope implements WriteScope {
  constructor(
    private readonly tx: LedgerWriteTx,
    readonly now: number,
    private readonly at: string,
    private readonly actor: Actor,
    private readonly key: string | null,
  ) {}
  audit(action: string, entityType: string, entityId: string, before: unknown, after: unknown): Promise<void> {
    return this.tx.appendAudit({
      at: this.at,
      actor: this.actor,
      action,
      entityType,
      entityId,
      before,
      after,
      idempotencyKey: this.key,
    });
  }
}

/** The kinds of numbers a ledger draws. */
export type NumberKind = 'payment' | 'transaction' | 'receipt' | 'creditNote';

/** Draws the next number of `kind` inside `tx` and renders it for local date `date`. */
export async function drawNumber(
  ctx: LedgerContext,
  tx: LedgerWriteTx,
  kind: NumberKind,
  date: string,
): Promise<string> {
  const setting = ctx.settings.numberFormats[kind];
  const seq = await tx.nextSequence(kind, setting.start);
  return formatNumber(setting.format, seq, { date });
}
