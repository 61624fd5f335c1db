import { findFact } from '../catalog/findFact';
import { factCatalog, HOURS_SINCE_PREFIX } from '../catalog/factCatalog';
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
  return id === 'hoursUntouched' || id.startsWith(HOURS_SINCE_PREFIX);
}

const HOURS_PER_DAY = 24;

/**
 * A condition's value, or the fact's value the operator saw, as an explanation shows it
 * (docs/rules.md, "Preview"): a number with at most two decimals in the locale's digits; a
 * duration fact's hours as hours, or as days from two days on (one decimal: `553.06` → `'23 days'`,
 * `60` → `'2.5 days'`); a list
 * joined by commas; a fact reference by its catalog label in braces; a missing value as
 * `undefined`, for the caller to name.
 *
 * @param factId the fact the value belongs to (it decides the duration wording).
 * @example formatConditionValue(553.0585, 'hoursUntouched') // '23 days'
 * @example formatConditionValue(5000, 'budget') // '5,000'
 */
export function formatConditionValue(
  value: unknown,
  factId: string,
  options: FormatConditionValueOptions = {},
): string | undefined {
  const locale = options.locale ?? 'en-US';
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value.map((v) => formatConditionValue(v, factId, options) ?? String(v)).join(', ');
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
    const fact = (value as { fact?: unknown }).fact;
    if (typeof fact === 'string') return `{${findFact(options.catalog ?? factCatalog, fact)?.label ?? fact}}`;
    return JSON.stringify(value);
  }
  return String(value);
}
