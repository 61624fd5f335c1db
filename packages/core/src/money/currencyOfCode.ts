import { HotleadsError, type IssuePath } from '../errors/HotleadsError';
import type { Currency } from './currency';

const byCode = /* @__PURE__ */ (() => new Map<string, Currency>())();

/**
 * @internal The {@link Currency} of an ISO 4217 code given as a plain string (a scoring model's
 * `format.currency`, an alert option), with the minor unit Intl.NumberFormat uses for it.
 */
export function currencyOfCode(code: string, path: IssuePath = ['currency']): Currency {
  let currency = byCode.get(code);
  if (currency === undefined) {
    if (typeof code !== 'string')
      throw new HotleadsError('INVALID_ARGUMENT', 'Expected an ISO 4217 currency code such as USD', { path });
    let minorUnit: number;
    try {
      minorUnit = new Intl.NumberFormat('en-US', { style: 'currency', currency: code }).resolvedOptions()
        .maximumFractionDigits!;
    } catch (cause) {
      throw new HotleadsError('INVALID_ARGUMENT', 'Expected an ISO 4217 currency code such as USD', { path, cause });
    }
    currency = Object.freeze({ code: code.toUpperCase(), minorUnit });
    byCode.set(code, currency);
  }
  return currency;
}
