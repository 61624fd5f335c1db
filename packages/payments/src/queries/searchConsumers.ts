import * as z from 'zod/mini';
import { HotleadsError } from '@hotleads/core';
import type { LedgerContext } from '../ledger/context';
import { toConsumer, type Consumer } from '../ledger/views';
import { textMatcher } from '../store/textMatcher';
import { parseInput } from '../input/readInput';

/** Options of `ledger.searchConsumers`. */
export type ConsumerSearchOptions = {
  /** At most this many consumers (default 20, at most 10,000). */
  limit?: number;
};

const optionsSchema = /* @__PURE__ */ (() =>
  z.optional(z.object({ limit: z.optional(z.number().check(z.int(), z.gte(1), z.lte(10_000))) })))();

/**
 * Consumers whose name or account number contains `text` (case-insensitive, at most
 * `SEARCH_TEXT_MAX_LENGTH` characters; empty matches all), by name then account number (code-unit
 * order, the same in every store). The store answers it (`LedgerReadTx.searchConsumers`).
 *
 * @throws HotleadsError `INVALID_REQUEST` for text that is not a string or too long, or bad options.
 */
export async function searchConsumers(
  ctx: LedgerContext,
  text: string,
  options?: ConsumerSearchOptions,
): Promise<Consumer[]> {
  if (typeof text !== 'string')
    throw new HotleadsError('INVALID_REQUEST', 'Search text must be a string', { path: ['text'] });
  const o = parseInput(optionsSchema, options, 'INVALID_REQUEST', 'consumer search options');
  textMatcher(text, ['text']); // checks the length
  const found = await ctx.store.read((tx) => tx.searchConsumers(text.trim().toLowerCase(), o?.limit ?? 20));
  return found.map((c) => toConsumer(c, ctx.settings.currency));
}
