import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { HotleadsError } from '../errors/HotleadsError';
import { unreadable } from '../errors/unreadable';
import { checkLeadHead } from '../lead/checkLead';
import type { Lead } from '../lead/types';
import { isIanaTimeZone, localParts, zonedTimeToMs, zoneOffset } from '../time/timeZone';
import { toEpochMs, type Time } from '../time/toEpochMs';
import { HOUR_MS, MINUTE_MS } from '../time/units';
import { requireList } from '../validation/requireList';
import { requireOptions } from '../validation/requireOptions';
import { weekdayOfDay } from './accountRules';
import { ATTEMPT_MESSAGES, checkAttempt, checkChannel, isDebtIds } from './checkAttempt';
import { compileTimeline, type AccountTimeline } from './createContactChecker';
import { formatClock } from './localTime';
import {
  CONTACT_CHANNELS,
  type ContactAttempt,
  type ContactChannel,
  type ContactCheck,
  type ContactPolicy,
} from './types';

/**
 * Agency-wide right-party-contact rates, the prior of {@link recommendContact}: per channel, by
 * hour of day (0–23, the consumer's wall clock) on weekdays and on weekends. Build one from the
 * agency's history with {@link contactRatePrior}.
 */
export type ContactRatePrior = {
  /** m: how many attempts the prior is worth against an account's own history (> 0). */
  strength: number;
  /** Rates in [0, 1] per channel; 24 numbers each for weekdays and weekends. */
  rates: Partial<Record<ContactChannel, { weekday: number[]; weekend: number[] }>>;
  /** The rate where `rates` has nothing (a channel the agency never used). */
  fallbackRate: number;
};

/** The prior when none is given: every hour alike (10 %, worth 5 attempts), so the earliest allowed time ranks first. */
export const DEFAULT_CONTACT_PRIOR: ContactRatePrior = /* @__PURE__ */ (() =>
  Object.freeze({
    strength: 5,
    rates: Object.freeze({}),
    fallbackRate: 0.1,
  }) as ContactRatePrior)();

/** Options for {@link recommendContact}. */
export type RecommendContactOptions = {
  /** The moment the recommendation is for. */
  now: Time;
  /** How far ahead to look, in whole hours (1–336); default 72. */
  horizonHours?: number;
  /** Slots returned per channel, best first (1–50); default 3. */
  maxSlots?: number;
  /** The agency-wide rates; default {@link DEFAULT_CONTACT_PRIOR}. */
  prior?: ContactRatePrior;
  /** The channels to consider, in the order ties are broken; default every channel. */
  channels?: ContactChannel[];
  /** The debts the contact is about (a policy that counts per debt). */
  debtIds?: string[];
};

/** One allowed hour (or the allowed part of it) on one channel, with its expected right-party-contact rate. */
export type ContactSlot = {
  channel: ContactChannel;
  /** ISO 8601 (UTC); every instant from `start` up to `end` is allowed by the policy. */
  start: string;
  end: string;
  /** The zone the local times are in: the account's own (the first it could be in). */
  zone: string;
  /** `Mon`…`Sun`, `HH:mm` and `HH:mm` on that zone's wall clock. */
  weekday: string;
  localStart: string;
  localEnd: string;
  dayType: 'weekday' | 'weekend';
  /** The local hour (0–23) the slot's history and prior are taken from. */
  hour: number;
  /** The shrunk rate (k + m·p) / (n + m). */
  expectedRate: number;
  /** n and k: the account's attempts on this channel in this hour and day type, and how many reached the consumer. */
  attempts: number;
  answered: number;
  /** p: the agency-wide rate for this hour and day type. */
  priorRate: number;
  /** Why, for a collector: "answered 4 of 5 calls between 18:00 and 19:00 on weekdays". */
  reason: string;
};

