import { HotleadsError } from '@hotleads/core';
import { scanConsumers, scanCreditNotes, scanKpiTotals, scanPaymentByReceipt, scanPayments } from './scanQueries';
import type {
  AccountCollection,
  ConsumerRecord,
  CreditNoteFilter,
  CreditNoteOrder,
  CreditNoteRecord,
  KpiTotals,
  KpiWindow,
  PaymentFilter,
  PaymentOrder,
  PaymentRecord,
  SearchPage,
  AuditEntry,
  AuditInput,
  CollectionName,
  LedgerCollections,
  LedgerReadTx,
  LedgerStore,
  LedgerWriteTx,
} from './types';

/** Every collection of a ledger store, in the order a dump lists them. Internal. */
export const COLLECTION_NAMES: readonly CollectionName[] = [
  'consumers',
  'bills',
  'serviceCharges',
  'plans',
  'payments',
  'creditNotes',
  'idempotency',
  'gatewayPayments',
];

const duplicate = () => new HotleadsError('CONFLICT', 'A record with this id already exists');

/** Everything a memory store holds, as plain data (see {@link MemoryStore.dump}). */
export type MemoryStoreDump = {
  collections: { [C in CollectionName]: Array<LedgerCollections[C]> };
  sequences: Record<string, number>;
  audit: AuditEntry[];
};

/** The in-memory {@link LedgerStore}, with `dump()` for inspection and tests. */
export interface MemoryStore extends LedgerStore {
  /** A deep copy of everything the store holds. */
  dump(): MemoryStoreDump;
}

type AnyRecord = { id: string; accountNumber?: string };

/** Committed state. */
class State {
  readonly data = new Map<CollectionName, Map<string, AnyRecord>>(COLLECTION_NAMES.map((c) => [c, new Map()]));
  readonly byAccount = new Map<CollectionName, Map<string, Set<string>>>(COLLECTION_NAMES.map((c) => [c, new Map()]));
  readonly sequences = new Map<string, number>();
  readonly audit: AuditEntry[] = [];
}

/** Read access to committed data, plus (in a transaction) the transaction's own writes. */
class Reader implements LedgerReadTx {
  constructor(
    protected readonly state: State,
    protected readonly overlay: Map<CollectionName, Map<string, AnyRecord>> | null,
    protected readonly seqOverlay: Map<string, { base: number | undefined; value: number }> | null,
  ) {}

  async get<C extends CollectionName>(collection: C, id: string): Promise<LedgerCollections[C] | undefined> {
    const own = this.overlay?.get(collection)?.get(id);
    return (own ?? this.state.data.get(collection)!.get(id)) as LedgerCollections[C] | undefined;
  }

  async list<C extends CollectionName>(collection: C): Promise<ReadonlyArray<LedgerCollections[C]>> {
    const base = this.state.data.get(collection)!;
    const own = this.overlay?.get(collection);
    if (own === undefined || own.size === 0) return Array.from(base.values()) as Array<LedgerCollections[C]>;
    const out: AnyRecord[] = [];
    for (const [id, r] of base) out.push(own.get(id) ?? r);
    for (const [id, r] of own) if (!base.has(id)) out.push(r);
    return out as Array<LedgerCollections[C]>;
  }

  async listByAccount<C extends AccountCollection>(
    collection: C,
    accountNumber: string,
  ): Promise<ReadonlyArray<LedgerCollections[C]>> {
    const base = this.state.data.get(collection)!;
    const own = this.overlay?.get(collection);
    const out: AnyRecord[] = [];
    const ids = this.state.byAccount.get(collection)!.get(accountNumber);
    if (ids !== undefined) for (const id of ids) out.push(own?.get(id) ?? base.get(id)!);
    if (own !== undefined)
      for (const [id, r] of own) if (!base.has(id) && r.accountNumber === accountNumber) out.push(r);
    return out as Array<LedgerCollections[C]>;
  }

