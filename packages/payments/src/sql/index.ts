// @hotleads/payments/sql — the ledger on PostgreSQL or PGlite (docs/payments.md, "The SQL store").
//
// Audience: a host that keeps its ledger in a database. It passes its own client through a
// driver: `pgDriver(pool)` for a node-postgres `pg.Pool`, `pgliteDriver(db)` for PGlite. This
// entry imports neither client (both are optional peer dependencies).

// The store
export { createSqlStore } from './createSqlStore';
export type { SqlStore, SqlStoreOptions } from './createSqlStore';
export { migrate } from './migrate';
export { MIGRATIONS } from './migrations';
export type { Migration } from './migrations';

// Drivers
export { pgDriver } from './pgDriver';
export type { PgClientLike, PgPoolLike } from './pgDriver';
export { pgliteDriver, lockPgliteDirectory } from './pgliteDriver';
export type { PgliteDirectoryLock, PgliteDriverOptions, PgliteLike } from './pgliteDriver';
export type { SqlDriver, SqlQuery, SqlRow } from './driver';

// Rule and distribution state
export { createSqlStateStore } from './createSqlStateStore';
