import * as z from 'zod/mini';
import { formatAmount, HotleadsError, localDate, type Time } from '@hotleads/core';
import {
  resolveSettings,
  CREDIT_NOTE_REASONS,
  type CreditNoteReason,
  type PaymentSettings,
  type PaymentSettingsInput,
  type Permission,
} from './settings/settings';
import { createMemoryStore } from './store/createMemoryStore';
import { checkStore } from './store/checkStore';
import type { AuditEntry, ItemType, LedgerStore } from './store/types';
import { createContext, nowMs, type LedgerContext } from './ledger/context';
import { createLock, type Lock } from './ledger/lock';
import { addConsumer, type AddConsumerRequest } from './ledger/addConsumer';
import { addBill, type AddBillRequest } from './ledger/addBill';
import { addServiceCharge, type AddServiceChargeRequest } from './ledger/addServiceCharge';
import { addInstallmentPlan, type AddInstallmentPlanRequest } from './ledger/addInstallmentPlan';
import { recordPayment, type RecordPaymentRequest, type RecordPaymentResult } from './ledger/recordPayment';
import { previewPayment, type PaymentPreview } from './ledger/previewPayment';
import { previewCreditNote, type CreditNotePreview, type PreviewCreditNoteRequest } from './ledger/previewCreditNote';
import { can } from './ledger/can';
import { ingestGatewayEvent, type GatewayEvent } from './ledger/ingestGatewayEvent';
import { verifyPayment, type VerifyPaymentRequest } from './ledger/verifyPayment';
import { cancelPayment, type CancelPaymentRequest } from './ledger/cancelPayment';
import { createCreditNote, type CreateCreditNoteRequest } from './ledger/createCreditNote';
import { applyCreditNote, type ApplyCreditNoteRequest } from './ledger/applyCreditNote';
import { outstandingOf } from './ledger/items';
import {
  toConsumer,
  toCreditNote,
  toPayment,
  toPlan,
  toReceipt,
  type Bill,
  type Consumer,
  type CreditNote,
  type InstallmentPlan,
  type Payment,
  type Receipt,
  type ServiceCharge,
  type UnpaidItem,
} from './ledger/views';
import { searchPayments, type PaymentQuery, type PaymentSearchResult } from './queries/searchPayments';
import { searchCreditNotes, type CreditNoteQuery, type CreditNoteSearchResult } from './queries/searchCreditNotes';
import { checkPaymentQuery } from './queries/checkPaymentQuery';
import { checkCreditNoteQuery } from './queries/checkCreditNoteQuery';
import type { SearchFilterProblem } from './queries/searchFilterProblems';
import { kpis, type KpiQuery, type Kpis } from './queries/kpis';
import { exportCsv, type ExportRequest } from './queries/exportCsv';
import { searchConsumers, type ConsumerSearchOptions } from './queries/searchConsumers';
import { auditTrail, type AuditQuery } from './queries/auditTrail';
import { planAlerts, type MissedInstallmentAlert } from './queries/planAlerts';
import { parseInput } from './input/readInput';

/** Options of {@link createLedger}. */
export type CreateLedgerOptions = {
  /** Any subset of the settings; the rest takes {@link defaultSettings}. */
  settings?: PaymentSettingsInput;
  /** Where data lives (default: a new in-memory store). */
  store?: LedgerStore;
  /** The only clock the ledger reads (default: the system clock). */
  clock?: () => Date;
};

/** What the "record payment" form offers: channels (Walk-in preselected), methods and credit-note reasons. */
export type PaymentOptions = {
  channels: string[];
  defaultChannel: string;
  methods: string[];
  cashMethods: string[];
  creditNoteReasons: CreditNoteReason[];
};

/**
 * A payments ledger. Every method is async; amounts go in as `string | number` and come out as
 * fixed-decimal strings. Every write is one store transaction, serialized by the ledger, names its
 * actor, is audited, and accepts an `idempotencyKey`.
 */