  async currentSequence(name: string): Promise<number | undefined> {
    return this.seqOverlay?.get(name)?.value ?? this.state.sequences.get(name);
  }

  async audit(query: { entityId?: string; limit?: number } = {}): Promise<ReadonlyArray<AuditEntry>> {
    const all = this.state.audit;
    let rows = query.entityId === undefined ? all : all.filter((e) => e.entityId === query.entityId);
    if (query.limit !== undefined) rows = rows.slice(Math.max(0, rows.length - query.limit));
    return rows === all ? all.slice() : rows;
  }

  paymentByReceipt(receiptNumber: string): Promise<PaymentRecord | undefined> {
    return scanPaymentByReceipt(this, receiptNumber);
  }

  async paymentByGatewayId(provider: string, gatewayPaymentId: string): Promise<PaymentRecord | undefined> {
    const link = await this.get('gatewayPayments', `${encodeURIComponent(provider)}:${gatewayPaymentId}`);
    return link === undefined ? undefined : this.get('payments', link.paymentId);
  }

  searchPayments(
    filter: PaymentFilter,
    page: { order: PaymentOrder; limit: number; offset: number },
  ): Promise<SearchPage<PaymentRecord>> {
    return scanPayments(this, filter, page);
  }

  searchCreditNotes(
    filter: CreditNoteFilter,
    page: { order: CreditNoteOrder; limit: number; offset: number },
  ): Promise<SearchPage<CreditNoteRecord> & { totalRemaining: bigint }> {
    return scanCreditNotes(this, filter, page);
  }

  searchConsumers(text: string, limit: number): Promise<ConsumerRecord[]> {
    return scanConsumers(this, text, limit);
  }

  kpiTotals(window: KpiWindow): Promise<KpiTotals> {
    return scanKpiTotals(this, window);
  }
}

/** A transaction: buffers writes, draws and audit entries until commit. */
class Transaction extends Reader implements LedgerWriteTx {
  private readonly writes: Map<CollectionName, Map<string, AnyRecord>>;
  private readonly draws: Map<string, { base: number | undefined; value: number }>;
  private readonly audits: AuditInput[] = [];
  /** Ids created with `insert`, by collection: they must still be absent from committed data at commit. */
  private readonly inserts = new Map<CollectionName, Set<string>>();

  /** Account locks this transaction holds, released when it ends. */
  readonly held: Array<() => void> = [];

  constructor(
    state: State,
    private readonly locks: AccountLocks,
  ) {
    const writes = new Map<CollectionName, Map<string, AnyRecord>>();
    const draws = new Map<string, { base: number | undefined; value: number }>();
    super(state, writes, draws);
    this.writes = writes;
    this.draws = draws;
  }

  async put<C extends CollectionName>(collection: C, record: LedgerCollections[C]): Promise<void> {
    this.write(collection, record as AnyRecord);
  }

  async insert<C extends CollectionName>(collection: C, record: LedgerCollections[C]): Promise<void> {
    const rec = this.write(collection, record as AnyRecord, true);
    let ids = this.inserts.get(collection);
    if (ids === undefined) this.inserts.set(collection, (ids = new Set()));
    ids.add(rec.id);
  }

  private write(collection: CollectionName, rec: AnyRecord, create = false): AnyRecord {
    if (typeof rec.id !== 'string' || rec.id === '')
      throw new HotleadsError('INVALID_ARGUMENT', 'A stored record needs a string id');
    let own = this.writes.get(collection);
    if (create && (own?.has(rec.id) === true || this.state.data.get(collection)!.has(rec.id))) throw duplicate();
    if (own === undefined) this.writes.set(collection, (own = new Map()));
    own.set(rec.id, rec);
    return rec;
  }

  async nextSequence(name: string, start: number): Promise<number> {
    const entry = this.draws.get(name);
    if (entry !== undefined) return ++entry.value;
    const base = this.state.sequences.get(name);
    const value = base === undefined ? start : base + 1;
    this.draws.set(name, { base, value });
    return value;
  }

