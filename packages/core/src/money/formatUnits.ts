import { currencyOfCode } from './currencyOfCode';
import { formatMoney } from './formatMoney';
import { scaleDecimal } from './scaleDecimal';

/**
 * @internal A host's figure in currency units — a lead's balance, an event's value — as money in
 * the currency of an ISO 4217 code: `formatUnits(240, 'USD', 'en-US')` is `"$240.00"`. Lead data
 * is the host's own and is never refused here: any finite number is shown, rounded half away
 * from zero to the currency's minor unit.
 */
export function formatUnits(amount: number, code: string, locale: string): string {
  const currency = currencyOfCode(code);
  return formatMoney(scaleDecimal(amount, currency.minorUnit) ?? 0n, currency, { locale });
}
