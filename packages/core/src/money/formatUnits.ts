import { currencyOfCode } from './currencyOfCode';
import { formatMoney, moneyFormatter } from './formatMoney';
import { scaleDecimal, scaleNumberQuickly } from './scaleDecimal';

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

/**
 * @internal {@link formatUnits} for one currency code and locale, as a function of the amount:
 * the same text for every amount, with the currency and its Intl.NumberFormat looked up once (on
 * the first amount, which also throws what `formatUnits` throws for a bad code or locale) and
 * the usual amount rounded without a `bigint`.
 */
export function unitsFormatter(code: string, locale: string): (amount: number) => string {
  let resolved: { minorUnit: number; format: Intl.NumberFormat } | undefined;
  return (amount) => {
    if (resolved === undefined) {
      const text = formatUnits(amount, code, locale);
      const currency = currencyOfCode(code);
      resolved = { minorUnit: currency.minorUnit, format: moneyFormatter(currency, locale, false) };
      return text;
    }
    const minor = Number.isFinite(amount) ? scaleNumberQuickly(amount, resolved.minorUnit) : undefined;
    // What formatMoney writes for this many minor units (well under its exact-as-number bound).
    if (minor !== undefined) return resolved.format.format(minor === 0 ? 0 : minor / 10 ** resolved.minorUnit);
    return formatUnits(amount, code, locale);
  };
}
