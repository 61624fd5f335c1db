/**
 * @internal An integer of `decimals`-th parts as a fixed-decimal string: `fixedPoint(14550, 2)`
 * is `"145.50"`, `fixedPoint(-5n, 1)` is `"-0.5"`. Exact: digits only, no floating point.
 */
export function fixedPoint(int: number | bigint, decimals: number): string {
  const negative = int < 0;
  const digits =
    typeof int === 'number' && Number.isSafeInteger(int)
      ? String(negative ? -int : int)
      : (negative ? -BigInt(int) : BigInt(int)).toString();
  if (decimals === 0) return (negative ? '-' : '') + digits;
  const padded = digits.padStart(decimals + 1, '0');
  return `${negative ? '-' : ''}${padded.slice(0, -decimals)}.${padded.slice(-decimals)}`;
}
