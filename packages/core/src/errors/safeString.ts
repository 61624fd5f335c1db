/**
 * `String(value)` that never throws and never runs long: a symbol gives `Symbol(description)`,
 * an object whose `toString` throws (or a hostile Proxy, or a null-prototype object) gives
 * `[object]`, and the result is cut at `max` characters (default 200) with an ellipsis. For messages and
 * explanations that must show a value the caller gave, whatever it is.
 *
 * @example safeString(Symbol('x')) // 'Symbol(x)'
 */
export function safeString(value: unknown, max?: number): string {
  const limit = typeof max === 'number' && max >= 1 ? Math.min(max, 1e6) : 200;
  let text: string;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'symbol') text = `Symbol(${value.description ?? ''})`;
  else if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') text = String(value);
  else if (value === null || value === undefined) text = String(value);
  else {
    try {
      text = String(value);
      if (typeof text !== 'string') text = '[object]';
    } catch {
      text = '[object]';
    }
  }
  return text.length > limit ? `${text.slice(0, Math.ceil(limit) - 1)}…` : text;
}