/** What {@link recommendContact} says about one channel. */
export type ChannelRecommendation = {
  channel: ContactChannel;
  /** The best slots within the horizon, best first (ties: earlier first). */
  slots: ContactSlot[];
  /** Every allowed stretch within the horizon, in time order (ISO 8601, UTC). */
  windows: Array<{ start: string; end: string }>;
  /** The policy's check at `now`: reasons, opt-out instructions, usable numbers. */
  check: ContactCheck;
};

/** The best lawful times and channels to reach one account. */
export type ContactRecommendation = {
  leadId: string;
  /** The zone local times are given in; absent when the account has none the policy could read. */
  zone?: string;
  horizonHours: number;
  channels: Record<ContactChannel, ChannelRecommendation>;
  /** The best slot of every channel; absent when nothing is allowed within the horizon. */
  best?: ContactSlot;
  /** One line for a queue card: "Best: call today 18:00–19:00". */
  text: string;
};

const ATTEMPTS = /* @__PURE__ */ (() => Object.freeze(['attempts']))();
const MAX_WALK = 4000;
const PLURAL: Record<ContactChannel, string> = { call: 'calls', text: 'texts', email: 'emails' };
const SINGULAR: Record<ContactChannel, string> = { call: 'call', text: 'text', email: 'email' };
const WEEKDAY = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function integerOption(value: unknown, fallback: number, min: number, max: number, name: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
    throw new HotleadsError('INVALID_ARGUMENT', `${name} must be a whole number from ${min} to ${max}`, {
      path: [name],
    });
  return value;
}

const isRate = (r: unknown) => typeof r === 'number' && r >= 0 && r <= 1;

/** A prior from outside, checked: strength > 0, rates in [0, 1], 24 per day type. */
function readPrior(prior: unknown): ContactRatePrior {
  if (prior === undefined) return DEFAULT_CONTACT_PRIOR;
  const bad = (path: Array<string | number>) =>
    new HotleadsError(
      'INVALID_ARGUMENT',
      'A contact-rate prior needs a strength > 0 and rates from 0 to 1, 24 per day type',
      {
        path: ['prior', ...path],
      },
    );
  requireOptions(prior, ['prior']);
  const { strength, rates, fallbackRate } = prior as ContactRatePrior;
  if (typeof strength !== 'number' || !(strength > 0) || !Number.isFinite(strength)) throw bad(['strength']);
  if (!isRate(fallbackRate)) throw bad(['fallbackRate']);
  requireOptions(rates, ['prior', 'rates']);
  for (const key of Object.keys(rates)) {
    if (!CONTACT_CHANNELS.includes(key as ContactChannel)) throw bad(['rates', key]);
    const r = (rates as Record<string, unknown>)[key] as { weekday?: unknown; weekend?: unknown } | null;
    if (r === null || typeof r !== 'object') throw bad(['rates', key]);
    for (const type of ['weekday', 'weekend'] as const) {
      const list = r[type];
      if (!Array.isArray(list) || list.length !== 24 || !list.every(isRate)) throw bad(['rates', key, type]);
    }
  }
  return prior as ContactRatePrior;
}

/** The account's own zone for local times: the first the policy checks, else `timeZone` when it is one. */
function zoneOf(lead: Lead, timelines: readonly AccountTimeline[]): string | undefined {
  for (const t of timelines) if (t.zones.length > 0) return t.zones[0];
  const own = Object.hasOwn(lead, 'timeZone') ? lead.timeZone : undefined;
  return isIanaTimeZone(own) ? own : undefined;
}

/** Allowed stretches of [from, to): walks the timeline from block to block. */
function allowedWindows(t: AccountTimeline, from: number, to: number): Array<[number, number]> {
  if (t.permanent) return [];
  if (t.zones.length === 0) return t.check.eligible ? [[from, to]] : [];
  const out: Array<[number, number]> = [];
  let at = from;
  for (let step = 0; step < MAX_WALK && at < to; step++) {
    const blockers = t.blockersAt(at);
    if (blockers.length > 0) {
      let later = at + MINUTE_MS;
      for (const b of blockers) if (b.clearAt > later) later = b.clearAt;
      at = later;
      continue;
    }
    let close = Math.min(t.closesAfter(at), to);
    if (close <= at) close = Math.min(at + MINUTE_MS, to);
    close = Math.min(close, offsetChange(t.zones, at, close));
    const last = out[out.length - 1];
    if (last !== undefined && last[1] === at) last[1] = close;
    else out.push([at, close]);
    at = close;
  }
  return out;
}

