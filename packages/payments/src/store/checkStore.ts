import * as z from 'zod/mini';
import { HotleadsError, type IssuePath } from '@hotleads/core';
import type { LedgerStore } from './types';
import { parseInput } from '../input/readInput';

const method = (name: string) =>
  z.custom<(...args: never[]) => unknown>((v) => typeof v === 'function', { message: `${name} must be a function` });
const storeShape = /* @__PURE__ */ (() => z.object({ read: method('read'), transaction: method('transaction') }))();

/**
 * Checks that `value` has a {@link LedgerStore}'s shape (`read` and `transaction` methods, own
 * or inherited), so a bad store is refused where it is given, not on its first use. Only
 * checks: the caller keeps the store object itself, its methods bound to it.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` at `path` (`store.read`, `store.transaction`).
 */
export function checkStore(value: unknown, path: IssuePath): asserts value is LedgerStore {
  if (value === null || typeof value !== 'object')
    throw new HotleadsError('INVALID_ARGUMENT', 'Expected a LedgerStore { read, transaction }', { path });
  try {
    parseInput(storeShape, value, 'INVALID_ARGUMENT', 'store');
  } catch (e) {
    throw HotleadsError.wrap(e, path);
  }
}
