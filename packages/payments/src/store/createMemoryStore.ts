import { HotleadsError } from '@hotleads/core';
import type { AccountCollection, AuditEntry, AuditInput, CollectionName, LedgerCollections, LedgerReadTx, LedgerStore, LedgerWriteTx } from './types';

const COLLECTIONS: CollectionName[] = ['consumers', 'bills', 'serviceCharges', 'plans', 'payments', 'creditNotes', 'idempotency'];

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

/**
 * An in-memory {@link LedgerStore}. A transaction buffers its writes, sequence draws and audit
 * entries and applies them together at commit, so a failing transaction leaves nothing behind and
 * consumes no number. Reads see committed data plus the transaction's own writes (read committed).
 * Like a unique index on numbers, a commit fails with `CONFLICT` when another transaction
 * committed a draw from the same sequence after this one drew.
 */
export function createMemoryStore(): MemoryStore {
  const data = new Map<CollectionName, Map<string, AnyRecord>>(COLLECTIONS.map((c) => [c, new Map()]));
  const byAccount = new Map<CollectionName, Map<string, Set<string>>>(COLLECTIONS.map((c) => [c, new Map()]));
  const sequences = new Map<string, number>();
  const audit: AuditEntry[] = [];

  const committed = (c: CollectionName) => data.get(c)!;

  function index(c: CollectionName, record: AnyRecord): void {
    if (record.accountNumber === undefined) return;
    const idx = byAccount.get(c)!;
    let ids = idx.get(record.accountNumber);
    if (ids === undefined) idx.set(record.accountNumber, (ids = new Set()));
    ids.add(record.id);
  }

  function reader(overlay?: Map<CollectionName, Map<string, AnyRecord>>, seqOverlay?: Map<string, { base: number | undefined; value: number }>): LedgerReadTx {
    return {
      async get(collection, id) {
        const own = overlay?.get(collection)?.get(id);
        return (own ?? committed(collection).get(id)) as never;
      },
      async list(collection) {
        const base = committed(collection);
        const own = overlay?.get(collection);
        if (own === undefined || own.size === 0) return Array.from(base.values()) as never;
        const out: AnyRecord[] = [];
        for (const [id, r] of base) out.push(own.get(id) ?? r);
        for (const [id, r] of own) if (!base.has(id)) out.push(r);
        return out as never;
      },
      async listByAccount(collection: AccountCollection, accountNumber: string) {
        const base = committed(collection);
        const own = overlay?.get(collection);
        const out: AnyRecord[] = [];
        const ids = byAccount.get(collection)!.get(accountNumber);
        if (ids !== undefined) for (const id of ids) out.push(own?.get(id) ?? base.get(id)!);
        if (own !== undefined) for (const [id, r] of own) if (!base.has(id) && r.accountNumber === accountNumber) out.push(r);
        return out as never;
      },
      async currentSequence(name) {
        return seqOverlay?.get(name)?.value ?? sequences.get(name);
      },
      async audit(query = {}) {
        let rows = query.entityId === undefined ? audit : audit.filter((e) => e.entityId === query.entityId);
        if (query.limit !== undefined) rows = rows.slice(Math.max(0, rows.length - query.limit));
        return rows.slice();
      },
    };
  }

  return {
    async read(fn) {
      return fn(reader());
    },
    async transaction(fn) {
      const overlay = new Map<CollectionName, Map<string, AnyRecord>>();
      const seqOverlay = new Map<string, { base: number | undefined; value: number }>();
      const audits: AuditInput[] = [];
      const r = reader(overlay, seqOverlay);
      const tx: LedgerWriteTx = {
        ...r,
        async put(collection, record) {
          const rec = record as AnyRecord;
          if (typeof rec.id !== 'string' || rec.id === '') throw new HotleadsError('INVALID_ARGUMENT', 'A stored record needs a string id');
          let own = overlay.get(collection);
          if (own === undefined) overlay.set(collection, (own = new Map()));
          own.set(rec.id, rec);
        },
        async nextSequence(name, start) {
          const entry = seqOverlay.get(name);
          if (entry !== undefined) {
            entry.value += 1;
            return entry.value;
          }
          const base = sequences.get(name);
          const value = base === undefined ? start : base + 1;
          seqOverlay.set(name, { base, value });
          return value;
        },
        async appendAudit(entry) {
          audits.push(entry);
        },
      };
      const result = await fn(tx);
      // Commit: check, then apply everything synchronously (atomic for other callers).
      for (const [name, { base }] of seqOverlay) {
        if (sequences.get(name) !== base) throw new HotleadsError('CONFLICT', 'A number was drawn by a concurrent transaction; retry the write');
      }
      for (const [name, { value }] of seqOverlay) sequences.set(name, value);
      for (const [collection, own] of overlay) {
        const base = committed(collection);
        for (const [id, rec] of own) {
          base.set(id, rec);
          index(collection, rec);
        }
      }
      for (const entry of audits) audit.push({ ...entry, seq: audit.length + 1 });
      return result;
    },
    dump() {
      const collections = Object.fromEntries(COLLECTIONS.map((c) => [c, Array.from(committed(c).values())])) as MemoryStoreDump['collections'];
      return structuredClone({ collections, sequences: Object.fromEntries(sequences), audit });
    },
  };
}