const HALF_HOUR_MS = 30 * MINUTE_MS;

/**
 * The first half-hour boundary (UTC) in (from, to] at which a zone's offset differs from its
 * offset at `from`; `to` when none. A wall time skipped by a daylight-saving jump (a window that
 * ends at 02:30 on spring-forward day) ends the stretch there, where the rules are read again.
 * Zones change offset on a half-hour boundary.
 */
function offsetChange(zones: readonly string[], from: number, to: number): number {
  let changed = false;
  for (const z of zones) if (zoneOffset(z, from) !== zoneOffset(z, to)) changed = true;
  if (!changed) return to;
  for (let b = Math.floor(from / HALF_HOUR_MS) * HALF_HOUR_MS + HALF_HOUR_MS; b < to; b += HALF_HOUR_MS)
    for (const z of zones) if (zoneOffset(z, from) !== zoneOffset(z, b)) return b;
  return to;
}

const pct = (r: number) => `${Math.round(r * 100)}%`;

/** `HH:mm` of `ms` in `zone`; `24:00` for the midnight that ends `day`. */
function clockIn(ms: number, zone: string, day: number): string {
  const { day: d, minutes } = localParts(ms, zone);
  return d > day && minutes === 0 ? '24:00' : formatClock(minutes);
}

type Stats = { n: Int32Array; k: Int32Array };

function slotsOf(
  channel: ContactChannel,
  windows: ReadonlyArray<[number, number]>,
  zone: string,
  stats: Stats,
  prior: ContactRatePrior,
): ContactSlot[] {
  const rates = prior.rates[channel];
  const m = prior.strength;
  const out: ContactSlot[] = [];
  for (const [from, to] of windows) {
    let s = from;
    while (s < to) {
      const { day, minutes } = localParts(s, zone);
      const hour = Math.floor(minutes / 60);
      let hourEnd = zonedTimeToMs(day, (hour + 1) * 60, zone);
      if (hourEnd <= s) hourEnd = s + HOUR_MS;
      const e = Math.min(hourEnd, to);
      const weekday = weekdayOfDay(day);
      const weekend = weekday >= 5;
      const bucket = (weekend ? 24 : 0) + hour;
      const n = stats.n[bucket]!;
      const k = stats.k[bucket]!;
      const p = rates === undefined ? prior.fallbackRate : rates[weekend ? 'weekend' : 'weekday'][hour]!;
      const range = `between ${formatClock(hour * 60)} and ${formatClock(hour * 60 + 60)} on ${weekend ? 'weekends' : 'weekdays'}`;
      const reason =
        n > 0
          ? `answered ${k} of ${n} ${n === 1 ? SINGULAR[channel] : PLURAL[channel]} ${range}`
          : rates === undefined
            ? `no ${PLURAL[channel]} ${range} yet — the earliest allowed time`
            : `no ${PLURAL[channel]} to this account ${range} yet — agency-wide ${pct(p)} answered`;
      out.push({
        channel,
        start: new Date(s).toISOString(),
        end: new Date(e).toISOString(),
        zone,
        weekday: WEEKDAY[weekday]!,
        localStart: formatClock(minutes),
        localEnd: clockIn(e, zone, day),
        dayType: weekend ? 'weekend' : 'weekday',
        hour,
        expectedRate: (k + m * p) / (n + m),
        attempts: n,
        answered: k,
        priorRate: p,
        reason,
      });
      s = e;
    }
  }
  return out;
}

/** Ranks slots: higher expected rate first, then earlier, then channel order. */
function better(a: ContactSlot, b: ContactSlot, order: readonly ContactChannel[]): number {
  if (a.expectedRate !== b.expectedRate) return b.expectedRate - a.expectedRate;
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  return order.indexOf(a.channel) - order.indexOf(b.channel);
}

