import { HotleadsError } from '@hotleads/core';
import { COLLECTION_NAMES, type MemoryStoreDump } from '../store/createMemoryStore';
import type {
  AccountCollection,
  AuditEntry,
  AuditInput,
  CollectionName,
  ConsumerRecord,
  CreditNoteFilter,
  CreditNoteOrder,
  CreditNoteRecord,
  KpiTotals,
  KpiWindow,
  LedgerCollections,
  LedgerReadTx,
  LedgerStore,
  LedgerWriteTx,
  PaymentFilter,
  PaymentOrder,
  PaymentRecord,
  PeriodTotals,
  SearchPage,
} from '../store/types';
import { big, int, sqlState, type SqlDriver, type SqlQuery, type SqlRow } from './driver';
import { migrate } from './migrate';
import { quoteSchema } from './quoteSchema';

/** Options of {@link createSqlStore}. */
export type SqlStoreOptions = {
  /** The database: `pgDriver(pool)` or `pgliteDriver(db)`. */
  driver: SqlDriver;
  /** The PostgreSQL schema holding the tables (default `hotleads`), e.g. one per tenant. */
  schema?: string;
  /** Apply pending migrations when the store opens (default true). */
  migrate?: boolean;
  /** Retries of a write after a serialization failure or a deadlock (default 5, at most 20). */
  retries?: number;
  /** Jitter source in [0, 1) for the retry delays (default: a seeded generator; never `Math.random`). */
  jitter?: () => number;
};

/** A {@link LedgerStore} on PostgreSQL or PGlite, with `close()` and an importer for memory-store dumps. */
export interface SqlStore extends LedgerStore {
  /** The schema the store uses. */
  readonly schema: string;
  /** Loads a memory-store dump (`MemoryStore.dump()`) into this empty store, in one transaction. */
  importDump(dump: MemoryStoreDump): Promise<void>;
  /** Releases the store (PGlite: the directory lock). Later calls are refused. The host ends its client. */
  close(): Promise<void>;
}

const TABLE: Record<CollectionName, string> = {
  consumers: 'consumers',
  bills: 'bills',
  serviceCharges: 'service_charges',
  plans: 'plans',
  payments: 'payments',
  creditNotes: 'credit_notes',
  idempotency: 'idempotency',
  gatewayPayments: 'gateway_payments',
};
const SEPARATOR = '\u0001';
/** The advisory-lock class of idempotency keys ("hlid"); the key is hashtext(schema, key). */
const IDEMPOTENCY_LOCK = 0x686c6964;
const RETRYABLE = /* @__PURE__ */ (() => new Set(['40001', '40P01']))();

/** A driver error turned into the store's errors: a unique violation is CONFLICT, the rest STORE_UNAVAILABLE. */
class Retryable extends Error {
  constructor(readonly original: unknown) {
    super('retryable');
  }
}
function translate(e: unknown): unknown {
  const state = sqlState(e);
  if (state === undefined) return e;
  if (RETRYABLE.has(state)) return new Retryable(e);
  if (state === '23505') return new HotleadsError('CONFLICT', 'A record with this id already exists', { cause: e });
  return new HotleadsError('STORE_UNAVAILABLE', 'The database refused the statement', { cause: e });
}

