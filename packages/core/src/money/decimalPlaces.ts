/** @internal How many decimals a finite number's shortest decimal form has: 0.441 → 3, 1.5e-7 → 8, 1e21 → 0. */
export function decimalPlaces(value: number): number {
  const text = String(value);
  const e = text.indexOf('e');
  const mantissa = e < 0 ? text : text.slice(0, e);
  const dot = mantissa.indexOf('.');
  const places = (dot < 0 ? 0 : mantissa.length - dot - 1) - (e < 0 ? 0 : Number(text.slice(e + 1)));
  return Math.max(0, places);
}