/** "today", "tomorrow", `Wed`, or `Wed 3 Dec` six or more days ahead, on the zone's calendar. */
function dayWord(ms: number, nowMs: number, zone: string): string {
  const diff = localParts(ms, zone).day - localParts(nowMs, zone).day;
  if (diff === 0) return 'today';
  if (diff === 1) return 'tomorrow';
  return format(new TZDate(ms, zone), diff >= 6 ? 'EEE d MMM' : 'EEE');
}

/**
 * The sentence a queue card shows for a recommendation's best slot: "Best: call today
 * 18:00–19:00" (local times in the slot's zone), or why there is none.
 */
export function describeBestContact(best: ContactSlot | undefined, now: Time, horizonHours: number): string {
  try {
    const hours = integerOption(horizonHours, 72, 1, 336, 'horizonHours');
    const nowMs = toEpochMs(now, ['now']);
    if (best === undefined) return `No lawful contact time in the next ${hours} hours`;
    requireOptions(best, ['best']);
    const { channel, start, zone, localStart, localEnd } = best;
    const startMs = toEpochMs(start, ['best', 'start']);
    checkChannel(channel, ['best', 'channel']);
    if (!isIanaTimeZone(zone))
      throw new HotleadsError('INVALID_ARGUMENT', 'Expected an IANA time zone such as America/Chicago', {
        path: ['best', 'zone'],
      });
    if (typeof localStart !== 'string' || typeof localEnd !== 'string')
      throw new HotleadsError('INVALID_ARGUMENT', 'A contact slot needs its local times', {
        path: ['best', 'localStart'],
      });
    return `Best: ${channel} ${dayWord(startMs, nowMs, zone)} ${localStart}–${localEnd}`;
  } catch (error) {
    throw unreadable(error);
  }
}

/**
 * The best lawful times and channels to reach `lead` within the next `horizonHours`: for each
 * channel, the allowed windows (never an instant `policy` forbids: every rule of
 * `checkContact` applies, in every zone the account could be in) cut into local hours and
 * ranked by expected right-party contact.
 *
 * The rate of an hour is the account's own history shrunk towards the agency's (empirical
 * Bayes, docs/queue-and-compliance.md "Recommendations"): with n attempts on the channel in that
 * local hour and day type (weekday / weekend), k of them conversations, the agency-wide rate p
 * and the prior's strength m, the expected rate is (k + m·p) / (n + m). Attempts without an
 * outcome are not counted.
 *
 * @throws HotleadsError as `checkContact` does, and `INVALID_ARGUMENT` for `horizonHours`,
 *   `maxSlots`, `channels` or a malformed `prior`.
 * @example
 * recommendContact(lead, attempts, regFPolicy, { now, horizonHours: 48 }).text // 'Best: call today 18:00–19:00'
 */
export function recommendContact(
  lead: Lead,
  attempts: Iterable<ContactAttempt>,
  policy: ContactPolicy,
  options: RecommendContactOptions,
): ContactRecommendation {
  try {
    const timeline = compileTimeline(policy);
    checkLeadHead(lead);
    const list = requireList<ContactAttempt>(attempts, ATTEMPTS);
    const own: ContactAttempt[] = [];
    for (let i = 0; i < list.length; i++) {
      checkAttempt(list[i], ATTEMPTS, i);
      if (list[i]!.leadId === lead.id) own.push(list[i]!);
    }
    return recommendFor(timeline, lead, own, options);
  } catch (error) {
    throw unreadable(error);
  }
}

/** Recommendation options, checked and with their defaults. */
export type ReadRecommendOptions = {
  horizonHours: number;
  maxSlots: number;
  prior: ContactRatePrior;
  channels: readonly ContactChannel[];
};

