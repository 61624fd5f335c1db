// The consumer's own contact rules on an account — inconvenient times, contact points (workplace,
// inconvenient places) and media opt-outs — read fail-closed like the rest of the compliance data
// (docs/queue-and-compliance.md, "Guarantees"): own properties only; a value that cannot be read
// is a problem naming the field, which blocks the account. Never throws.
import { tryEpochMs } from '../time/toEpochMs';
import { isContactChannel } from './checkAttempt';
import { parseClock } from './localTime';
import type { ContactChannel, Weekday } from './types';

const hasOwn = Object.prototype.hasOwnProperty;
const CLOCK = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** Weekdays in calendar order from Monday; index 0..6. */
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const WEEKDAY_LABELS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** The weekday (0 = Monday … 6 = Sunday) of a calendar day number (1970-01-01 was a Thursday). */
export function weekdayOfDay(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** An inconvenient time, compiled: a bit per weekday (bit 0 = Monday), minutes `start`–`end`. */
export type CompiledInconvenient = {
  days: number;
  start: number;
  end: number;
  channels: readonly ContactChannel[] | undefined;
  /** "not to be {verb} before 12:00 (Mon–Fri)" without the verb: `before 12:00 (Mon–Fri)`. */
  label: string;
};

/** A number or address on file, compiled. */
export type CompiledPoint = {
  type: 'phone' | 'email';
  value: string;
  key: string;
  /** Why it may not be used for `channel`, or undefined when it may. */
  blockedFor: (channel: ContactChannel) => string | undefined;
};

/** An opt-out, compiled. */
export type CompiledOptOut = { channel: ContactChannel; key: string | undefined; to: string | undefined; at: number };

/** What the account says about itself, or the problem reading it. */
export type AccountRules = {
  inconvenient: CompiledInconvenient[];
  points: CompiledPoint[];
  optOuts: CompiledOptOut[];
  problem?: string;
};

const EMPTY: AccountRules = /* @__PURE__ */ (() =>
  Object.freeze({ inconvenient: [], points: [], optOuts: [] }) as AccountRules)();

const unreadableField = (field: string) => `${field} unreadable — check the account before any contact`;

/**
 * Numbers compare by their last 10 digits (`+1 312 555 0117` is `(312) 555-0117`); addresses
 * trimmed and without case. Matching more numbers than the same one can only block more.
 */
export function contactKey(value: string): string {
  if (value.includes('@')) return value.trim().toLowerCase();
  const digits = value.replace(/\D+/g, '');
  return digits.length === 0 ? value.trim().toLowerCase() : digits.slice(-10);
}

/** A weekday set as a collector reads it: `Mon–Fri`, `Sat–Sun`, `Mon, Wed`, every day: ''. */
export function describeDays(bits: number): string {
  if (bits === 0b1111111) return '';
  const runs: string[] = [];
  let i = 0;
  while (i < 7) {
    if (!(bits & (1 << i))) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < 7 && bits & (1 << (j + 1))) j++;
    runs.push(
      j - i >= 2
        ? `${WEEKDAY_LABELS[i]}–${WEEKDAY_LABELS[j]}`
        : j === i
          ? WEEKDAY_LABELS[i]!
          : `${WEEKDAY_LABELS[i]}, ${WEEKDAY_LABELS[j]}`,
    );
    i = j + 1;
  }
  return runs.join(', ');
}

function own(lead: object, key: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: hasOwn.call(lead, key) ? (lead as Record<string, unknown>)[key] : undefined };
  } catch {
    return { ok: false };
  }
}

function channelList(value: unknown): readonly ContactChannel[] | undefined | null {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length === 0) return null;
  for (const c of value) if (!isContactChannel(c)) return null;
  return value as ContactChannel[];
}

