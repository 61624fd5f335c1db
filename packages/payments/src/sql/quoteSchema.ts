import { HotleadsError } from '@hotleads/core';

/**
 * Quotes a schema name for SQL. Only lowercase letters, digits and `_` (starting with a letter or
 * `_`, at most 63 characters) are accepted, so a name is never SQL.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` at `schema`.
 */
export function quoteSchema(name: string): string {
  if (typeof name !== 'string' || !/^[a-z_][a-z0-9_]{0,62}$/.test(name))
    throw new HotleadsError('INVALID_ARGUMENT', 'A schema name is lowercase letters, digits and _ (at most 63)', {
      path: ['schema'],
    });
  return `"${name}"`;
}
