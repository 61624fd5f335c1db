/**
 * Whether a field "has a value" for information points: 0, `false` and `{}` count;
 * null, undefined, NaN, an empty or whitespace-only string and an empty array do not.
 */
export function isPresent(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return !isBlank(value);
  if (typeof value === 'number') return !Number.isNaN(value);
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** True for '' and strings of only whitespace, without allocating (unlike `trim`). */
export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Fast path: any printable ASCII character other than space.
    if (c > 32 && c < 127) return false;
    if (!WHITESPACE.test(text[i]!)) return false;
  }
  return true;
}

const WHITESPACE = /\s/;