/**
 * Checks the options of {@link recommendContact} other than `now` (what `rankQueue` and the live
 * queue check before they compute recommendations lazily).
 *
 * @throws HotleadsError `INVALID_ARGUMENT` naming the option.
 */
export function readRecommendOptions(options: Omit<RecommendContactOptions, 'now'>): ReadRecommendOptions {
  requireOptions(options);
  const horizonHours = integerOption(options.horizonHours, 72, 1, 336, 'horizonHours');
  const maxSlots = integerOption(options.maxSlots, 3, 1, 50, 'maxSlots');
  const prior = readPrior(options.prior);
  const channels =
    options.channels === undefined
      ? CONTACT_CHANNELS
      : requireList<unknown>(options.channels, ['channels']).map((c, i) => checkChannel(c, ['channels', i]));
  if (options.debtIds !== undefined && !isDebtIds(options.debtIds))
    throw new HotleadsError('INVALID_ARGUMENT', ATTEMPT_MESSAGES.debtIds, { path: ['debtIds'] });
  return { horizonHours, maxSlots, prior, channels };
}

/**
 * {@link recommendContact} on a compiled policy and the attempts of this account only, already
 * checked (what `rankQueue` and the live queue call per entry).
 */
export function recommendFor(
  timeline: ReturnType<typeof compileTimeline>,
  lead: Lead,
  own: readonly ContactAttempt[],
  options: RecommendContactOptions,
): ContactRecommendation {
  requireOptions(options);
  const nowMs = toEpochMs(options.now, ['now']);
  const { horizonHours, maxSlots, prior, channels } = readRecommendOptions(options);
  const until = nowMs + horizonHours * HOUR_MS;
  const base = { now: nowMs, ...(options.debtIds === undefined ? {} : { debtIds: options.debtIds }) };
  const timelines = CONTACT_CHANNELS.map((channel) => timeline(lead, own, { ...base, channel }));
  const zone = zoneOf(lead, timelines);

  const stats: Record<ContactChannel, Stats> = {
    call: { n: new Int32Array(48), k: new Int32Array(48) },
    text: { n: new Int32Array(48), k: new Int32Array(48) },
    email: { n: new Int32Array(48), k: new Int32Array(48) },
  };
  if (zone !== undefined)
    for (const a of own) {
      if (a.outcome === undefined) continue;
      const at = toEpochMs(a.at, ['attempts']);
      if (at > nowMs) continue;
      const { day, minutes } = localParts(at, zone);
      const bucket = (weekdayOfDay(day) >= 5 ? 24 : 0) + Math.floor(minutes / 60);
      const s = stats[a.channel];
      s.n[bucket]!++;
      if (a.outcome === 'conversation') s.k[bucket]!++;
    }

  const out = {} as Record<ContactChannel, ChannelRecommendation>;
  let best: ContactSlot | undefined;
  CONTACT_CHANNELS.forEach((channel, i) => {
    const t = timelines[i]!;
    const wanted = channels.includes(channel);
    const windows = wanted && zone !== undefined ? allowedWindows(t, nowMs, until) : [];
    const ranked = zone === undefined ? [] : slotsOf(channel, windows, zone, stats[channel], prior);
    ranked.sort((a, b) => better(a, b, channels));
    const slots = ranked.slice(0, maxSlots);
    if (slots[0] !== undefined && (best === undefined || better(slots[0], best, channels) < 0)) best = slots[0];
    out[channel] = {
      channel,
      slots,
      windows: windows.map(([s, e]) => ({ start: new Date(s).toISOString(), end: new Date(e).toISOString() })),
      check: t.check,
    };
  });
  const result: ContactRecommendation = {
    leadId: lead.id,
    horizonHours,
    channels: out,
    text: describeBestContact(best, nowMs, horizonHours),
  };
  if (zone !== undefined) result.zone = zone;
  if (best !== undefined) result.best = best;
  return result;
}

/** Options for {@link contactRatePrior}. */
export type ContactRatePriorOptions = {
  /** m, the prior's weight in attempts; default 5. */
  strength?: number;
  /** The rate for a channel without any attempt; default 0.1. */
  fallbackRate?: number;
};

