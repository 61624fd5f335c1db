/**
 * A case-insensitive "contains" test for `needle` (a regular expression with the `i` flag, which
 * is several times faster than lowercasing every haystack on large scans). An empty needle
 * matches everything.
 */
export function textMatcher(needle: string): (haystack: string) => boolean {
  const trimmed = needle.trim();
  if (trimmed === '') return () => true;
  const re = new RegExp(trimmed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
  return (haystack) => re.test(haystack);
}
