import { currencyOfCode } from './currencyOfCode';
import { formatMoney, moneyFormatter } from './formatMoney';
import { plainMoneyWriter } from './plainMoneyWriter';
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
 * the first amount, which also throws what `formatUnits` throws for a bad code or locale), the
 * usual amount rounded without a `bigint`, and written by a {@link plainMoneyWriter} where the
 * formatter's output is plain enough for one.
 */
export function unitsFormatter(code: string, locale: string): (amount: number) => string {
  let resolved: { minorUnit: number; write: (minor: number) => string } | undefined;
  return (amount) => {
    if (resolved === undefined) {
      const text = formatUnits(amount, code, locale);
      resolved = resolve(code, locale);
      return text;
    }
    const minor = Number.isFinite(amount) ? scaleNumberQuickly(amount, resolved.minorUnit) : undefined;
    return minor === undefined ? formatUnits(amount, code, locale) : resolved.write(minor);
  };
}

/** How {@link unitsFormatter} writes a number of minor units: what formatMoney writes for it. */
function resolve(code: string, locale: string): { minorUnit: number; write: (minor: number) => string } {
  const { minorUnit } = currencyOfCode(code);
  const format = moneyFormatter(currencyOfCode(code), locale, false);
  // Well under formatMoney's exact-as-number bound, so this is its arithmetic.
  const intl = (minor: number) => format.format(minor === 0 ? 0 : minor / 10 ** minorUnit);
  return { minorUnit, write: plainMoneyWriter(format, minorUnit) ?? intl };
}
