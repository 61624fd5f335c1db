/**
 * Whether a field "has a value" for information points: 0, `false` and `{}` count;
 * null, undefined, NaN, an empty or whitespace-only string and an empty array do not.
 */
export function isPresent(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  if (typeof value === 'number') return !Number.isNaN(value);
  if (Array.isArray(value)) return value.length > 0;
  return true;
}