export interface Ledger {
  /** The resolved, frozen settings. */
  readonly settings: PaymentSettings;
  /** Channels, methods and reasons for forms. */
  paymentOptions(): PaymentOptions;
  /**
   * Whether `actor`'s role may `record`, `credit`, `reverse` (cancel) or `verify`: the check every
   * write runs, so a screen shows an action exactly when it would be allowed. Synchronous.
   * @throws HotleadsError `INVALID_ARGUMENT` for an actor without a string role or an unknown permission.
   */
  can(actor: { role: string }, permission: Permission): boolean;
  /** Adds a consumer. */
  addConsumer(request: AddConsumerRequest): Promise<Consumer>;
  /** Adds a bill. */
  addBill(request: AddBillRequest): Promise<Bill>;
  /** Adds a service charge. */
  addServiceCharge(request: AddServiceChargeRequest): Promise<ServiceCharge>;
  /** Adds an installment plan. */
  addInstallmentPlan(request: AddInstallmentPlanRequest): Promise<InstallmentPlan>;
  /** What a payment would do (allocations, outstanding / overpayment, balance after), without writing. */
  previewPayment(request: RecordPaymentRequest): Promise<PaymentPreview>;
  /** Records a user-taken payment (posted and verified). */
  recordPayment(request: RecordPaymentRequest): Promise<RecordPaymentResult>;
  /** Ingests a payment-gateway event (pending until verified). */
  ingestGatewayEvent(event: GatewayEvent): Promise<Payment>;
  /** Verifies and posts a pending online payment. */
  verifyPayment(request: VerifyPaymentRequest): Promise<RecordPaymentResult>;
  /** Cancels (reverses) a payment: admin only, audited. */
  cancelPayment(request: CancelPaymentRequest): Promise<Payment>;
  /**
   * What `createCreditNote` would do with a form as typed: the creditable maximum, the remaining
   * payment value, "full reversal", and the problems it would refuse it for. Writes nothing.
   */
  previewCreditNote(request: PreviewCreditNoteRequest): Promise<CreditNotePreview>;
  /** Issues a credit note on a posted payment. */
  createCreditNote(request: CreateCreditNoteRequest): Promise<CreditNote>;
  /** Applies a credit note to a bill, service charge or installment. */
  applyCreditNote(request: ApplyCreditNoteRequest): Promise<CreditNote>;
  /** A consumer by account number. @throws HotleadsError `NOT_FOUND`. */
  getConsumer(accountNumber: string): Promise<Consumer>;
  /** Consumers whose name or account number contains `text` (case-insensitive, at most 1,000 characters), by name. */
  searchConsumers(text: string, options?: ConsumerSearchOptions): Promise<Consumer[]>;
  /** The unpaid bills, services or installments of a consumer, oldest due first. */
  unpaidItems(accountNumber: string, type: ItemType): Promise<UnpaidItem[]>;
  /** A payment by id. @throws HotleadsError `NOT_FOUND`. */
  getPayment(paymentId: string): Promise<Payment>;
  /** A receipt by receipt number. @throws HotleadsError `NOT_FOUND`. */
  getReceipt(receiptNumber: string): Promise<Receipt>;
  /** A credit note by number, with live status. @throws HotleadsError `NOT_FOUND`. */
  getCreditNote(number: string): Promise<CreditNote>;
  /** A plan with installment statuses as of the clock. @throws HotleadsError `NOT_FOUND`. */
  getPlan(planId: string): Promise<InstallmentPlan>;
  /**
   * Every installment plan of a consumer, in the order they were added, with installment statuses
   * as of the clock (the Recovery Executive's plans screen). An account without plans has none.
   * @throws HotleadsError `INVALID_REQUEST` for an account number that is not a string; `NOT_FOUND` for an unknown consumer.
   */
  consumerPlans(accountNumber: string): Promise<InstallmentPlan[]>;
  /** Missed installments as of `now` (default: the clock). */
  planAlerts(now?: Time): Promise<MissedInstallmentAlert[]>;
  /** Searches payments. */
  searchPayments(query?: PaymentQuery): Promise<PaymentSearchResult>;
  /** Searches credit notes. */
  searchCreditNotes(query?: CreditNoteQuery): Promise<CreditNoteSearchResult>;
  /**
   * Every filter of `query` that `searchPayments` would refuse, each with its path and sentence,
   * so a search form marks the field (a date range whose From is after its To, a minimum above the
   * maximum) and does not run the search. Empty when the search would run; the first problem is
   * the error the search would throw. Synchronous; reads no store.
   */
  checkPaymentQuery(query: PaymentQuery): SearchFilterProblem[];
  /** As {@link Ledger.checkPaymentQuery}, for `searchCreditNotes` (created-date range, amounts, texts). */
  checkCreditNoteQuery(query: CreditNoteQuery): SearchFilterProblem[];
  /** Landing-page KPIs for a month and a day. */
  kpis(query: KpiQuery): Promise<Kpis>;
  /** Every match of a payments or credit-notes query as CSV. */
  exportCsv(request: ExportRequest): Promise<string>;
  /** The audit trail, optionally of one entity, optionally the last `limit` entries. */
  auditTrail(query?: AuditQuery): Promise<AuditEntry[]>;
}

