import type { CreditNoteReason } from '../settings/settings';
import type { CreditNoteSort, PaymentSort } from './sortKeys';

/** Who performed a write. Every write names its actor and role. */
export type Actor = {
  /** Stable user id. */
  id: string;
  /** Display name, shown as "Recorded by" / "Created by". */
  name: string;
  /** Role, checked against `settings.permissions`. */
  role: string;
};

/** The kind of item a payment or credit note is applied to. */
export type ItemType = 'bill' | 'service' | 'installment';

/** A consumer account as stored. Amounts are integer minor units. */
export type ConsumerRecord = {
  id: string;
  accountNumber: string;
  name: string;
  serviceAddress: string | null;
  phone: string | null;
  email: string | null;
  /** Current balance (minor units); moves with every posted payment and reversal. */
  balance: number;
  createdAt: number;
};

/** A bill as stored. */
export type BillRecord = {
  /** The invoice number. */
  id: string;
  accountNumber: string;
  period: string;
  amount: number;
  /** Issue instant (epoch ms), for average collection time. */
  issuedAt: number;
  dueDate: string;
  /** Paid by payments (minor units). */
  paid: number;
  /** Covered by credit notes (minor units). */
  credited: number;
};

/** A service charge as stored. */
export type ServiceChargeRecord = {
  id: string;
  accountNumber: string;
  description: string;
  amount: number;
  serviceDate: string;
  paid: number;
  credited: number;
};

/** One installment of a stored plan. */
export type InstallmentRecord = { number: number; amount: number; dueDate: string; paid: number; credited: number };

/** An installment plan as stored. */
export type PlanRecord = { id: string; accountNumber: string; createdAt: number; installments: InstallmentRecord[] };

/** Payment statuses. */
export type PaymentStatus = 'Posted' | 'Pending' | 'Failed' | 'Cancelled';

/** One allocation line of a stored payment. */
export type AllocationRecord = {
  item: string;
  itemType: ItemType;
  description: string;
  dueDate: string;
  /** Outstanding before the payment. */
  due: number;
  /** Share of the payment attributed to the item (the newest also carries any surplus). */
  paid: number;
  /** What reduced the item's outstanding: min(paid, due). */
  applied: number;
  /** The item's issue instant (bill issuedAt, start of service date), `null` for installments. */
  issuedAt: number | null;
};

/** Gateway details of an online payment. */
export type GatewayRecord = {
  provider: string;
  gatewayPaymentId: string;
  gatewayStatus: string;
  webhookStatus: string;
  settlementStatus: string;
  occurredAt: number;
};

/** A payment as stored. */
export type PaymentRecord = {
  /** Payment id, e.g. `PAY-2025-004521`. */
  id: string;
  transactionId: string;
  receiptNumber: string;
  accountNumber: string;
  type: ItemType;
  amount: number;
  method: string;
  channel: string;
  status: PaymentStatus;
  verification: 'Verified' | 'Pending';
  source: 'user' | 'gateway';
  /** Payment date (epoch ms). */
  date: number;
  recordedAt: number;
  recordedBy: Actor;
  tendered: number | null;
  changeGiven: number | null;
  notes: string | null;
  allocations: AllocationRecord[];
  /** The consumer as it was when the payment was recorded (for the receipt). */
  consumer: { name: string; serviceAddress: string | null; phone: string | null; email: string | null };
  creditNoteNumbers: string[];
  /** The Overpayment credit note created when the payment was posted, if any. */
  overpaymentNote: string | null;
  /** Sum of the amounts of every credit note issued on this payment. */
  credited: number;
  balanceBefore: number | null;
  balanceAfter: number | null;
  /** Milliseconds from gateway event to verification; `null` for user-recorded payments. */
  processingMs: number | null;
  gateway: GatewayRecord | null;
  verifiedAt: number | null;
  verifiedBy: Actor | null;
  cancelledAt: number | null;
  cancelledBy: Actor | null;
  cancelReason: string | null;
};

/** One application of a credit note. */
export type CreditApplicationRecord = { itemType: ItemType; item: string; amount: number; at: number; by: Actor };

/** A credit note as stored. */
export type CreditNoteRecord = {
  /** Credit-note number, e.g. `CN-46129`. */
  id: string;
  paymentId: string;
  accountNumber: string;
  linkedReceipt: string;
  amount: number;
  applied: number;
  reason: CreditNoteReason;
  remarks: string | null;
  createdAt: number;
  /** Creation date in the ledger's zone. */
  createdDate: string;
  /** Expiry date in the ledger's zone (usable through this date). */
  expiresAt: string;
  createdBy: Actor;
  applications: CreditApplicationRecord[];
  /** Set when the payment it came from was cancelled. */
  voided: boolean;
};

/** A remembered idempotent write. */
export type IdempotencyRecord = { id: string; operation: string; body: string; result: unknown };

/**
 * The unique key of an online payment: one record per provider and gateway payment id across the
 * whole ledger, created with {@link LedgerWriteTx.insert} (a SQL store: a unique constraint on
 * `(provider, gatewayPaymentId)`). `id` is `provider:gatewayPaymentId` with the provider
 * URI-encoded (`stripe:pi_123`), so no `:` is ambiguous.
 */
