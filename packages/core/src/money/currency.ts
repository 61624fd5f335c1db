/**
 * A currency: its ISO 4217 code and the exponent of its minor unit, i.e. how many decimals an
 * amount has (2 for USD, 0 for JPY, 3 for KWD and BHD). Every amount hotleads sums is an integer
 * of minor units of one currency (`14550` USD is $145.50), as in dinero.js.
 *
 * @example const yen: Currency = { code: 'JPY', minorUnit: 0 };
 */
export type Currency = {
  /** ISO 4217 code, three capital letters, e.g. `"USD"`. */
  readonly code: string;
  /** Decimals of the minor unit, an integer from 0 to {@link MAX_MINOR_UNIT}. */
  readonly minorUnit: number;
};

/** The largest `minorUnit` a {@link Currency} may have (ISO 4217 uses 0 to 4). */
export const MAX_MINOR_UNIT = 6;

/** @internal The shape of an ISO 4217 code. */
export const CURRENCY_CODE = /^[A-Z]{3}$/;