function readInconvenient(item: unknown): CompiledInconvenient | undefined {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return undefined;
  const { days, start, end, channels } = item as Record<string, unknown>;
  let bits = 0b1111111;
  if (days !== undefined) {
    if (!Array.isArray(days) || days.length === 0) return undefined;
    bits = 0;
    for (const d of days) {
      const i = typeof d === 'string' ? WEEKDAYS.indexOf(d.trim().toLowerCase() as Weekday) : -1;
      if (i < 0) return undefined;
      bits |= 1 << i;
    }
  }
  if (start !== undefined && (typeof start !== 'string' || !CLOCK.test(start))) return undefined;
  if (end !== undefined && (typeof end !== 'string' || !CLOCK.test(end))) return undefined;
  const s = start === undefined ? 0 : parseClock(start);
  const e = end === undefined ? 1440 : parseClock(end);
  if (s >= e) return undefined;
  const list = channelList(channels);
  if (list === null) return undefined;
  const on = describeDays(bits);
  const label =
    s === 0 && e === 1440
      ? on === ''
        ? 'at any time'
        : `on ${on}`
      : `${s === 0 ? `before ${end}` : e === 1440 ? `after ${start}` : `between ${start} and ${end}`}${on === '' ? '' : ` (${on})`}`;
  return { days: bits, start: s, end: e, channels: list, label };
}

const PLACE: Record<'phone' | 'email', string> = { phone: 'number', email: 'address' };

function readPoint(item: unknown): CompiledPoint | undefined {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return undefined;
  const { type, value, workplace, employerForbids, inconvenient, consented } = item as Record<string, unknown>;
  if ((type !== 'phone' && type !== 'email') || typeof value !== 'string' || value.trim().length === 0)
    return undefined;
  for (const b of [workplace, employerForbids, inconvenient, consented])
    if (b !== undefined && typeof b !== 'boolean') return undefined;
  const shown = value.trim().slice(0, 80);
  const reaches = (channel: ContactChannel) => (type === 'phone' ? channel !== 'email' : channel === 'email');
  const blockedFor = (channel: ContactChannel): string | undefined => {
    if (!reaches(channel)) return undefined;
    if (employerForbids === true)
      return `${shown} is a workplace ${PLACE[type]} and the employer forbids contact there`;
    if (inconvenient === true) return `Consumer said ${shown} is an inconvenient place to be reached`;
    if (type === 'email' && workplace === true && consented !== true)
      return `${shown} is a work email address — do not email it without the consumer's consent`;
    return undefined;
  };
  return { type, value: shown, key: contactKey(value), blockedFor };
}

function readOptOut(item: unknown): CompiledOptOut | undefined {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return undefined;
  const { channel, to, at } = item as Record<string, unknown>;
  if (!isContactChannel(channel)) return undefined;
  if (to !== undefined && (typeof to !== 'string' || to.trim().length === 0)) return undefined;
  const ms = tryEpochMs(at);
  if (Number.isNaN(ms)) return undefined;
  return {
    channel,
    key: to === undefined ? undefined : contactKey(to),
    to: to === undefined ? undefined : to.trim().slice(0, 80),
    at: ms,
  };
}

function readList<T>(lead: object, field: string, read: (item: unknown) => T | undefined): T[] | string {
  const raw = own(lead, field);
  if (!raw.ok) return unreadableField(field);
  if (raw.value === undefined || raw.value === null) return [];
  if (!Array.isArray(raw.value)) return unreadableField(field);
  const out: T[] = [];
  try {
    for (const item of raw.value as unknown[]) {
      const c = read(item);
      if (c === undefined) return unreadableField(field);
      out.push(c);
    }
  } catch {
    return unreadableField(field);
  }
  return out;
}

/**
 * Reads `inconvenientTimes`, `contactPoints` and `optOuts` of an account. Each is a list; an
 * entry that does not have the documented shape (an unknown weekday, a clock not `HH:mm`, a
 * window that ends before it starts, an opt-out without a valid `at`), another type or a throwing
 * read is a problem naming the field.
 */
export function readAccountRules(lead: object): AccountRules {
  try {
    if (!hasOwn.call(lead, 'inconvenientTimes') && !hasOwn.call(lead, 'contactPoints') && !hasOwn.call(lead, 'optOuts'))
      return EMPTY;
  } catch {
    return { ...EMPTY, problem: unreadableField('the account') };
  }
  const inconvenient = readList(lead, 'inconvenientTimes', readInconvenient);
  if (typeof inconvenient === 'string') return { ...EMPTY, problem: inconvenient };
  const points = readList(lead, 'contactPoints', readPoint);
  if (typeof points === 'string') return { ...EMPTY, problem: points };
  const optOuts = readList(lead, 'optOuts', readOptOut);
  if (typeof optOuts === 'string') return { ...EMPTY, problem: optOuts };
  return { inconvenient, points, optOuts };
}