  async appendAudit(entry: AuditInput): Promise<void> {
    this.audits.push(entry);
  }

  async lockAccount(accountNumber: string): Promise<void> {
    if (typeof accountNumber !== 'string')
      throw new HotleadsError('INVALID_ARGUMENT', 'An account number must be a string', { path: ['accountNumber'] });
    if (this.lockedAccounts.has(accountNumber)) return;
    this.lockedAccounts.add(accountNumber);
    this.held.push(await this.locks.acquire(accountNumber));
  }
  private readonly lockedAccounts = new Set<string>();

  /** Checks, then applies everything synchronously, so other callers see all of it or none. */
  commit(): void {
    const { state } = this;
    this.draws.forEach((draw, name) => {
      if (state.sequences.get(name) !== draw.base)
        throw new HotleadsError('CONFLICT', 'A number was drawn by a concurrent transaction; retry the write');
    });
    this.inserts.forEach((ids, collection) => {
      const base = state.data.get(collection)!;
      ids.forEach((id) => {
        if (base.has(id)) throw duplicate();
      });
    });
    this.draws.forEach((draw, name) => state.sequences.set(name, draw.value));
    this.writes.forEach((own, collection) => {
      const base = state.data.get(collection)!;
      const index = state.byAccount.get(collection)!;
      own.forEach((rec, id) => {
        if (rec.accountNumber !== undefined && !base.has(id)) {
          let ids = index.get(rec.accountNumber);
          if (ids === undefined) index.set(rec.accountNumber, (ids = new Set()));
          ids.add(id);
        }
        base.set(id, rec);
      });
    });
    for (const e of this.audits) {
      state.audit.push({
        seq: state.audit.length + 1,
        at: e.at,
        actor: e.actor,
        action: e.action,
        entityType: e.entityType,
        entityId: e.entityId,
        before: e.before,
        after: e.after,
        idempotencyKey: e.idempotencyKey,
      });
    }
  }
}

/** Per-account FIFO locks shared by the transactions of one memory store. */
class AccountLocks {
  private readonly tails = new Map<string, Promise<void>>();
  /** Waits for the account's earlier holders, then returns the release function. */
  async acquire(account: string): Promise<() => void> {
    const before = this.tails.get(account) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((r) => (release = r));
    const tail = before.then(() => mine);
    this.tails.set(account, tail);
    await before;
    return () => {
      release();
      if (this.tails.get(account) === tail) this.tails.delete(account);
    };
  }
}

/**
 * An in-memory {@link LedgerStore}. A transaction buffers its writes, sequence draws and audit
 * entries and applies them together at commit, so a failing transaction leaves nothing behind and
 * consumes no number. Reads see committed data plus the transaction's own writes (read committed).
 * Like a unique index on numbers, a commit fails with `CONFLICT` when another transaction
 * committed a draw from the same sequence after this one drew; like a primary key, an `insert`
 * fails with `CONFLICT` when its id exists, or was committed by another transaction before this
 * one commits. `lockAccount` is a FIFO lock per account, held until the transaction ends. Records are kept by reference:
 * callers must treat what they put and get as immutable (the ledger always writes new objects).
 */
export function createMemoryStore(): MemoryStore {
  const state = new State();
  const reader = new Reader(state, null, null);
  const locks = new AccountLocks();
  return {
    async read(fn) {
      return fn(reader);
    },
    async transaction(fn) {
      const tx = new Transaction(state, locks);
      try {
        const result = await fn(tx);
        tx.commit();
        return result;
      } finally {
        for (const release of tx.held) release();
      }
    },
    dump() {
      const collections = Object.fromEntries(
        COLLECTION_NAMES.map((c) => [c, Array.from(state.data.get(c)!.values())]),
      ) as MemoryStoreDump['collections'];
      return structuredClone({ collections, sequences: Object.fromEntries(state.sequences), audit: state.audit });
    },
  };
}
