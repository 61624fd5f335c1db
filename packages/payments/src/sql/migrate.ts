import { HotleadsError } from '@hotleads/core';
import type { SqlDriver } from './driver';
import { MIGRATIONS, type Migration } from './migrations';
import { quoteSchema } from './quoteSchema';

/** The advisory-lock key of migrations ("hlmg"): one migrator at a time, across processes and schemas. */
const MIGRATION_LOCK = 0x686c6d67;

/**
 * Applies the pending migrations to `schema`, in order, each recorded in `schema.hotleads_migrations`,
 * in one transaction under an advisory lock: running it twice, or from two processes at once, applies
 * each migration once. Returns the versions it applied. docs/payments.md, "Migrations".
 *
 * @throws HotleadsError `INVALID_ARGUMENT` for a bad schema name; `STORE_UNAVAILABLE` when the
 *   database refuses a migration (e.g. PGlite opened without the `pg_trgm` extension).
 */
export async function migrate(
  driver: SqlDriver,
  schema = 'hotleads',
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> {
  const s = quoteSchema(schema);
  try {
    return await driver.transaction(async (q) => {
      await q(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
      await q(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
      await q(`CREATE SCHEMA IF NOT EXISTS ${s}`);
      await q(`SET LOCAL search_path TO ${s}, public`);
      await q(
        `CREATE TABLE IF NOT EXISTS ${s}.hotleads_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
      );
      const done = new Set(
        (await q(`SELECT version FROM ${s}.hotleads_migrations`)).map((r) => Number(r.version as number)),
      );
      const applied: number[] = [];
      for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
        if (done.has(m.version)) continue;
        for (const statement of m.sql.replaceAll('{s}', s).split(/;\s*\n/)) {
          if (statement.trim() !== '') await q(statement);
        }
        await q(`INSERT INTO ${s}.hotleads_migrations (version, name) VALUES ($1, $2)`, [m.version, m.name]);
        applied.push(m.version);
      }
      return applied;
    });
  } catch (e) {
    if (e instanceof HotleadsError) throw e;
    throw new HotleadsError('STORE_UNAVAILABLE', 'The database refused a migration', { cause: e });
  }
}