export type GatewayPaymentRecord = { id: string; provider: string; gatewayPaymentId: string; paymentId: string };

/** The collections a store holds, by name. */
export type LedgerCollections = {
  consumers: ConsumerRecord;
  bills: BillRecord;
  serviceCharges: ServiceChargeRecord;
  plans: PlanRecord;
  payments: PaymentRecord;
  creditNotes: CreditNoteRecord;
  idempotency: IdempotencyRecord;
  gatewayPayments: GatewayPaymentRecord;
};
/** A collection name. */
export type CollectionName = keyof LedgerCollections;
/** Collections whose records carry an `accountNumber`. */
export type AccountCollection = Exclude<CollectionName, 'idempotency' | 'gatewayPayments'>;

/** An audit entry before the store numbers it. */
export type AuditInput = {
  /** ISO instant of the write. */
  at: string;
  actor: Actor;
  /** What happened, e.g. `payment.recorded`, `creditNote.applied`, `permission.denied`. */
  action: string;
  entityType: string;
  entityId: string;
  /** The entity before the write (`null` when created). */
  before: unknown;
  /** The entity after the write (`null` when nothing changed, e.g. a refusal). */
  after: unknown;
  idempotencyKey: string | null;
};
/** An audit entry: numbered 1, 2, 3… in commit order, never changed or removed. */
export type AuditEntry = AuditInput & { seq: number };

/**
 * The filters of a payment search as a store receives them: already checked and resolved by the
 * ledger (amounts in minor units, a date range as instants, text trimmed and lowercased). Every
 * field that is `null` does not filter; the others combine with AND. docs/payments.md, "Stores".
 */
export type PaymentFilter = {
  /** Lowercased, trimmed needle: a record matches when one of its searchable fields, lowercased, contains it. */
  text: string | null;
  /** Payment date in `[from, to)` (epoch ms). */
  dateFrom: number | null;
  dateTo: number | null;
  /** Amount in `[minAmount, maxAmount]` (minor units). */
  minAmount: number | null;
  maxAmount: number | null;
  statuses: readonly PaymentStatus[] | null;
  methods: readonly string[] | null;
  types: readonly ItemType[] | null;
  channels: readonly string[] | null;
  accountNumber: string | null;
};

/** The order of a payment page: a sort key (docs/payments.md, "Sort keys"), ties by payment id, both in `direction`. */
export type PaymentOrder = Required<PaymentSort>;

/** The filters of a credit-note search as a store receives them (see {@link PaymentFilter}). */
export type CreditNoteFilter = {
  /** Lowercased, trimmed needle over number, linked receipt, consumer name and account number. */
  text: string | null;
  /** Lowercased, trimmed needle over the linked receipt only. */
  linkedReceipt: string | null;
  /** Created in `[from, to)` (epoch ms). */
  dateFrom: number | null;
  dateTo: number | null;
  minAmount: number | null;
  maxAmount: number | null;
  /** Statuses as of `today` (`Void`, `Applied`, `Expired` after `expiresAt`, else `Active`). */
  statuses: readonly ('Active' | 'Applied' | 'Expired' | 'Void')[] | null;
  reasons: readonly string[] | null;
  accountNumber: string | null;
  /** `fullyUsed` (nothing left), `partial` (some left), `full` (nothing applied). */
  remaining: 'fullyUsed' | 'partial' | 'full' | null;
  /** The ledger's local date, for `statuses`. */
  today: string;
};

/** The order of a credit-note page: a sort key, ties by number, both in `direction`. */
export type CreditNoteOrder = Required<CreditNoteSort>;

/** A page of a search: the count and sums of every match, and the requested rows with their consumer's current name. */
export type SearchPage<R> = {
  total: number;
  /** Sum of `amount` over every match (minor units). */
  totalAmount: bigint;
  rows: Array<{ record: R; consumerName: string }>;
};

/** The instants and dates a KPI computation needs (see {@link KpiTotals}); the ledger resolves them in its zone. */
export type KpiWindow = {
  /** Start instants of each day of the month, then the start of the next month (length = days + 1). */
  dayStarts: readonly number[];
  /** Start of the previous month. */
  previousMonthStart: number;
  todayStart: number;
  todayEnd: number;
  yesterdayStart: number;
  /** Dates (`YYYY-MM-DD`) bounding what is due: `[previousMonth, month)` and `[month, nextMonth)`. */
  previousMonthFirst: string;
  monthFirst: string;
  nextMonthFirst: string;
};

/** Sums (minor units) and counts of posted payments in one period. */
export type PeriodTotals = { amount: bigint; count: number };

/**
 * What the KPIs are computed from, over posted payments only: per day of the month, the month,
 * the previous month, today and yesterday; collection ages (payment date − item issue instant,
 * summed in ms over allocations with `paid > 0` and an issue instant); and what is due (bills and
 * installments by due date, service charges by service date) in the month and the month before.
 */
