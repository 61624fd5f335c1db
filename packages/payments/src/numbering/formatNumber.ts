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
  if (seqCount !== 1)
    throw new HotleadsError('INVALID_SETTINGS', 'A number format needs exactly one {seq} token', { path });
  const rest = format.replace(TOKEN, '');
  if (/[{}]/.test(rest))
    throw new HotleadsError('INVALID_SETTINGS', 'A number format may use only {YYYY}, {YY}, {MM}, {seq} and {seq:N}', {
      path,
    });
  for (const m of format.matchAll(TOKEN)) {
    if (m[2] !== undefined && (Number(m[2]) < 1 || Number(m[2]) > 12))
      throw new HotleadsError('INVALID_SETTINGS', 'A {seq:N} width must be 1..12', { path });
  }
}

/**
 * Renders a number from a format such as `PAY-{YYYY}-{seq:6}` (→ `PAY-2025-004521`) or `R-{seq}`
 * (→ `R-5001`). A sequence longer than its width is written in full, never truncated.
 *
 * @example formatNumber('PAY-{YYYY}-{seq:6}', 4521, { date: '2025-04-20' }) // 'PAY-2025-004521'
 */
export function formatNumber(format: string, seq: number, options: FormatNumberOptions): string {
  let parts = compiled.get(format);
  if (parts === undefined) {
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
    else if (part === 'YYYY') out += options.date.slice(0, 4);
    else if (part === 'YY') out += options.date.slice(2, 4);
    else out += options.date.slice(5, 7);
  }
  return out;
}

// Literal text and tokens alternate: even indexes are literals, odd ones tokens (a number is a {seq} width, 0 = none).
const compiled = new Map<string, Array<string | number>>();
