import { checkClient, type SqlDriver, type SqlQuery, type SqlRow } from './driver';

/** The part of a node-postgres client the driver uses. */
export type PgClientLike = {
  query(text: string, values?: unknown[]): Promise<{ rows: SqlRow[] }>;
  release(error?: Error | boolean): void;
};
/** The part of a node-postgres `Pool` the driver uses (`pg.Pool` fits). */
export type PgPoolLike = {
  connect(): Promise<PgClientLike>;
  query(text: string, values?: unknown[]): Promise<{ rows: SqlRow[] }>;
};

/**
 * A {@link SqlDriver} over a node-postgres `pg.Pool` the host created (docs/payments.md, "Drivers
 * and pools"). Each transaction takes a client from the pool for its duration; `close()` leaves
 * the pool open (the host calls `pool.end()`).
 *
 * @throws HotleadsError `INVALID_ARGUMENT` for something that is not a pool.
 * @example
 * const store = await createSqlStore({ driver: pgDriver(new pg.Pool({ connectionString })) });
 */
export function pgDriver(pool: PgPoolLike): SqlDriver {
  checkClient(pool, ['connect', 'query'], 'a pg.Pool');
  const run =
    (client: Pick<PgClientLike, 'query'>): SqlQuery =>
    async (text, params = []) =>
      (await client.query(text, params as unknown[])).rows;
  return {
    kind: 'pg',
    query: run(pool),
    async transaction(fn, options = {}) {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query(options.readOnly === true ? 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY' : 'BEGIN');
        try {
          const result = await fn(run(client));
          await client.query('COMMIT');
          return result;
        } catch (e) {
          await client.query('ROLLBACK').catch((rollback: unknown) => {
            broken = rollback instanceof Error ? rollback : new Error('ROLLBACK failed');
          });
          throw e;
        }
      } finally {
        client.release(broken);
      }
    },
    async open() {},
    async close() {},
  };
}
