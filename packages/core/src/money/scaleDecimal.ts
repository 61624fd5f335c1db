const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
const MAX_SHIFT = 400;

/**
 * @internal {@link scaleDecimal}'s answer as a number, where it is found without the decimal
 * digits: away from a half, the binary product rounds the same as the digits do (its error is far
 * below 1e-6 for |scaled| < 1e9). `undefined` for a near-half, a large or non-finite value, or a
 * shift outside 0–15: those need the digits.
 */
export function scaleNumberQuickly(value: number, shift: number): number | undefined {
  const scaled = Math.abs(value) * 10 ** shift;
  if (!(scaled < 1e9 && shift >= 0 && shift <= 15)) return undefined;
  const fraction = scaled - Math.floor(scaled);
  if (!(Math.abs(fraction - 0.5) > 1e-6)) return undefined;
  const rounded = Math.floor(scaled + 0.5);
  return value < 0 ? -rounded : rounded;
}

/**
 * @internal `value × 10^shift`, rounded half away from zero to an integer — exactly, on the
 * value's decimal digits: a string as written (`"145.505"`), a number through its shortest
 * decimal form (`0.3525`, not the binary 0.352499…), the form decimal.js would read. So rounding
 * here agrees with decimal.js's ROUND_HALF_UP. Null for anything that is not a finite decimal.
 */
export function scaleDecimal(value: number | string, shift: number): bigint | null {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    const quick = scaleNumberQuickly(value, shift);
    if (quick !== undefined) return BigInt(quick);
  } else if (typeof value !== 'string') return null;
  const m = DECIMAL.exec(typeof value === 'number' ? String(value) : value.trim());
  if (m === null) return null;
  const whole = m[2] ?? '';
  const fraction = m[3] ?? '';
  if (whole.length + fraction.length === 0) return null;
  const n = Number(m[4] ?? 0) - fraction.length + shift;
  if (n > MAX_SHIFT || n < -MAX_SHIFT) return null;
  const digits = BigInt(whole + fraction);
  let scaled: bigint;
  if (n >= 0) scaled = digits * 10n ** BigInt(n);
  else {
    const unit = 10n ** BigInt(-n);
    scaled = digits / unit;
    if ((digits % unit) * 2n >= unit) scaled += 1n;
  }
  return m[1] === '-' ? -scaled : scaled;
}