/** Escapes LIKE wildcards and builds a "contains" pattern. */
const containsPattern = (needle: string) => `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const docOf = <T>(rows: SqlRow[]): T | undefined => (rows.length === 0 ? undefined : (rows[0]!.doc as T));

/** Builds a parameterized WHERE clause. */
class Where {
  readonly parts: string[] = [];
  constructor(readonly params: unknown[] = []) {}
  param(v: unknown): string {
    this.params.push(v);
    return `$${this.params.length}`;
  }
  add(sql: string): void {
    this.parts.push(sql);
  }
  get sql(): string {
    return this.parts.length === 0 ? '' : `WHERE ${this.parts.join(' AND ')}`;
  }
}

/**
 * The sort keys (docs/payments.md, "Sort keys") as ORDER BY expressions; ties add the id, shorter
 * first. Text columns are `COLLATE "C"` (code-point order), as `compareCodePoints` orders.
 */
const PAYMENT_ORDER: Record<PaymentOrder['key'], string[]> = {
  date: ['x.date'],
  amount: ['x.amount'],
  consumer: ["coalesce(c.name, '')", 'x.account_number'],
  receiptNumber: ['length(x.receipt_number)', 'x.receipt_number'],
  method: ['x.method'],
  status: ['x.status'],
  type: ['x.type'],
};
const CREDIT_NOTE_ORDER: Record<Exclude<CreditNoteOrder['key'], 'status'>, string[]> = {
  date: ['x.created_at'],
  amount: ['x.amount'],
  remaining: ['(x.amount - x.applied)'],
  consumer: ["coalesce(c.name, '')", 'x.account_number'],
  number: [],
  reason: ['x.reason'],
  linkedReceipt: ['length(x.linked_receipt)', 'x.linked_receipt'],
  expiresAt: ['x.expires_at'],
};
/** A credit note's status as of the date in parameter `today` (the memory store's `noteStatus`). */
const noteStatusSql = (today: string) =>
  `(CASE WHEN x.voided THEN 'Void' WHEN x.amount = x.applied THEN 'Applied'
     WHEN ${today}::text > x.expires_at THEN 'Expired' ELSE 'Active' END) COLLATE "C"`;

/** Read access over one connection (inside a transaction). */
class SqlReader implements LedgerReadTx {
  constructor(
    protected readonly q: SqlQuery,
    protected readonly s: string,
  ) {}

  protected t(collection: CollectionName): string {
    return `${this.s}.${TABLE[collection]}`;
  }

  async get<C extends CollectionName>(collection: C, id: string): Promise<LedgerCollections[C] | undefined> {
    return docOf(await this.q(`SELECT doc FROM ${this.t(collection)} WHERE id = $1`, [id]));
  }

  async list<C extends CollectionName>(collection: C): Promise<ReadonlyArray<LedgerCollections[C]>> {
    return (await this.q(`SELECT doc FROM ${this.t(collection)} ORDER BY seq`)).map(
      (r) => r.doc as LedgerCollections[C],
    );
  }

  async listByAccount<C extends AccountCollection>(
    collection: C,
    accountNumber: string,
  ): Promise<ReadonlyArray<LedgerCollections[C]>> {
    const rows = await this.q(`SELECT doc FROM ${this.t(collection)} WHERE account_number = $1 ORDER BY seq`, [
      accountNumber,
    ]);
    return rows.map((r) => r.doc as LedgerCollections[C]);
  }

  async currentSequence(name: string): Promise<number | undefined> {
    const rows = await this.q(`SELECT value FROM ${this.s}.counters WHERE name = $1`, [name]);
    return rows.length === 0 ? undefined : int(rows[0]!.value);
  }

  async audit(query: { entityId?: string; limit?: number } = {}): Promise<ReadonlyArray<AuditEntry>> {
    const w = new Where();
    if (query.entityId !== undefined) w.add(`entity_id = ${w.param(query.entityId)}`);
    const limit = query.limit === undefined ? '' : `LIMIT ${w.param(query.limit)}`;
    const rows = await this.q(
      `SELECT seq, doc FROM (SELECT seq, doc FROM ${this.s}.audit ${w.sql} ORDER BY seq DESC ${limit}) x ORDER BY seq`,
      w.params,
    );
    return rows.map((r) => ({ seq: int(r.seq), ...(r.doc as AuditInput) }));
  }

  async paymentByReceipt(receiptNumber: string): Promise<PaymentRecord | undefined> {
    return docOf(await this.q(`SELECT doc FROM ${this.s}.payments WHERE receipt_number = $1`, [receiptNumber]));
  }

  async paymentByGatewayId(provider: string, gatewayPaymentId: string): Promise<PaymentRecord | undefined> {
    return docOf(
      await this.q(
        `SELECT p.doc FROM ${this.s}.gateway_payments g JOIN ${this.s}.payments p ON p.id = g.payment_id
         WHERE g.provider = $1 AND g.gateway_payment_id = $2`,
        [provider, gatewayPaymentId],
      ),
    );
  }

  /**
   * Records whose own searchable text, or whose consumer's name or account number, contains the
   * needle: a union of two indexed lookups (the record's trigram index; the consumers' trigram
   * indexes, then the record's account index), never a scan of the record table.
   */
  private textMatch(w: Where, needle: string, table: 'payments' | 'credit_notes'): void {
    const p = w.param(containsPattern(needle));
    const t = `${this.s}.${table}`;
    w.add(
      `x.id IN (SELECT id FROM ${t} WHERE search_lower LIKE ${p}
               UNION SELECT r.id FROM ${t} r JOIN ${this.s}.consumers c ON c.account_number = r.account_number
                     WHERE c.name_lower LIKE ${p} OR c.account_lower LIKE ${p})`,
    );
  }

  async searchPayments(
    f: PaymentFilter,
    page: { order: PaymentOrder; limit: number; offset: number },
  ): Promise<SearchPage<PaymentRecord>> {
    const w = new Where();
    if (f.accountNumber !== null) w.add(`x.account_number = ${w.param(f.accountNumber)}`);
    if (f.dateFrom !== null) w.add(`x.date >= ${w.param(f.dateFrom)}`);
    if (f.dateTo !== null) w.add(`x.date < ${w.param(f.dateTo)}`);
    if (f.minAmount !== null) w.add(`x.amount >= ${w.param(f.minAmount)}`);
    if (f.maxAmount !== null) w.add(`x.amount <= ${w.param(f.maxAmount)}`);
    if (f.statuses !== null) w.add(`x.status = ANY(${w.param(f.statuses)}::text[])`);
    if (f.methods !== null) w.add(`x.method = ANY(${w.param(f.methods)}::text[])`);
    if (f.types !== null) w.add(`x.type = ANY(${w.param(f.types)}::text[])`);
    if (f.channels !== null) w.add(`x.channel = ANY(${w.param(f.channels)}::text[])`);
    if (f.text !== null) this.textMatch(w, f.text, 'payments');
    const from = `FROM ${this.s}.payments x ${w.sql}`;
    const [totals] = await this.q(`SELECT count(*) AS n, coalesce(sum(x.amount), 0) AS s ${from}`, w.params);
    const dir = page.order.direction === 'asc' ? 'ASC' : 'DESC';
    const order = [...PAYMENT_ORDER[page.order.key], 'length(x.id)', 'x.id'].map((e) => `${e} ${dir}`).join(', ');
    // The page's ids first (sorted on the sort keys alone, often from an index), then the 50
    // documents: sorting every match's whole document is what made a filtered page slow.
    const rows = await this.q(
      `SELECT x.doc, c.name FROM (
         SELECT x.id FROM ${this.s}.payments x
         LEFT JOIN ${this.s}.consumers c ON c.account_number = x.account_number ${w.sql}
         ORDER BY ${order} LIMIT ${w.param(page.limit)} OFFSET ${w.param(page.offset)}) page
       JOIN ${this.s}.payments x ON x.id = page.id
       LEFT JOIN ${this.s}.consumers c ON c.account_number = x.account_number
       ORDER BY ${order}`,
      w.params,
    );
    return {
      total: int(totals!.n),
      totalAmount: big(totals!.s),
      rows: rows.map((r) => ({ record: r.doc as PaymentRecord, consumerName: (r.name as string | null) ?? '' })),
    };
  }

  async searchCreditNotes(
    f: CreditNoteFilter,
    page: { order: CreditNoteOrder; limit: number; offset: number },
  ): Promise<SearchPage<CreditNoteRecord> & { totalRemaining: bigint }> {
    const w = new Where();
    if (f.accountNumber !== null) w.add(`x.account_number = ${w.param(f.accountNumber)}`);
    if (f.dateFrom !== null) w.add(`x.created_at >= ${w.param(f.dateFrom)}`);
    if (f.dateTo !== null) w.add(`x.created_at < ${w.param(f.dateTo)}`);
    if (f.minAmount !== null) w.add(`x.amount >= ${w.param(f.minAmount)}`);
    if (f.maxAmount !== null) w.add(`x.amount <= ${w.param(f.maxAmount)}`);
    if (f.reasons !== null) w.add(`x.reason = ANY(${w.param(f.reasons)}::text[])`);
    if (f.statuses !== null) w.add(`${noteStatusSql(w.param(f.today))} = ANY(${w.param(f.statuses)}::text[])`);
    if (f.remaining === 'fullyUsed') w.add('x.amount = x.applied');
    if (f.remaining === 'partial') w.add('x.applied > 0 AND x.applied < x.amount');
    if (f.remaining === 'full') w.add('x.applied = 0');
    if (f.linkedReceipt !== null) w.add(`x.linked_lower LIKE ${w.param(containsPattern(f.linkedReceipt))}`);
    if (f.text !== null) this.textMatch(w, f.text, 'credit_notes');
    const from = `FROM ${this.s}.credit_notes x ${w.sql}`;
    const [totals] = await this.q(
      `SELECT count(*) AS n, coalesce(sum(x.amount), 0) AS s, coalesce(sum(x.amount - x.applied), 0) AS r ${from}`,
      w.params,
    );
    const dir = page.order.direction === 'asc' ? 'ASC' : 'DESC';
    const key = page.order.key === 'status' ? [noteStatusSql(w.param(f.today))] : CREDIT_NOTE_ORDER[page.order.key];
    const rows = await this.q(
      `SELECT x.doc, c.name FROM ${this.s}.credit_notes x
       LEFT JOIN ${this.s}.consumers c ON c.account_number = x.account_number ${w.sql}
       ORDER BY ${[...key, 'length(x.id)', 'x.id'].map((e) => `${e} ${dir}`).join(', ')}
       LIMIT ${w.param(page.limit)} OFFSET ${w.param(page.offset)}`,
      w.params,
    );
    return {
      total: int(totals!.n),
      totalAmount: big(totals!.s),
      totalRemaining: big(totals!.r),
      rows: rows.map((r) => ({ record: r.doc as CreditNoteRecord, consumerName: (r.name as string | null) ?? '' })),
    };
  }

  async searchConsumers(text: string, limit: number): Promise<ConsumerRecord[]> {
    const p = containsPattern(text.trim().toLowerCase());
    const rows = await this.q(
      `SELECT doc FROM ${this.s}.consumers WHERE name_lower LIKE $1 OR account_lower LIKE $1
       ORDER BY name, account_number LIMIT $2`,
      [p, limit],
    );
    return rows.map((r) => r.doc as ConsumerRecord);
  }

  async kpiTotals(wdw: KpiWindow): Promise<KpiTotals> {
    const s = this.s;
    const starts = wdw.dayStarts;
    const monthStart = starts[0]!;
    const monthEnd = starts[starts.length - 1]!;
    const thresholds = [wdw.previousMonthStart, ...starts];
    const buckets = await this.q(
      `SELECT width_bucket(date, $1::bigint[]) AS b, count(*) AS n, sum(amount) AS s FROM ${s}.payments
       WHERE status = 'Posted' AND date >= $2 AND date < $3 GROUP BY 1`,
      [thresholds, wdw.previousMonthStart, monthEnd],
    );
    const [days] = await this.q(
      `SELECT count(*) FILTER (WHERE date >= $2) AS tn, coalesce(sum(amount) FILTER (WHERE date >= $2), 0) AS ts,
              count(*) FILTER (WHERE date < $2) AS yn, coalesce(sum(amount) FILTER (WHERE date < $2), 0) AS ys
       FROM ${s}.payments WHERE status = 'Posted' AND date >= $1 AND date < $3`,
      [wdw.yesterdayStart, wdw.todayStart, wdw.todayEnd],
    );
    // Allocations carry their payment's date and status (migration 3): no join.
    const ages = await this.q(
      `SELECT date >= $2 AS cur, count(*) AS n, sum(date - issued_at) AS s FROM ${s}.allocations
       WHERE status = 'Posted' AND date >= $1 AND date < $3 AND issued_at IS NOT NULL AND paid > 0
       GROUP BY 1`,
      [wdw.previousMonthStart, monthStart, monthEnd],
    );
    const [due] = await this.q(
      `SELECT coalesce(sum(amount) FILTER (WHERE d >= $2), 0) AS cur, coalesce(sum(amount) FILTER (WHERE d < $2), 0) AS prev
       FROM (SELECT due_date AS d, amount FROM ${s}.bills WHERE due_date >= $1 AND due_date < $3
             UNION ALL SELECT service_date, amount FROM ${s}.service_charges WHERE service_date >= $1 AND service_date < $3
             UNION ALL SELECT due_date, amount FROM ${s}.installments WHERE due_date >= $1 AND due_date < $3) x`,
      [wdw.previousMonthFirst, wdw.monthFirst, wdw.nextMonthFirst],
    );
    const period = (): PeriodTotals => ({ amount: 0n, count: 0 });
    const daily = starts.slice(1).map(period);
    const previousMonth = period();
    for (const r of buckets) {
      const b = int(r.b);
      const target = b === 1 ? previousMonth : daily[b - 2];
      if (target !== undefined) {
        target.amount = big(r.s);
        target.count = int(r.n);
      }
    }
    const month = daily.reduce((acc, d) => ({ amount: acc.amount + d.amount, count: acc.count + d.count }), period());
    const age = { sumMs: 0n, count: 0 };
    const previousAge = { sumMs: 0n, count: 0 };
    for (const r of ages) {
      const target = r.cur === true ? age : previousAge;
      target.sumMs = big(r.s);
      target.count = int(r.n);
    }
    return {
      daily,
      month,
      previousMonth,
      today: { amount: big(days!.ts), count: int(days!.tn) },
      yesterday: { amount: big(days!.ys), count: int(days!.yn) },
      age,
      previousAge,
      dueMonth: big(due!.cur),
      duePreviousMonth: big(due!.prev),
    };
  }
}

/** A write transaction: statements run at once on the transaction's connection; audit entries are numbered at the end. */
class SqlWriter extends SqlReader implements LedgerWriteTx {
  readonly audits: AuditInput[] = [];
  private readonly heldKeys = new Set<string>();

  /**
   * Reading an idempotency record in a write first takes a transaction-scoped advisory lock on
   * its key: a second write with the same key (another ledger, another process) waits here until
   * the first commits, then reads its record and replays its result, instead of doing the work
   * again and failing on the key's unique constraint.
   */
  override async get<C extends CollectionName>(collection: C, id: string): Promise<LedgerCollections[C] | undefined> {
    if (collection === 'idempotency' && typeof id === 'string' && !this.heldKeys.has(id)) {
      this.heldKeys.add(id);
      await this.q(`SELECT pg_advisory_xact_lock(${IDEMPOTENCY_LOCK}, hashtext($1))`, [`${this.s}\u0001${id}`]);
    }
    return super.get(collection, id);
  }

  async put<C extends CollectionName>(collection: C, record: LedgerCollections[C]): Promise<void> {
    await this.write(collection, record, false);
  }

  async insert<C extends CollectionName>(collection: C, record: LedgerCollections[C]): Promise<void> {
    await this.write(collection, record, true);
  }

  private async write(collection: CollectionName, record: unknown, create: boolean): Promise<void> {
    const rec = record as { id?: unknown };
    if (typeof rec.id !== 'string' || rec.id === '')
      throw new HotleadsError('INVALID_ARGUMENT', 'A stored record needs a string id');
    const { columns, values } = columnsOf(collection, record);
    const names = ['id', ...columns, 'doc'];
    const params = [rec.id, ...values, JSON.stringify(record)];
    const placeholders = params.map((_, i) => (i === params.length - 1 ? `$${i + 1}::json` : `$${i + 1}`));
    const update = names
      .slice(1)
      .map((n) => `${n} = EXCLUDED.${n}`)
      .join(', ');
    await this.q(
      `INSERT INTO ${this.t(collection)} (${names.join(', ')}) VALUES (${placeholders.join(', ')})` +
        (create ? '' : ` ON CONFLICT (id) DO UPDATE SET ${update}`),
      params,
    );
    await this.writeChildren(collection, record);
  }

  /** Rows a query sums or filters on, kept beside the record: allocations, installments, applications. */
  private async writeChildren(collection: CollectionName, record: unknown): Promise<void> {
    const s = this.s;
    if (collection === 'payments') {
      const p = record as PaymentRecord;
      await this.q(`DELETE FROM ${s}.allocations WHERE payment_id = $1`, [p.id]);
      if (p.allocations.length > 0)
        await this.q(
          `INSERT INTO ${s}.allocations (payment_id, idx, item, item_type, paid, applied, issued_at, date, status)
           SELECT $1, i - 1, a.item, a.item_type, a.paid, a.applied, a.issued_at, $7, $8
           FROM unnest($2::text[], $3::text[], $4::bigint[], $5::bigint[], $6::bigint[]) WITH ORDINALITY
             AS a(item, item_type, paid, applied, issued_at, i)`,
          [
            p.id,
            p.allocations.map((a) => a.item),
            p.allocations.map((a) => a.itemType),
            p.allocations.map((a) => a.paid),
            p.allocations.map((a) => a.applied),
            p.allocations.map((a) => a.issuedAt),
            p.date,
            p.status,
          ],
        );
    } else if (collection === 'plans') {
      const p = record as LedgerCollections['plans'];
      await this.q(`DELETE FROM ${s}.installments WHERE plan_id = $1`, [p.id]);
      if (p.installments.length > 0)
        await this.q(
          `INSERT INTO ${s}.installments (plan_id, number, amount, due_date)
           SELECT $1, n, a, d FROM unnest($2::int[], $3::bigint[], $4::text[]) AS x(n, a, d)`,
          [
            p.id,
            p.installments.map((i) => i.number),
            p.installments.map((i) => i.amount),
            p.installments.map((i) => i.dueDate),
          ],
        );
    } else if (collection === 'creditNotes') {
      const n = record as CreditNoteRecord;
      await this.q(`DELETE FROM ${s}.applications WHERE credit_note_id = $1`, [n.id]);
      if (n.applications.length > 0)
        await this.q(
          `INSERT INTO ${s}.applications (credit_note_id, idx, item_type, item, amount, at)
           SELECT $1, i - 1, t, it, a, at FROM unnest($2::text[], $3::text[], $4::bigint[], $5::bigint[]) WITH ORDINALITY
             AS x(t, it, a, at, i)`,
          [
            n.id,
            n.applications.map((a) => a.itemType),
            n.applications.map((a) => a.item),
            n.applications.map((a) => a.amount),
            n.applications.map((a) => a.at),
          ],
        );
    }
  }

  async nextSequence(name: string, start: number): Promise<number> {
    const [row] = await this.q(
      `INSERT INTO ${this.s}.counters (name, value) VALUES ($1, $2)
       ON CONFLICT (name) DO UPDATE SET value = ${this.s}.counters.value + 1 RETURNING value`,
      [name, start],
    );
    return int(row!.value);
  }

  async appendAudit(entry: AuditInput): Promise<void> {
    this.audits.push(entry);
  }

  async lockAccount(accountNumber: string): Promise<void> {
    if (typeof accountNumber !== 'string')
      throw new HotleadsError('INVALID_ARGUMENT', 'An account number must be a string', { path: ['accountNumber'] });
    await this.q(`SELECT 1 FROM ${this.s}.consumers WHERE account_number = $1 FOR UPDATE`, [accountNumber]);
  }

  /** Numbers the audit entries under the audit head's row lock (commit order) and inserts them. */
  async flushAudit(): Promise<void> {
    if (this.audits.length === 0) return;
    const [head] = await this.q(`UPDATE ${this.s}.audit_head SET seq = seq + $1 WHERE id = 1 RETURNING seq`, [
      this.audits.length,
    ]);
    const first = int(head!.seq) - this.audits.length + 1;
    await this.insertAudit(this.audits.map((e, i) => ({ ...e, seq: first + i })));
  }

  /** Sets the audit head of an empty store (an import). */
  async setAuditHead(seq: number): Promise<void> {
    await this.q(`UPDATE ${this.s}.audit_head SET seq = $1 WHERE id = 1`, [seq]);
  }

  async insertAudit(entries: AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await this.q(
      `INSERT INTO ${this.s}.audit (seq, entity_id, doc) SELECT * FROM unnest($1::bigint[], $2::text[], $3::json[])`,
      [
        entries.map((e) => e.seq),
        entries.map((e) => e.entityId),
        entries.map(({ seq: _seq, ...rest }) =>
          JSON.stringify({
            at: rest.at,
            actor: rest.actor,
            action: rest.action,
            entityType: rest.entityType,
            entityId: rest.entityId,
            before: rest.before,
            after: rest.after,
            idempotencyKey: rest.idempotencyKey,
          }),
        ),
      ],
    );
  }
}

const lower = (v: string) => v.toLowerCase();

/** The indexed columns of a record, beside its JSON document. */
function columnsOf(collection: CollectionName, record: unknown): { columns: string[]; values: unknown[] } {
  switch (collection) {
    case 'consumers': {
      const c = record as ConsumerRecord;
      return {
        columns: ['account_number', 'name', 'name_lower', 'account_lower', 'balance'],
        values: [c.accountNumber, c.name, lower(c.name), lower(c.accountNumber), c.balance],
      };
    }
    case 'bills': {
      const b = record as LedgerCollections['bills'];
      return {
        columns: ['account_number', 'amount', 'issued_at', 'due_date'],
        values: [b.accountNumber, b.amount, b.issuedAt, b.dueDate],
      };
    }
    case 'serviceCharges': {
      const c = record as LedgerCollections['serviceCharges'];
      return {
        columns: ['account_number', 'amount', 'service_date'],
        values: [c.accountNumber, c.amount, c.serviceDate],
      };
    }
    case 'plans':
      return { columns: ['account_number'], values: [(record as LedgerCollections['plans']).accountNumber] };
    case 'payments': {
      const p = record as PaymentRecord;
      const search = [p.receiptNumber, p.id, p.transactionId, ...p.creditNoteNumbers].map(lower).join(SEPARATOR);
      return {
        columns: [
          'account_number',
          'transaction_id',
          'receipt_number',
          'type',
          'amount',
          'method',
          'channel',
          'status',
          'date',
          'provider',
          'gateway_payment_id',
          'search_lower',
        ],
        values: [
          p.accountNumber,
          p.transactionId,
          p.receiptNumber,
          p.type,
          p.amount,
          p.method,
          p.channel,
          p.status,
          p.date,
          p.gateway?.provider ?? null,
          p.gateway?.gatewayPaymentId ?? null,
          search,
        ],
      };
    }
    case 'creditNotes': {
      const n = record as CreditNoteRecord;
      return {
        columns: [
          'account_number',
          'payment_id',
          'linked_receipt',
          'linked_lower',
          'search_lower',
          'amount',
          'applied',
          'reason',
          'created_at',
          'expires_at',
          'voided',
        ],
        values: [
          n.accountNumber,
          n.paymentId,
          n.linkedReceipt,
          lower(n.linkedReceipt),
          [n.id, n.linkedReceipt].map(lower).join(SEPARATOR),
          n.amount,
          n.applied,
          n.reason,
          n.createdAt,
          n.expiresAt,
          n.voided,
        ],
      };
    }
    case 'idempotency':
      return { columns: ['operation'], values: [(record as LedgerCollections['idempotency']).operation] };
    case 'gatewayPayments': {
      const g = record as LedgerCollections['gatewayPayments'];
      return {
        columns: ['provider', 'gateway_payment_id', 'payment_id'],
        values: [g.provider, g.gatewayPaymentId, g.paymentId],
      };
    }
    default:
      throw new HotleadsError('INVALID_ARGUMENT', `Expected a collection: ${COLLECTION_NAMES.join(', ')}`, {
        path: ['collection'],
      });
  }
}

/** A small seeded generator (mulberry32) for retry jitter, so the library never reads `Math.random`. */
function seededJitter(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Wraps a query so driver errors become the store's errors. */
const translating =
  (q: SqlQuery): SqlQuery =>
  async (text, params) => {
    try {
      return await q(text, params);
    } catch (e) {
      throw translate(e);
    }
  };

/**
 * A {@link LedgerStore} on PostgreSQL (node-postgres) or PGlite, over a {@link SqlDriver}
 * (docs/payments.md, "The SQL store"). It applies the migrations (under an advisory lock, so two
 * processes may start at once), then runs every ledger write as one SQL transaction:
 * `lockAccount` is `SELECT … FOR UPDATE` on the consumer's row, numbers come from a counters
 * table updated in the transaction (a rolled-back write consumes none), audit entries are
 * numbered in commit order, and a serialization failure or deadlock is retried with jittered
 * backoff (the callback runs again). Reads run in a read-only snapshot.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` for bad options (schema name, retries);
 *   `STORE_UNAVAILABLE` when the database cannot be reached or migrated, or a PGlite directory is
 *   open in another process.
 * @example
 * const store = await createSqlStore({ driver: pgDriver(pool), schema: 'tenant_a' });
 * const ledger = createLedger({ store });
 */