/**
 * Creates a {@link Ledger}.
 *
 * @example
 * const ledger = createLedger({ settings: { timeZone: 'America/New_York' }, clock: () => new Date() });
 * await ledger.addConsumer({ accountNumber: 'WU-10001', name: 'John Doe', balance: '245.75' });
 * @throws HotleadsError `INVALID_ARGUMENT` for options that are not `{ settings?, store?, clock? }`,
 *   a clock that is not a function or a store without `read` and `transaction` methods;
 *   `INVALID_SETTINGS` for settings that do not parse.
 */
export function createLedger(options: CreateLedgerOptions = {}): Ledger {
  return assembleLedger(options, createLock());
}

const optionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    settings: z.optional(z.unknown()),
    store: z.optional(z.unknown()),
    clock: z.optional(z.custom<() => Date>((v) => typeof v === 'function', { message: 'clock must be a function' })),
  }))();

/** Checks `createLedger`'s options and returns them (the host's own store object, not a copy). @internal */
export function checkOptions(options: unknown): CreateLedgerOptions {
  const o = parseInput(optionsSchema, options, 'INVALID_ARGUMENT', 'ledger options');
  if (o.store !== undefined) checkStore(o.store, ['store']);
  return o as CreateLedgerOptions;
}

/**
 * {@link createLedger} with the write lock given. Internal: the public entries reach it only
 * through `createLedger` (a real lock) and `createUnlockedLedger` of @hotleads/payments/testing.
 */
