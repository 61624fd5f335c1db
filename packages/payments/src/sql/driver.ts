import { HotleadsError } from '@hotleads/core';

/** One row of a result, by column name. */
export type SqlRow = Record<string, unknown>;

/** Runs one statement with positional parameters (`$1`, `$2`…) and returns its rows. */
export type SqlQuery = (text: string, params?: readonly unknown[]) => Promise<SqlRow[]>;

/**
 * The seam between the SQL store and a PostgreSQL client (docs/payments.md, "Drivers and pools"):
 * three methods, so the store holds one implementation for node-postgres and PGlite. Build one
 * with `pgDriver(pool)` or `pgliteDriver(db)`; the store imports neither client.
 */
export interface SqlDriver {
  /** `pg` or `pglite`: PGlite has one connection, so the store skips what only several need. */
  readonly kind: 'pg' | 'pglite';
  /** Runs a statement outside a transaction. */
  query: SqlQuery;
  /**
   * Runs `fn` in one transaction on one connection: `BEGIN`, then `COMMIT`, or `ROLLBACK` and the
   * error rethrown. `readOnly` asks for a read-only snapshot (`REPEATABLE READ READ ONLY`).
   */
  transaction<T>(fn: (query: SqlQuery) => Promise<T>, options?: { readOnly?: boolean }): Promise<T>;
  /** Takes what the driver needs before first use (PGlite: the data-directory lock). */
  open(): Promise<void>;
  /** Releases what the driver took; the host's own client stays open (the host ends it). */
  close(): Promise<void>;
}

/**
 * Reads an integer column: node-postgres returns int8 as a string, PGlite as a number (or a bigint
 * past 2^53), count(*) as either. Internal.
 */
export function int(value: unknown): number {
  return typeof value === 'number' ? value : Number(value as string | bigint);
}

/** Reads an integer column as a bigint, exactly. Internal. */
export function big(value: unknown): bigint {
  if (value === null || value === undefined) return 0n;
  return typeof value === 'bigint' ? value : BigInt(value as string | number);
}

/** A PostgreSQL error as the drivers raise it: an Error with a five-character SQLSTATE `code`. */
export function sqlState(e: unknown): string | undefined {
  const code = e instanceof Error ? (e as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/** Refuses a client that does not have the methods a driver calls. Internal. */
export function checkClient(value: unknown, methods: readonly string[], what: string): void {
  const ok =
    value !== null &&
    typeof value === 'object' &&
    methods.every((m) => typeof (value as Record<string, unknown>)[m] === 'function');
  if (!ok)
    throw new HotleadsError('INVALID_ARGUMENT', `Expected ${what} with ${methods.join(', ')} methods`, {
      path: ['client'],
    });
}