export async function createSqlStore(options: SqlStoreOptions): Promise<SqlStore> {
  if (options === null || typeof options !== 'object' || options.driver === undefined)
    throw new HotleadsError('INVALID_ARGUMENT', 'Expected { driver } (pgDriver(pool) or pgliteDriver(db))', {
      path: ['driver'],
    });
  const { driver } = options;
  const schemaName = options.schema ?? 'hotleads';
  const s = quoteSchema(schemaName);
  const retries = options.retries ?? 5;
  if (!Number.isInteger(retries) || retries < 0 || retries > 20)
    throw new HotleadsError('INVALID_ARGUMENT', 'retries must be an integer from 0 to 20', { path: ['retries'] });
  const jitter = options.jitter ?? seededJitter(0x686c);
  await driver.open();
  try {
    if (options.migrate !== false) await migrate(driver, schemaName);
  } catch (e) {
    await driver.close();
    throw e;
  }
  let closed = false;
  const ensureOpen = () => {
    if (closed) throw new HotleadsError('STORE_UNAVAILABLE', 'The store is closed');
  };

  async function write<T>(fn: (tx: SqlWriter) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await driver.transaction(async (q) => {
          const tx = new SqlWriter(translating(q), s);
          const result = await fn(tx);
          await tx.flushAudit();
          return result;
        });
      } catch (e) {
        const failure = translate(e);
        if (!(failure instanceof Retryable)) throw failure;
        if (attempt >= retries)
          throw new HotleadsError(
            'STORE_UNAVAILABLE',
            'The write kept conflicting with concurrent writes (serialization failure or deadlock); retry later',
            { cause: failure.original },
          );
        await sleep(Math.round((2 ** attempt * 5 + 5) * (0.5 + jitter())));
      }
    }
  }

  return {
    schema: schemaName,
    async read(fn) {
      ensureOpen();
      try {
        return await driver.transaction((q) => fn(new SqlReader(translating(q), s)), { readOnly: true });
      } catch (e) {
        const failure = translate(e);
        throw failure instanceof Retryable
          ? new HotleadsError('STORE_UNAVAILABLE', 'The read conflicted with a concurrent write; retry', { cause: e })
          : failure;
      }
    },
    async transaction(fn) {
      ensureOpen();
      return write(fn);
    },
    async importDump(dump) {
      ensureOpen();
      await write(async (tx) => {
        for (const c of COLLECTION_NAMES)
          for (const record of dump.collections[c] as unknown[]) await tx.insert(c, record as never);
        for (const [name, value] of Object.entries(dump.sequences))
          await tx.nextSequence(name, value).then(async (drawn) => {
            if (drawn !== value)
              throw new HotleadsError('CONFLICT', 'The store already has numbers; import into an empty store');
          });
        await tx.insertAudit(dump.audit);
        const last = dump.audit.reduce((m, e) => Math.max(m, e.seq), 0);
        await tx.setAuditHead(last);
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      await driver.close();
    },
  };
}
