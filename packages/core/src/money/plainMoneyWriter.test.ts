import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainMoneyWriter } from './plainMoneyWriter';

const LOCALES = ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'de-CH', 'nl-NL', 'ja-JP', 'en-IN', 'es-ES', 'ar-EG', 'hi-IN'];
const CURRENCIES: Array<[string, number]> = [
  ['USD', 2],
  ['EUR', 2],
  ['JPY', 0],
  ['KWD', 3],
  ['INR', 2],
];

function currencyFormat(locale: string, currency: string, digits: number): Intl.NumberFormat {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

describe('plainMoneyWriter', () => {
  it('writes what Intl writes, for every locale and currency it accepts (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        fc.constantFrom(...CURRENCIES),
        fc.array(fc.oneof(fc.integer({ min: -1e9 + 1, max: 1e9 - 1 }), fc.integer({ min: -999, max: 999 })), {
          minLength: 1,
          maxLength: 30,
        }),
        (locale, [currency, digits], amounts) => {
          const format = currencyFormat(locale, currency, digits);
          const write = plainMoneyWriter(format, digits);
          if (write === undefined) return;
          for (const minor of [...amounts, 0, -0, 1e9, -1e12, 0.5])
            expect(write(minor)).toBe(format.format(minor === 0 ? 0 : minor / 10 ** digits));
        },
      ),
      { seed: 16, numRuns: 300 },
    );
  });

  it('is used for plain formats and refused for grouping or digits of another kind', () => {
    expect(plainMoneyWriter(currencyFormat('en-US', 'USD', 2), 2)).toBeDefined();
    expect(plainMoneyWriter(currencyFormat('de-DE', 'EUR', 2), 2)).toBeDefined();
    // Indian grouping (12,34,567), no grouping of four digits, Arabic-Indic digits.
    expect(plainMoneyWriter(currencyFormat('en-IN', 'INR', 2), 2)).toBeUndefined();
    expect(plainMoneyWriter(currencyFormat('es-ES', 'EUR', 2), 2)).toBeUndefined();
    expect(plainMoneyWriter(currencyFormat('ar-EG', 'EGP', 2), 2)).toBeUndefined();
  });
});
