import { format as formatPattern } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import { HotleadsError, isIanaTimeZone, type Time } from '@hotleads/core';
import { readOptions } from '../input/readInput';
import { isDateString, type DateString } from '../calendar/dateString';
import { readInstant } from '../calendar/readInstant';

/** Options of {@link formatPaymentDate}. */
export type FormatPaymentDateOptions = {
  /** The zone of the wall clock shown: the ledger's `settings.timeZone`. */
  timeZone: string;
  /** BCP 47 locale (default `en-US`); used with `dateStyle` / `timeStyle`. */
  locale?: string;
  /** Intl's date style (default `medium`: `Apr 20, 2025`). */
  dateStyle?: 'full' | 'long' | 'medium' | 'short';
  /** Intl's time style for an instant (default none: the date alone). */
  timeStyle?: 'full' | 'long' | 'medium' | 'short';
  /**
   * A date-fns pattern instead of the styles (`'yyyy-MM-dd HH:mm'`, `'d MMM yyyy'`), written in
   * English; see date-fns' `format`. Tokens that need a locale other than English are not offered.
   */
  pattern?: string;
};

const STYLES = ['full', 'long', 'medium', 'short'];
const formats = /* @__PURE__ */ (() => new Map<string, Intl.DateTimeFormat>())();

function intl(locale: string, timeZone: string, dateStyle: string, timeStyle: string | undefined) {
  const key = `${locale}|${timeZone}|${dateStyle}|${timeStyle ?? ''}`;
  let f = formats.get(key);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat(locale, {
        timeZone,
        dateStyle: dateStyle as Intl.DateTimeFormatOptions['dateStyle'],
        timeStyle: timeStyle as Intl.DateTimeFormatOptions['timeStyle'],
      });
    } catch (cause) {
      throw new HotleadsError('INVALID_ARGUMENT', 'Expected a BCP 47 locale such as en-US', {
        path: ['locale'],
        cause,
      });
    }
    if (formats.size >= 256) formats.clear();
    formats.set(key, f);
  }
  return f;
}

/**
 * Formats a time or calendar date the ledger returned, on the wall clock of `timeZone` (the
 * ledger's `settings.timeZone`, never the machine's): an instant (`'2025-04-20T14:30:00.000Z'`,
 * epoch ms, a Date) shows the date, and the time when `timeStyle` is given, in that zone; a
 * calendar date (`'2026-04-20'`, a due or expiry date) shows that date as it is, in any zone,
 * without a time. With `pattern`, date-fns writes it instead of Intl.
 *
 * @throws HotleadsError `INVALID_TIME` for a value that is neither a time nor a `YYYY-MM-DD`
 *   date; `INVALID_ARGUMENT` for a bad zone, locale, style or pattern.
 * @example formatPaymentDate('2025-04-21T02:00:00Z', { timeZone: 'America/New_York' }) // 'Apr 20, 2025'
 */
export function formatPaymentDate(value: Time | DateString, options: FormatPaymentDateOptions): string {
  const o = readOptions(options, ['timeZone', 'locale', 'dateStyle', 'timeStyle', 'pattern']);
  if (!isIanaTimeZone(o.timeZone))
    throw new HotleadsError('INVALID_ARGUMENT', 'Expected an IANA time zone such as America/Chicago', {
      path: ['timeZone'],
    });
  for (const style of ['dateStyle', 'timeStyle'] as const)
    if (o[style] !== undefined && !STYLES.includes(o[style] as string))
      throw new HotleadsError('INVALID_ARGUMENT', 'A style must be full, long, medium or short', { path: [style] });
  if (o.locale !== undefined && typeof o.locale !== 'string')
    throw new HotleadsError('INVALID_ARGUMENT', 'Expected a BCP 47 locale such as en-US', { path: ['locale'] });
  if (o.pattern !== undefined && (typeof o.pattern !== 'string' || o.pattern === ''))
    throw new HotleadsError('INVALID_ARGUMENT', 'A pattern must be a non-empty date-fns format string', {
      path: ['pattern'],
    });
  const calendar = isDateString(value);
  // A calendar date is shown as written: read at UTC midnight, written in UTC.
  const ms = calendar ? Date.parse(`${value}T00:00:00Z`) : readInstant(value, []);
  const zone = calendar ? 'UTC' : (o.timeZone as string);
  if (o.pattern !== undefined) {
    try {
      return formatPattern(new TZDate(ms, zone), o.pattern as string);
    } catch (cause) {
      throw new HotleadsError('INVALID_ARGUMENT', 'A pattern must be a non-empty date-fns format string', {
        path: ['pattern'],
        cause,
      });
    }
  }
  const timeStyle = calendar ? undefined : (o.timeStyle as string | undefined);
  return intl(
    (o.locale as string | undefined) ?? 'en-US',
    zone,
    (o.dateStyle as string | undefined) ?? 'medium',
    timeStyle,
  ).format(ms);
}