export function assembleLedger(options: CreateLedgerOptions, lock: Lock): Ledger {
  const { settings: input, store: given, clock: injected } = checkOptions(options);
  const settings = resolveSettings(input);
  const store = given ?? createMemoryStore();
  // The one place the system clock is read: the default for hosts that inject none.
  // eslint-disable-next-line no-restricted-syntax
  const clock = injected ?? (() => new Date(Date.now()));
  const ctx: LedgerContext = createContext(settings, store, clock, lock);
  const today = () => localDate(nowMs(ctx), settings.timeZone);
  const notFound = (what: string, path: string) => new HotleadsError('NOT_FOUND', `No ${what} found`, { path: [path] });
  // A lookup's key must be a string before it reaches the store (a database would get it as a parameter).
  const key = (value: unknown, path: string): string => {
    if (typeof value !== 'string') throw new HotleadsError('INVALID_REQUEST', 'Expected a string', { path: [path] });
    return value;
  };
  const nameOf = async (accountNumber: string) =>
    (await store.read((tx) => tx.get('consumers', accountNumber)))?.name ?? '';
  return {
    settings,
    paymentOptions: () => ({
      channels: [...settings.channels],
      defaultChannel: settings.defaultChannel,
      methods: [...settings.methods],
      cashMethods: [...settings.cashMethods],
      creditNoteReasons: [...CREDIT_NOTE_REASONS],
    }),
    can: (actor, permission) => can(settings, actor, permission),
    addConsumer: (r) => addConsumer(ctx, r),
    addBill: (r) => addBill(ctx, r),
    addServiceCharge: (r) => addServiceCharge(ctx, r),
    addInstallmentPlan: (r) => addInstallmentPlan(ctx, r),
    previewPayment: (r) => previewPayment(ctx, r),
    recordPayment: (r) => recordPayment(ctx, r),
    ingestGatewayEvent: (e) => ingestGatewayEvent(ctx, e),
    verifyPayment: (r) => verifyPayment(ctx, r),
    cancelPayment: (r) => cancelPayment(ctx, r),
    previewCreditNote: (r) => previewCreditNote(ctx, r),
    createCreditNote: (r) => createCreditNote(ctx, r),
    applyCreditNote: (r) => applyCreditNote(ctx, r),
    async getConsumer(accountNumber) {
      const c = await store.read((tx) => tx.get('consumers', key(accountNumber, 'accountNumber')));
      if (c === undefined) throw notFound('consumer', 'accountNumber');
      return toConsumer(c, settings.currency);
    },
    searchConsumers: (text, o) => searchConsumers(ctx, text, o),
    async unpaidItems(accountNumber, type) {
      key(accountNumber, 'accountNumber');
      const c = settings.currency;
      const items: UnpaidItem[] = await store
        .read(async (tx) => {
          if (type === 'bill')
            return (await tx.listByAccount('bills', accountNumber)).map((b) => ({
              type,
              id: b.id,
              description: b.period,
              dueDate: b.dueDate,
              amount: formatAmount(b.amount, c),
              outstanding: formatAmount(outstandingOf(b), c),
              o: outstandingOf(b),
            }));
          if (type === 'service')
            return (await tx.listByAccount('serviceCharges', accountNumber)).map((s) => ({
              type,
              id: s.id,
              description: s.description,
              dueDate: s.serviceDate,
              amount: formatAmount(s.amount, c),
              outstanding: formatAmount(outstandingOf(s), c),
              o: outstandingOf(s),
            }));
          if (type === 'installment')
            return (await tx.listByAccount('plans', accountNumber)).flatMap((p) =>
              p.installments.map((i) => ({
                type,
                id: `${p.id}#${i.number}`,
                description: `Installment ${i.number} of ${p.id}`,
                dueDate: i.dueDate,
                amount: formatAmount(i.amount, c),
                outstanding: formatAmount(outstandingOf(i), c),
                o: outstandingOf(i),
              })),
            );
          throw new HotleadsError('INVALID_REQUEST', 'Type must be bill, service or installment', { path: ['type'] });
        })
        .then((rows) => rows.filter((r) => r.o > 0).map(({ o: _o, ...rest }) => rest));
      return items.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.id < b.id ? -1 : 1));
    },
    async getPayment(paymentId) {
      const p = await store.read((tx) => tx.get('payments', key(paymentId, 'paymentId')));
      if (p === undefined) throw notFound('payment', 'paymentId');
      return toPayment(p, settings, await nameOf(p.accountNumber));
    },
    async getReceipt(receiptNumber) {
      key(receiptNumber, 'receiptNumber');
      const found = await store.read(async (tx) => {
        const p = await tx.paymentByReceipt(receiptNumber);
        if (p === undefined) return undefined;
        return { p, note: p.overpaymentNote === null ? undefined : await tx.get('creditNotes', p.overpaymentNote) };
      });
      if (found === undefined) throw notFound('receipt', 'receiptNumber');
      return toReceipt(found.p, settings, found.note);
    },
    async getCreditNote(number) {
      const n = await store.read((tx) => tx.get('creditNotes', key(number, 'creditNoteNumber')));
      if (n === undefined) throw notFound('credit note', 'creditNoteNumber');
      return toCreditNote(n, settings, today(), await nameOf(n.accountNumber));
    },
    async getPlan(planId) {
      const p = await store.read((tx) => tx.get('plans', key(planId, 'planId')));
      if (p === undefined) throw notFound('plan', 'planId');
      return toPlan(p, settings, today());
    },
    async consumerPlans(accountNumber) {
      const found = await store.read(async (tx) => {
        const c = await tx.get('consumers', key(accountNumber, 'accountNumber'));
        return c === undefined ? undefined : tx.listByAccount('plans', accountNumber);
      });
      if (found === undefined) throw notFound('consumer', 'accountNumber');
      const day = today();
      return found.map((p) => toPlan(p, settings, day));
    },
    planAlerts: (now) => planAlerts(ctx, now),
    searchPayments: (q) => searchPayments(ctx, q),
    searchCreditNotes: (q) => searchCreditNotes(ctx, q),
    checkPaymentQuery: (q) => checkPaymentQuery(ctx, q),
    checkCreditNoteQuery: (q) => checkCreditNoteQuery(ctx, q),
    kpis: (q) => kpis(ctx, q),
    exportCsv: (r) => exportCsv(ctx, r),
    auditTrail: (q) => auditTrail(ctx, q),
  };
}
