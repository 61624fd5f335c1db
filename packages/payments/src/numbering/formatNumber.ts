import { HotleadsError, type IssuePath } from '@hotleads/core';

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
 * @throws HotleadsError `INVALID_SETTINGS`.
 */
export function validateNumberFormat(format: string, path: IssuePath = []): void {
  const seqCount = [...format.matchAll(TOKEN)].filter((m) => m[1]!.startsWith('seq')).length;
  if (seqCount !== 1) throw new HotleadsError('INVALID_SETTINGS', 'A number format needs exactly one {seq} token', { path });
  const rest = format.replace(TOKEN, '');
  if (/[{}]/.test(rest)) throw new HotleadsError('INVALID_SETTINGS', 'A number format may use only {YYYY}, {YY}, {MM}, {seq} and {seq:N}', { path });
  for (const m of format.matchAll(TOKEN)) {
    if (m[2] !== undefined && (Number(m[2]) < 1 || Number(m[2]) > 12)) throw new HotleadsError('INVALID_SETTINGS', 'A {seq:N} width must be 1..12', { path });
  }
}

/**
 * Renders a number from a format such as `PAY-{YYYY}-{seq:6}` (→ `PAY-2025-004521`) or `R-{seq}`
 * (→ `R-5001`). A sequence longer than its width is written in full, never truncated.
 *
 * @example formatNumber('PAY-{YYYY}-{seq:6}', 4521, { date: '2025-04-20' }) // 'PAY-2025-004521'
 */
export function formatNumber(format: string, seq: number, options: FormatNumberOptions): string {
  return format.replace(TOKEN, (_all, token: string, width: string | undefined) => {
    if (token === 'YYYY') return options.date.slice(0, 4);
    if (token === 'YY') return options.date.slice(2, 4);
    if (token === 'MM') return options.date.slice(5, 7);
    return width === undefined ? String(seq) : String(seq).padStart(Number(width), '0');
  });
}
