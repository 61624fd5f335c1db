import * as z from 'zod/mini';

import type { LedgerContext } from '../ledger/context';
import type { AuditEntry } from '../store/types';
import { parseInput } from '../input/readInput';

/** What `ledger.auditTrail` returns: every entry, or those of one entity, optionally the last `limit`. */
export type AuditQuery = {
  /** Only the entries of this entity (a payment id, a credit-note number, an account number…). */
  entityId?: string;
  /** Only the newest this many entries (a whole number ≥ 0). */
  limit?: number;
};

const schema = /* @__PURE__ */ (() =>
  z.optional(z.object({ entityId: z.optional(z.string()), limit: z.optional(z.number().check(z.int(), z.gte(0))) })))();

/**
 * The audit trail in commit order, as a copy (the stored trail cannot be changed through it).
 *
 * @throws HotleadsError `INVALID_REQUEST` for a query that is not `{ entityId?, limit? }`.
 */
export async function auditTrail(ctx: LedgerContext, query?: AuditQuery): Promise<AuditEntry[]> {
  const q = parseInput(schema, query, 'INVALID_REQUEST', 'audit query');
  return [...(await ctx.store.read((tx) => tx.audit(q)))];
}
