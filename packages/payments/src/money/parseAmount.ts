import { assertCurrency, HotleadsError, type Currency, type IssuePath } from '@hotleads/core';
import { readOptions, readPath, unreadableInput } from '../input/readInput';
import { Dec } from './decimal';

/** An amount as it enters the library: a decimal string (`"145.50"`) or a number (`145.5`). */
export type Amount = string | number;

/** Options for {@link parseAmount}. */
export type ParseAmountOptions = {
  /** Where the amount sits in the request, for the error's path. */
  path?: IssuePath;
  /** Accept zero (default false: amounts must be > 0). */
  allowZero?: boolean;
  /** Accept negative amounts (default false). */
  allowNegative?: boolean;
};

type Resolved = { path: IssuePath; allowZero: boolean; allowNegative: boolean };
const NO_OPTIONS: Resolved = { path: [], allowZero: false, allowNegative: false };

function readAmountOptions(options: unknown): Resolved {
  const o = readOptions(options, ['path', 'allowZero', 'allowNegative']);
  for (const flag of ['allowZero', 'allowNegative'] as const)
    if (o[flag] !== undefined && typeof o[flag] !== 'boolean')
      throw new HotleadsError('INVALID_ARGUMENT', `${flag} must be true or false`, { path: [flag] });
  return { path: readPath(o.path), allowZero: o.allowZero === true, allowNegative: o.allowNegative === true };
}

const DECIMAL_STRING = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
// Plain non-negative decimals of at most 15 digits: converted by digit concatenation, which is
// exact (no arithmetic at all); everything else goes through decimal.js.
const PLAIN = /^(\d{1,13})(?:\.(\d{0,6}))?$/;

/**
 * Parses an input amount into integer minor units (`"145.50"` → `14550` for USD).
 *
 * Numbers are read through their shortest decimal representation, so `0.1 + 0.2` arrives as
 * `0.30000000000000004` and is refused. An amount with more decimals than the currency allows is
 * refused, never rounded: only computed values are rounded.
 *
 * @throws HotleadsError `INVALID_AMOUNT` for a non-numeric, non-finite, too precise, zero or
 *   negative (unless allowed) or unsafe amount; `INVALID_ARGUMENT` for a currency or options that
 *   do not parse.
 * @example parseAmount('145.50', USD) // 14550
 */
export function parseAmount(value: unknown, currency: Currency, options?: ParseAmountOptions): number {
  try {
    assertCurrency(currency, ['currency']);
  } catch (error) {
    throw unreadableInput(error, 'INVALID_ARGUMENT', ['currency']);
  }
  const o = options === undefined ? NO_OPTIONS : readAmountOptions(options);
  const path = o.path;
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new HotleadsError('INVALID_AMOUNT', 'Amount must be a finite number', { path });
    text = String(value);
  } else if (typeof value === 'string') {
    text = value.trim();
    const plain = PLAIN.exec(text);
    const minor =
      plain !== null && (plain[2] ?? '').length <= currency.minorUnit
        ? Number(plain[1]! + (plain[2] ?? '').padEnd(currency.minorUnit, '0'))
        : Number.NaN;
    if (Number.isSafeInteger(minor)) {
      if (minor === 0 && !o.allowZero)
        throw new HotleadsError('INVALID_AMOUNT', 'Amount must be greater than zero', { path });
      return minor;
    }
    if (!DECIMAL_STRING.test(text))
      throw new HotleadsError('INVALID_AMOUNT', 'Amount must be a decimal number such as "145.50"', { path });
  } else {
    throw new HotleadsError('INVALID_AMOUNT', 'Amount must be a string or a number', { path });
  }
  const decimal = new Dec(text);
  if (decimal.decimalPlaces() > currency.minorUnit) {
    throw new HotleadsError('INVALID_AMOUNT', 'Amount has more decimals than the currency allows', { path });
  }
  if (decimal.isNegative() && !decimal.isZero() && !o.allowNegative) {
    throw new HotleadsError('INVALID_AMOUNT', 'Amount must not be negative', { path });
  }
  if (decimal.isZero() && !o.allowZero)
    throw new HotleadsError('INVALID_AMOUNT', 'Amount must be greater than zero', { path });
  const minor = decimal.times(new Dec(10).pow(currency.minorUnit));
  const result = minor.toNumber();
  if (!Number.isSafeInteger(result)) throw new HotleadsError('INVALID_AMOUNT', 'Amount is too large', { path });
  return result === 0 ? 0 : result;
}
