import { HotleadsError, type IssuePath } from '@hotleads/core';

/** The longest search text a ledger query accepts, in characters (docs/payments.md, "Guarantees"). */
export const SEARCH_TEXT_MAX_LENGTH = 1000;

/**
 * A case-insensitive "contains" test for `needle`, trimmed; an empty needle matches everything.
 * No regular expression is built from the text: the needle is lowercased once, each haystack is
 * lowercased and searched with `String#includes` (linear in the haystack for a bounded needle),
 * and a needle without cased characters (receipt and payment numbers: digits, dashes) is
 * searched for as it is.
 *
 * @throws HotleadsError `INVALID_REQUEST` at `path` when `needle` is longer than
 *   {@link SEARCH_TEXT_MAX_LENGTH}.
 */
export function textMatcher(needle: string, path: IssuePath = []): (haystack: string) => boolean {
  if (needle.length > SEARCH_TEXT_MAX_LENGTH)
    throw new HotleadsError('INVALID_REQUEST', `Search text may be at most ${SEARCH_TEXT_MAX_LENGTH} characters`, {
      path,
    });
  const trimmed = needle.trim();
  if (trimmed === '') return () => true;
  const lower = trimmed.toLowerCase();
  if (lower === trimmed && trimmed.toUpperCase() === trimmed) return (haystack) => haystack.includes(trimmed);
  return (haystack) => haystack.toLowerCase().includes(lower);
}
