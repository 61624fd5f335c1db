import { HotleadsError } from '@hotleads/core';
import { checkCatalog } from '../catalog/checkCatalog';
import { findFact } from '../catalog/findFact';
import { ARGUMENT_MESSAGES, readOptions } from '../input/options';
import { HOURS_SINCE_PREFIX } from '../catalog/factCatalog';
import type { FactDefinition } from '../catalog/types';

/** Options of {@link formatConditionValue}. */
export type FormatConditionValueOptions = {
  /** BCP 47 locale of the numbers (default `'en-US'`). */
  locale?: string;
  /** The catalog that labels a fact a value refers to (default `factCatalog`). */
  catalog?: readonly FactDefinition[];
};

/**
 * Facts whose number is a duration in hours (`hoursUntouched`, `hoursSince.<event type>`): the
 * builder edits them in hours or days, and {@link formatConditionValue} writes them that way.
 */
export function isDurationFact(id: string): boolean {
  return typeof id === 'string' && (id === 'hoursUntouched' || id.startsWith(HOURS_SINCE_PREFIX));
}

const HOURS_PER_DAY = 24;
/** The most list elements written out. */
const MAX_LIST = 50;

/**
 * A condition's value, or the fact's value the operator saw, as an explanation shows it
 * (docs/rules.md, "Preview"): a number with at most two decimals in the locale's digits; a
 * duration fact's hours as hours, or as days from two days on (one decimal: `553.06` → `'23 days'`,
 * `60` → `'2.5 days'`); a list
 * joined by commas; a fact reference by its catalog label in braces; a missing value as
 * `undefined`, for the caller to name.
 *
 * @param factId the fact the value belongs to (it decides the duration wording).
 * @throws HotleadsError `INVALID_ARGUMENT` for a locale that is not a BCP 47 tag (path
 *   `['options', 'locale']`), options that are not an object; `INVALID_CATALOG` for a bad catalog.
 * @example formatConditionValue(553.0585, 'hoursUntouched') // '23 days'
 * @example formatConditionValue(5000, 'budget') // '5,000'
 */
export function formatConditionValue(
  value: unknown,
  factId: string,
  options: FormatConditionValueOptions = {},
): string | undefined {
  const o = readOptions(options, ['locale', 'catalog']);
  const locale = readLocale(o.locale);
  const catalog = checkCatalog(o.catalog as readonly FactDefinition[] | undefined);
  return format(value, factId, locale, catalog);
}

/**
 * A `locale` option: absent reads as `'en-US'`.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` (path `['options', 'locale']`) for a value that is not a BCP 47 tag.
 */
export function readLocale(value: unknown): string {
  if (value === undefined) return 'en-US';
  try {
    if (typeof value === 'string') {
      Intl.NumberFormat.supportedLocalesOf(value); // throws a RangeError for a tag that is not one
      return value;
    }
  } catch {
    // an invalid tag: refused below
  }
  throw new HotleadsError('INVALID_ARGUMENT', ARGUMENT_MESSAGES.locale, { path: ['options', 'locale'] });
}

function format(
  value: unknown,
  factId: string,
  locale: string,
  catalog: readonly FactDefinition[],
  seen: Set<unknown> = new Set(),
): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) {
    if (seen.has(value)) return '…'; // a list that holds itself
    seen.add(value);
    // One level: a list's lists and objects are not condition values, and are shown as '…'.
    return value
      .slice(0, MAX_LIST)
      .map((v) => (typeof v === 'object' && v !== null ? '…' : (format(v, factId, locale, catalog, seen) ?? '')))
      .join(', ');
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return String(value);
    if (isDurationFact(factId)) {
      const days = value / HOURS_PER_DAY;
      const inDays = Math.abs(days) >= 2;
      const n = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(inDays ? days : value);
      return `${n} ${inDays ? 'days' : Math.abs(value) === 1 ? 'hour' : 'hours'}`;
    }
    return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  }
  if (typeof value === 'object') {
    try {
      const fact = Object.hasOwn(value, 'fact') ? (value as { fact?: unknown }).fact : undefined;
      if (typeof fact === 'string') return `{${findFact(catalog, fact)?.label ?? fact}}`;
      return '…'; // another object: not a value a condition compares
    } catch {
      return '…'; // a getter that throws, a cycle or a bigint inside: no JSON
    }
  }
  return typeof value === 'symbol' ? value.toString() : String(value);
}
