import { unreadable } from '../errors/unreadable';
import type { Lead, LeadEvent } from '../lead/types';
import { requireOptions } from '../validation/requireOptions';
import { toEpochMs, type Time } from '../time/toEpochMs';
import { HOUR_MS } from '../time/units';
import { checkSize } from './checkSize';
import { seededRandom, type Random } from './seededRandom';

/** Options for {@link generateCollectionsBook}. */
export type GenerateBookOptions = {
  /** How many accounts. */
  size: number;
  /** The moment the book is "as of"; every event is at or before it. */
  now: Time;
  /** Seed of the generator (default 1): the same seed gives the same book. */
  seed?: number;
  /** Give events ISO string times (as JSON from an API would) instead of epoch ms (default false). */
  isoTimes?: boolean;
};

/** A generated consumer account: a {@link Lead} with the fields a collections book carries. */
export type CollectionsAccount = Lead & {
  name: string;
  balance: number;
  phone?: string;
  email?: string;
  state: string;
  timeZone: string;
  timeZones?: string[];
  createdAt: string;
  flags?: string[];
  events: LeadEvent[];
};

const FIRST = [
  'James',
  'Maria',
  'Robert',
  'Linda',
  'Michael',
  'Patricia',
  'David',
  'Jennifer',
  'Carlos',
  'Aisha',
  'Wei',
  'Fatima',
  'John',
  'Sofia',
  'Daniel',
  'Grace',
  'Kevin',
  'Olivia',
  'Luis',
  'Emma',
];
const LAST = [
  'Smith',
  'Johnson',
  'Garcia',
  'Brown',
  'Davis',
  'Martinez',
  'Lee',
  'Walker',
  'Nguyen',
  'Patel',
  'Hernandez',
  'Clark',
  'Lewis',
  'Young',
  'King',
  'Wright',
  'Lopez',
  'Hill',
  'Scott',
  'Adams',
];
const STATES: Array<[string, string]> = [
  ['NY', 'America/New_York'],
  ['FL', 'America/New_York'],
  ['GA', 'America/New_York'],
  ['OH', 'America/New_York'],
  ['TX', 'America/Chicago'],
  ['IL', 'America/Chicago'],
  ['MN', 'America/Chicago'],
  ['CO', 'America/Denver'],
  ['AZ', 'America/Phoenix'],
  ['CA', 'America/Los_Angeles'],
  ['WA', 'America/Los_Angeles'],
];
// How often each event type occurs in an account's recent history (relative weights).
const EVENT_MIX: Array<[string, number]> = [
  ['email_open', 30],
  ['email_click', 10],
  ['portal_visit', 14],
  ['sms_reply', 6],
  ['inbound_call', 4],
  ['abandoned_payment', 5],
  ['partial_payment', 5],
  ['promise_to_pay', 6],
  ['payment', 3],
];
const MIX_TOTAL = EVENT_MIX.reduce((s, [, w]) => s + w, 0);

function pick<T>(rnd: Random, items: readonly T[]): T {
  return items[Math.floor(rnd() * items.length)]!;
}

function pickEvent(rnd: Random): string {
  let r = rnd() * MIX_TOTAL;
  for (const [type, w] of EVENT_MIX) if ((r -= w) < 0) return type;
  return EVENT_MIX[0]![0];
}

function cents(x: number): number {
  return Math.round(x * 100) / 100;
}

/**
 * Generates a realistic, deterministic book of consumer accounts for demos, stories, tests and
 * benchmarks: balances skewed toward small debts, a few hot accounts with intent signals in the
 * last hours, most with older or no activity, some with contact-blocking flags or two possible
 * time zones. No randomness leaks in: the same options give the same book.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` for a missing options object or a `size` that is not a
 *   whole number from 0 to 10,000,000, `INVALID_TIME` for a bad `now`.
 * @example const book = generateCollectionsBook({ size: 1000, now: '2026-11-22T15:00:00Z', seed: 7 });
 */
export function generateCollectionsBook(options: GenerateBookOptions): CollectionsAccount[] {
  try {
    return generateCollectionsBookChecked(options);
  } catch (error) {
    throw unreadable(error);
  }
}

function generateCollectionsBookChecked(options: GenerateBookOptions): CollectionsAccount[] {
  requireOptions(options);
  const nowMs = toEpochMs(options.now, ['now']);
  checkSize(options.size);
  const rnd = seededRandom(options.seed ?? 1);
  const out: CollectionsAccount[] = [];
  const time = (ms: number) => (options.isoTimes === true ? new Date(ms).toISOString() : ms);
  for (let i = 0; i < options.size; i++) {
    const [state, timeZone] = pick(rnd, STATES);
    const balance = cents(40 + Math.exp(rnd() * 8.2) + rnd() * 60);
    const createdMs = nowMs - (20 + rnd() * 400) * 24 * HOUR_MS;
    // A few accounts are hot right now; most went quiet days or weeks ago.
    const heat = rnd();
    const horizonHours = heat < 0.08 ? 6 : heat < 0.3 ? 72 : 24 * 30;
    const count = heat < 0.08 ? 2 + Math.floor(rnd() * 4) : Math.floor(rnd() * 5);
    const events: LeadEvent[] = [];
    for (let k = 0; k < count; k++) {
      const type = pickEvent(rnd);
      const at = Math.max(createdMs, nowMs - rnd() * horizonHours * HOUR_MS);
      const event: LeadEvent = { type, at: time(Math.floor(at)) };
      if (
        type === 'abandoned_payment' ||
        type === 'partial_payment' ||
        type === 'promise_to_pay' ||
        type === 'payment'
      ) {
        event.value = cents(Math.min(balance, 25 + rnd() * balance * 0.4));
      }
      events.push(event);
    }
    const account: CollectionsAccount = {
      id: `ACC-${String(100000 + i)}`,
      name: `${pick(rnd, FIRST)} ${pick(rnd, LAST)}`,
      balance,
      state,
      timeZone,
      createdAt: new Date(createdMs).toISOString(),
      events,
    };
    if (rnd() < 0.85) account.phone = `+1${Math.floor(2000000000 + rnd() * 7999999999)}`;
    if (rnd() < 0.7) account.email = `${account.name.toLowerCase().replace(' ', '.')}${i}@example.com`;
    if (rnd() < 0.03) account.timeZones = [timeZone, pick(rnd, STATES)[1]];
    const flag = rnd();
    if (flag < 0.02) account.flags = ['dispute'];
    else if (flag < 0.03) account.flags = ['do-not-contact'];
    else if (flag < 0.035) account.flags = ['bankruptcy'];
    out.push(account);
  }
  return out;
}
