/**
 * A currency: its ISO 4217 code and how many decimals its minor unit has (2 for USD, 0 for JPY,
 * 3 for KWD). Every amount of a ledger is rounded half-up to `minorUnit` decimals.
 */
export type Currency = {
  /** ISO 4217 code, e.g. `"USD"`. */
  code: string;
  /** Decimals of the minor unit, 0..6. */
  minorUnit: number;
};

/** US dollars, the default currency. */
export const USD: Currency = Object.freeze({ code: 'USD', minorUnit: 2 });