export type KpiTotals = {
  daily: PeriodTotals[];
  month: PeriodTotals;
  previousMonth: PeriodTotals;
  today: PeriodTotals;
  yesterday: PeriodTotals;
  age: { sumMs: bigint; count: number };
  previousAge: { sumMs: bigint; count: number };
  dueMonth: bigint;
  duePreviousMonth: bigint;
};

/** Read access inside {@link LedgerStore.read} or a transaction. */
export interface LedgerReadTx {
  /** The record with `id`, or `undefined`. */
  get<C extends CollectionName>(collection: C, id: string): Promise<LedgerCollections[C] | undefined>;
  /** Every record of a collection, in insertion order. */
  list<C extends CollectionName>(collection: C): Promise<ReadonlyArray<LedgerCollections[C]>>;
  /** Every record of a collection that belongs to `accountNumber`, in insertion order. */
  listByAccount<C extends AccountCollection>(
    collection: C,
    accountNumber: string,
  ): Promise<ReadonlyArray<LedgerCollections[C]>>;
  /** The last value drawn from a sequence, or `undefined` when none was drawn. */
  currentSequence(name: string): Promise<number | undefined>;
  /** Audit entries in order, optionally only those of one entity, optionally the last `limit`. */
  audit(query?: { entityId?: string; limit?: number }): Promise<ReadonlyArray<AuditEntry>>;
  /** The payment with this receipt number (exact), or `undefined`. */
  paymentByReceipt(receiptNumber: string): Promise<PaymentRecord | undefined>;
  /** The payment of this provider and gateway payment id, or `undefined`. */
  paymentByGatewayId(provider: string, gatewayPaymentId: string): Promise<PaymentRecord | undefined>;
  /** Payments matching `filter`: count and amount of all, then `limit` rows from `offset` in `order`. */
  searchPayments(
    filter: PaymentFilter,
    page: { order: PaymentOrder; limit: number; offset: number },
  ): Promise<SearchPage<PaymentRecord>>;
  /** Credit notes matching `filter`, with the remaining (amount − applied) of all matches summed. */
  searchCreditNotes(
    filter: CreditNoteFilter,
    page: { order: CreditNoteOrder; limit: number; offset: number },
  ): Promise<SearchPage<CreditNoteRecord> & { totalRemaining: bigint }>;
  /**
   * Consumers whose lowercased name or account number contains `text` (lowercased and trimmed; empty
   * matches all), at most `limit`, ordered by name (code units of the name) then account number.
   */
  searchConsumers(text: string, limit: number): Promise<ConsumerRecord[]>;
  /** The sums and counts the KPIs are computed from. */
  kpiTotals(window: KpiWindow): Promise<KpiTotals>;
}

/** Write access inside {@link LedgerStore.transaction}. Nothing is visible to others until commit. */
export interface LedgerWriteTx extends LedgerReadTx {
  /** Inserts or replaces the record with the same `id` (an upsert). */
  put<C extends CollectionName>(collection: C, record: LedgerCollections[C]): Promise<void>;
  /**
   * Creates a record that must not exist yet. When the collection already holds a record with
   * the same `id` (committed, written earlier in this transaction, or committed by an overlapping
   * transaction before this one commits), `insert` or the commit rejects with a HotleadsError
   * `CONFLICT` and the transaction commits nothing: of two overlapping transactions inserting one
   * id, exactly one commits. A SQL store implements it as a plain `INSERT` on the primary (or a
   * unique) key and turns the unique-key violation into `CONFLICT`. The ledger creates every
   * record with it (consumers, bills, service charges, plans, payments, credit notes, idempotency
   * records, gateway payment keys) and changes them with `put`.
   */
  insert<C extends CollectionName>(collection: C, record: LedgerCollections[C]): Promise<void>;
  /** Draws the next value of a sequence (`start` for the first draw). Gapless: a rolled-back draw is not consumed. */
  nextSequence(name: string, start: number): Promise<number>;
  /** Appends an audit entry; the store numbers entries at commit. */
  appendAudit(entry: AuditInput): Promise<void>;
  /**
   * Locks the account until this transaction ends: another transaction that locks it waits
   * (a SQL store: `SELECT … FOR UPDATE` on the consumer's row). The ledger locks the account of
   * every write before it reads what it changes, so two ledgers (or processes) on one store
   * never both act on the same balance, item or credit note. Locking an unknown account is
   * allowed and holds nothing in a SQL store.
   */
  lockAccount(accountNumber: string): Promise<void>;
}

/**
 * Where a ledger keeps its data. Every write of the ledger runs inside exactly one
 * `transaction`: either all of it commits, or (the callback throws) none of it does, including
 * sequence draws and audit entries. Prove a new store with `storeConformanceSuite`.
 */
export interface LedgerStore {
  /** Runs `fn` with read access to committed data. */
  read<T>(fn: (tx: LedgerReadTx) => Promise<T>): Promise<T>;
  /** Runs `fn` in one atomic transaction; rethrows its error after rolling back. */
  transaction<T>(fn: (tx: LedgerWriteTx) => Promise<T>): Promise<T>;
}
