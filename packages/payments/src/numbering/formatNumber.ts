import { HotleadsError, type IssuePath } from '@hotleads/core';
import { readOptions, readPath } from '../input/readInput';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const TOKEN = /\{(YYYY|YY|MM|seq(?::(\d{1,2}))?)\}/g;

/** Options for {@link formatNumber}. */
export type FormatNumberOptions = {
  /** The local calendar date the number belongs to (`YYYY-MM-DD`), for `{YYYY}`, `{YY}`, `{MM}`. */
  date: string;
};

/**
 * Checks a number format: it must hold exactly one `{seq}` or `{seq:N}` (N = zero-padded width,
 * 1..12) and may hold `{YYYY}`, `{YY}`, `{MM}`; any other `{…}` is refused.
 *
 * @throws HotleadsError `INVALID_SETTINGS` (a format that is not a string included);
 *   `INVALID_ARGUMENT` for a `path` that is not a list of keys.
 */
export function validateNumberFormat(format: string, path: IssuePath = []): void {
  const at = readPath(path);
  if (typeof format !== 'string')
    throw new HotleadsError('INVALID_SETTINGS', 'A number format must be a string', { path: at });
  const seqCount = [...format.matchAll(TOKEN)].filter((m) => m[1]!.startsWith('seq')).length;
  if (seqCount !== 1)
    throw new HotleadsError('INVALID_SETTINGS', 'A number format needs exactly one {seq} token', { path: at });
  const rest = format.replace(TOKEN, '');
  if (/[{}]/.test(rest))
    throw new HotleadsError('INVALID_SETTINGS', 'A number format may use only {YYYY}, {YY}, {MM}, {seq} and {seq:N}', {
      path: at,
    });
  for (const m of format.matchAll(TOKEN)) {
    if (m[2] !== undefined && (Number(m[2]) < 1 || Number(m[2]) > 12))
      throw new HotleadsError('INVALID_SETTINGS', 'A {seq:N} width must be 1..12', { path: at });
  }
}

/**
 * Renders a number from a format such as `PAY-{YYYY}-{seq:6}` (→ `PAY-2025-004521`) or `R-{seq}`
 * (→ `R-5001`). A sequence longer than its width is written in full, never truncated.
 *
 * @throws HotleadsError `INVALID_SETTINGS` for a format that {@link validateNumberFormat} refuses;
 *   `INVALID_ARGUMENT` for a sequence that is not a non-negative safe integer or a date not
 *   written `YYYY-MM-DD`.
 * @example formatNumber('PAY-{YYYY}-{seq:6}', 4521, { date: '2025-04-20' }) // 'PAY-2025-004521'
 */
export function formatNumber(format: string, seq: number, options: FormatNumberOptions): string {
  if (!(Number.isSafeInteger(seq) && seq >= 0))
    throw new HotleadsError('INVALID_ARGUMENT', 'A sequence number is a non-negative safe integer', { path: ['seq'] });
  const { date } = readOptions(options, ['date']);
  if (typeof date !== 'string' || !DATE.test(date))
    throw new HotleadsError('INVALID_ARGUMENT', 'Expected a calendar date written YYYY-MM-DD', { path: ['date'] });
  let parts = compiled.get(format);
  if (parts === undefined) {
    validateNumberFormat(format);
    parts = [];
    let last = 0;
    for (const m of format.matchAll(TOKEN)) {
      parts.push(format.slice(last, m.index));
      parts.push(m[1]!.startsWith('seq') ? (m[2] === undefined ? 0 : Number(m[2])) : m[1]!);
      last = m.index + m[0].length;
    }
    parts.push(format.slice(last));
    if (compiled.size > 1000) compiled.clear();
    compiled.set(format, parts);
  }
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (i % 2 === 0) out += part as string;
    else if (typeof part === 'number') out += part === 0 ? String(seq) : String(seq).padStart(part, '0');
    else if (part === 'YYYY') out += date.slice(0, 4);
    else if (part === 'YY') out += date.slice(2, 4);
    else out += date.slice(5, 7);
  }
  return out;
}

// Literal text and tokens alternate: even indexes are literals, odd ones tokens (a number is a {seq} width, 0 = none).
const compiled = new Map<string, Array<string | number>>();