/**
 * Agency-wide rates from the whole book's history, as a prior for {@link recommendContact}.
 * Each attempt with an outcome is placed in its account's local hour and day type (the
 * account's `timeZone`, else the first of `timeZones`; accounts with neither are skipped). A
 * channel's overall rate P = K / N (`fallbackRate` without attempts); an hour's rate is
 * (K_h + P) / (N_h + 1), so an hour with few attempts leans on the channel's overall rate.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` for a list that is not one or a bad option;
 *   `INVALID_LEAD` / attempt errors as `rankQueue` names them.
 * @example const prior = contactRatePrior(book, touches); recommendContact(lead, touches, regFPolicy, { now, prior })
 */
export function contactRatePrior(
  leads: Iterable<Lead>,
  attempts: Iterable<ContactAttempt>,
  options: ContactRatePriorOptions = {},
): ContactRatePrior {
  try {
    requireOptions(options);
    const strength = options.strength ?? DEFAULT_CONTACT_PRIOR.strength;
    if (typeof strength !== 'number' || !(strength > 0) || !Number.isFinite(strength))
      throw new HotleadsError('INVALID_ARGUMENT', 'strength must be a number > 0', { path: ['strength'] });
    const fallbackRate = options.fallbackRate ?? DEFAULT_CONTACT_PRIOR.fallbackRate;
    if (!isRate(fallbackRate))
      throw new HotleadsError('INVALID_ARGUMENT', 'fallbackRate must be a number from 0 to 1', {
        path: ['fallbackRate'],
      });
    const zones = new Map<string, string>();
    const book = requireList<Lead>(leads, ['leads']);
    book.forEach((lead, i) => {
      try {
        checkLeadHead(lead);
      } catch (error) {
        throw HotleadsError.wrap(error, ['leads', i]);
      }
      const one = Object.hasOwn(lead, 'timeZone') ? lead.timeZone : undefined;
      const many = Object.hasOwn(lead, 'timeZones') ? lead.timeZones : undefined;
      const zone = isIanaTimeZone(one) ? one : Array.isArray(many) && isIanaTimeZone(many[0]) ? many[0] : undefined;
      if (zone !== undefined) zones.set(lead.id, zone);
    });
    const n = new Map<ContactChannel, Int32Array>();
    const k = new Map<ContactChannel, Int32Array>();
    const list = requireList<ContactAttempt>(attempts, ATTEMPTS);
    for (let i = 0; i < list.length; i++) {
      const a = list[i]!;
      const at = checkAttempt(a, ATTEMPTS, i);
      const zone = zones.get(a.leadId);
      if (zone === undefined || a.outcome === undefined) continue;
      const { day, minutes } = localParts(at, zone);
      const bucket = (weekdayOfDay(day) >= 5 ? 24 : 0) + Math.floor(minutes / 60);
      if (!n.has(a.channel)) {
        n.set(a.channel, new Int32Array(48));
        k.set(a.channel, new Int32Array(48));
      }
      n.get(a.channel)![bucket]!++;
      if (a.outcome === 'conversation') k.get(a.channel)![bucket]!++;
    }
    const rates: ContactRatePrior['rates'] = {};
    for (const channel of CONTACT_CHANNELS) {
      const nc = n.get(channel);
      const kc = k.get(channel);
      if (nc === undefined || kc === undefined) continue;
      const N = nc.reduce((s, x) => s + x, 0);
      const K = kc.reduce((s, x) => s + x, 0);
      const P = N > 0 ? K / N : fallbackRate;
      const hour = (b: number) => (kc[b]! + P) / (nc[b]! + 1);
      rates[channel] = {
        weekday: Array.from({ length: 24 }, (_, h) => hour(h)),
        weekend: Array.from({ length: 24 }, (_, h) => hour(24 + h)),
      };
    }
    return { strength, rates, fallbackRate };
  } catch (error) {
    throw unreadable(error);
  }
}
