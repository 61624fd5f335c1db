import { unreadable } from '../errors/unreadable';
import { HotleadsError, type IssuePath } from '../errors/HotleadsError';
import { CURRENCY_CODE, MAX_MINOR_UNIT, type Currency } from './currency';

/**
 * Checks that `value` is a {@link Currency}: a three-letter ISO 4217 code and an integer
 * `minorUnit` from 0 to {@link MAX_MINOR_UNIT}. The same rules as {@link currencySchema}.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` at `path` (or below it) otherwise.
 * @example assertCurrency({ code: 'JPY', minorUnit: 0 }, ['currency'])
 */
export function assertCurrency(value: unknown, path: IssuePath = []): asserts value is Currency {
  if (typeof value !== 'object' || value === null)
    throw new HotleadsError('INVALID_ARGUMENT', 'Expected a currency such as { code: "USD", minorUnit: 2 }', { path });
  let code: unknown, minorUnit: unknown;
  try {
    ({ code, minorUnit } = value as Record<string, unknown>);
  } catch (error) {
    throw unreadable(error, 'INVALID_ARGUMENT', path);
  }
  const at = Array.isArray(path) ? path : [];
  if (typeof code !== 'string' || !CURRENCY_CODE.test(code))
    throw new HotleadsError('INVALID_ARGUMENT', 'Currency code must be three capital letters (ISO 4217)', {
      path: [...at, 'code'],
    });
  if (typeof minorUnit !== 'number' || !Number.isInteger(minorUnit) || minorUnit < 0 || minorUnit > MAX_MINOR_UNIT)
    throw new HotleadsError('INVALID_ARGUMENT', `Currency minorUnit must be an integer from 0 to ${MAX_MINOR_UNIT}`, {
      path: [...at, 'minorUnit'],
    });
}
