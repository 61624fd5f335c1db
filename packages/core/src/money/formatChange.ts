import { scaleDecimal } from './scaleDecimal';
import { signedPercent } from './signedPercent';

/**
 * A change ratio as a signed percent with one decimal, rounded half away from zero on the
 * ratio's decimal digits: 0.125 → "+12.5%", −0.03 → "−3.0%", 0 → "0.0%"; "—" when there is no
 * base to compare with (null).
 *
 * @example formatChange(0.14) // "+14.0%"
 */
export function formatChange(ratio: number | null): string {
  const tenths = ratio === null ? null : scaleDecimal(ratio, 3);
  return tenths === null ? '—' : signedPercent(tenths);
}
