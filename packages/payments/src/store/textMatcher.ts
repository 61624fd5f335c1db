import { HotleadsError, type IssuePath } from '@hotleads/core';

/** The longest search text a ledger query accepts, in characters (docs/payments.md, "Guarantees"). */
export const SEARCH_TEXT_MAX_LENGTH = 1000;

/** The only characters outside ASCII whose lowercase starts with an ASCII letter: İ → i̇, K (Kelvin) → k. */
const NON_ASCII_PREIMAGE: Record<string, string> = { i: '\u0130', k: '\u212A' };

/**
 * A case-insensitive "contains" test for `needle`, trimmed; an empty needle matches everything.
 * It means `haystack.toLowerCase().includes(needle.toLowerCase())`, computed without building a
 * regular expression from the text, in time linear in the haystack for a bounded needle:
 * - a needle without cased characters (receipt and payment numbers: digits, dashes) is searched
 *   for as it is;
 * - otherwise a haystack is lowercased only when it holds a character that lowercases to the
 *   needle's first one (for an ASCII first character those are few and known), so most
 *   haystacks of a large scan are rejected by one or two `indexOf` calls without allocating.
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
  const first = lower.charCodeAt(0);
  if (first >= 128) return (haystack) => haystack.toLowerCase().includes(lower);
  if (lower === trimmed.toUpperCase()) return (haystack) => haystack.includes(lower);
  const isLetter = first >= 97 && first <= 122;
  if (!isLetter) return (haystack) => haystack.indexOf(lower[0]!) !== -1 && haystack.toLowerCase().includes(lower);
  const a = lower[0]!;
  const b = a.toUpperCase();
  const c = NON_ASCII_PREIMAGE[a];
  return (haystack) =>
    (haystack.indexOf(a) !== -1 || haystack.indexOf(b) !== -1 || (c !== undefined && haystack.indexOf(c) !== -1)) &&
    haystack.toLowerCase().includes(lower);
}
