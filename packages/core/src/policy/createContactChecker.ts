import { unreadable } from '../errors/unreadable';
import { checkLeadHead } from '../lead/checkLead';
import type { Lead } from '../lead/types';
import { compileFieldReader } from '../lead/path';
import { localParts, zonedTimeToMs } from '../time/timeZone';
import { toEpochMs, type Time } from '../time/toEpochMs';
import { DAY_MS, MINUTE_MS } from '../time/units';
import { requireList } from '../validation/requireList';
import { requireOptions } from '../validation/requireOptions';
import { accountState, accountZones, compileFlags, flagReasons } from './accountData';
import { checkAttempt, checkChannel } from './checkAttempt';
import { defineContactPolicy } from './defineContactPolicy';
import { formatClock, formatLocal, parseClock } from './localTime';
import {
  CONTACT_CHANNELS,
  type ChannelRule,
  type ContactAttempt,
  type ContactChannel,
  type ContactCheck,
  type ContactPolicy,
} from './types';

/** Options of a {@link ContactChecker} call. */
export type ContactCheckOptions = {
  /** The moment to check at. */
  now: Time;
  /** The channel to check; default `call`. */
  channel?: ContactChannel;
};

/**
 * A compiled policy: checks one account against the attempts already filtered to that account
 * (attempts of other accounts must not be passed). `attempts` may be any iterable (an array, a
 * Set, a generator); each is checked where it enters (docs/queue-and-compliance.md, "Guarantees").
 */
export type ContactChecker = (
  lead: Lead,
  attempts: Iterable<ContactAttempt>,
  options: ContactCheckOptions,
) => ContactCheck;

type CompiledRule = {
  maxAttempts?: { count: number; days: number };
  quiet?: { days: number; channels: ReadonlySet<ContactChannel> };
  window?: { start: number; end: number; label: string };
  /** ` in MA` when a state override applies, else empty. */
  where: string;
};

type Blocker = {
  kind: 'window' | 'attempts' | 'quiet';
  clearAt: number;
  zone: string;
  count?: number;
  minutes?: number;
  conversationAt?: number;
};

const WORDS: Record<ContactChannel, { noun: string; plural: string; hours: string }> = {
  call: { noun: 'call', plural: 'calls', hours: 'calling hours' },
  text: { noun: 'text', plural: 'texts', hours: 'texting hours' },
  email: { noun: 'email', plural: 'emails', hours: 'sending hours' },
};

const ATTEMPTS = Object.freeze(['attempts']);
const MAX_SEARCH_STEPS = 64;
const MAX_SEARCH_MS = 400 * DAY_MS;
const cache = new WeakMap<ContactPolicy, ContactChecker>();

function compileRule(rule: ChannelRule | undefined, where: string): CompiledRule | undefined {
  if (rule === undefined) return undefined;
  const out: CompiledRule = { where };
  if (rule.maxAttempts) out.maxAttempts = { ...rule.maxAttempts };
  if (rule.quietAfterConversation)
    out.quiet = {
      days: rule.quietAfterConversation.days,
      channels: new Set(rule.quietAfterConversation.channels ?? ['call']),
    };
  if (rule.window)
    out.window = {
      start: parseClock(rule.window.start),
      end: parseClock(rule.window.end),
      label: `${rule.window.start}–${rule.window.end}`,
    };
  return out;
}

/**
 * Compiles a contact policy once (validating it) into a fast per-account check. Compiled
 * checkers are cached per policy object, so calling this again with the same policy is cheap;
 * treat a policy as immutable once used (build a new object to change it).
 *
 * The checker refuses malformed arguments with a `HotleadsError` (a lead without an id, an
 * options object without a valid `now`, an unknown `channel`, attempts that are not iterable
 * or an attempt with an unknown channel, a bad `at` or an unknown outcome, naming its index),
 * and blocks an account whose compliance data cannot be read (flags of a wrong type, an unknown
 * flag spelling, a time zone or state of a wrong type) with a reason naming the field.
 *
 * @throws HotleadsError `INVALID_POLICY` when the policy is malformed.
 */
export function createContactChecker(policy: ContactPolicy): ContactChecker {
  const cached = cache.get(policy);
  if (cached) return cached;
  const parsed = defineContactPolicy(policy);
  const base = new Map<ContactChannel, CompiledRule | undefined>();
  for (const channel of CONTACT_CHANNELS) base.set(channel, compileRule(parsed.channels[channel], ''));
  const byState = new Map<string, Map<ContactChannel, CompiledRule | undefined>>();
  for (const [state, overrides] of Object.entries(parsed.states ?? {})) {
    const rules = new Map<ContactChannel, CompiledRule | undefined>();
    for (const channel of CONTACT_CHANNELS) {
      const own = overrides[channel];
      const inherited = parsed.channels[channel];
      rules.set(channel, own === undefined ? base.get(channel) : compileRule({ ...inherited, ...own }, ` in ${state}`));
    }
    byState.set(state, rules);
  }
  const stateField = parsed.stateField ?? 'state';
  const readState = compileFieldReader(stateField, ['stateField']);
  const flags = compileFlags(parsed.blockingFlags, parsed.knownFlags);
  const fallback = parsed.fallbackTimeZones;

  const check = (lead: Lead, attempts: Iterable<ContactAttempt>, options: ContactCheckOptions): ContactCheck => {
    checkLeadHead(lead);
    requireOptions(options);
    const nowMs = toEpochMs(options.now, ['now']);
    const channel = checkChannel(options.channel);
    const words = WORDS[channel];
    const list = requireList<ContactAttempt>(attempts, ATTEMPTS);
    const reasons: string[] = [];
    // Blocks only a person can clear: flags, and compliance data that cannot be read.
    let permanent = flags !== undefined && flagReasons(lead, flags, channel, reasons);

    let rules = base;
    if (byState.size > 0) {
      const { state, problem } = accountState(lead, readState, stateField);
      if (problem !== undefined) {
        reasons.push(problem);
        permanent = true;
      } else if (state !== undefined) rules = byState.get(state) ?? base;
    }
    const rule = rules.get(channel);

    // Every attempt is checked where it enters, whether or not this rule counts it; the times
    // that count are kept, each seen as a local calendar day in every zone below.
    const counted: number[] = [];
    const conversations: number[] = [];
    for (let i = 0; i < list.length; i++) {
      const a = list[i]!;
      const at = checkAttempt(a, ATTEMPTS, i);
      if (rule === undefined || at > nowMs) continue;
      if (rule.maxAttempts && a.channel === channel) counted.push(at);
      if (rule.quiet && a.outcome === 'conversation' && rule.quiet.channels.has(a.channel)) conversations.push(at);
    }

    if (
      rule === undefined ||
      (rule.window === undefined && rule.maxAttempts === undefined && rule.quiet === undefined)
    ) {
      return permanent ? { channel, eligible: false, reasons } : { channel, eligible: true, reasons };
    }

    const { zones, problem } = accountZones(lead, fallback);
    if (problem !== undefined) {
      reasons.push(problem);
      return { channel, eligible: false, reasons };
    }
    const countedDays = zones.map((z) => counted.map((at) => localParts(at, z).day));
    const lastConversation = conversations.length > 0 ? Math.max(...conversations) : Number.NaN;
    const conversationDays = zones.map((z) =>
      Number.isNaN(lastConversation) ? Number.NaN : localParts(lastConversation, z).day,
    );

    const blockersAt = (t: number): Blocker[] => {
      const out: Blocker[] = [];
      for (let zi = 0; zi < zones.length; zi++) {
        const zone = zones[zi]!;
        const { day, minutes } = localParts(t, zone);
        if (rule.window) {
          const { start, end } = rule.window;
          if (minutes < start) out.push({ kind: 'window', zone, minutes, clearAt: zonedTimeToMs(day, start, zone) });
          else if (minutes >= end)
            out.push({ kind: 'window', zone, minutes, clearAt: zonedTimeToMs(day + 1, start, zone) });
        }
        if (rule.maxAttempts) {
          const { count: limit, days } = rule.maxAttempts;
          const list = countedDays[zi]!;
          const inWindow = (last: number) => {
            let n = 0;
            for (const d of list) if (d <= last && d > last - days) n++;
            return n;
          };
          const count = inWindow(day);
          if (count >= limit) {
            let clearDay = day + days;
            for (let d = day + 1; d <= day + days; d++) {
              if (inWindow(d) < limit) {
                clearDay = d;
                break;
              }
            }
            out.push({ kind: 'attempts', zone, count, clearAt: zonedTimeToMs(clearDay, 0, zone) });
          }
        }
        if (rule.quiet) {
          const c = conversationDays[zi]!;
          if (!Number.isNaN(c) && c > day - rule.quiet.days)
            out.push({
              kind: 'quiet',
              zone,
              conversationAt: lastConversation,
              clearAt: zonedTimeToMs(c + rule.quiet.days, 0, zone),
            });
        }
      }
      return out;
    };

    const blockedNow = blockersAt(nowMs);
    if (blockedNow.length === 0 && !permanent) return { channel, eligible: true, reasons };

    let next: number | undefined;
    if (!permanent) {
      let t = nowMs;
      for (let step = 0; step < MAX_SEARCH_STEPS && t - nowMs <= MAX_SEARCH_MS; step++) {
        const blockers = step === 0 ? blockedNow : blockersAt(t);
        if (blockers.length === 0) {
          next = t;
          break;
        }
        let later = t + MINUTE_MS;
        for (const b of blockers) if (b.clearAt > later) later = b.clearAt;
        t = later;
      }
    }

    const primary = zones[0]!;
    const single = zones.length === 1;
    const when = (ms: number) =>
      single ? `${formatLocal(ms, primary, nowMs)} local` : `${formatLocal(ms, primary, nowMs)} ${primary} time`;
    const tail = next === undefined ? '' : ` — next ${words.noun} allowed ${when(next)}`;

    const window = blockedNow.find((b) => b.kind === 'window');
    if (window && rule.window) {
      const there = single ? 'there' : `in ${window.zone}`;
      reasons.push(
        `Outside ${words.hours} (${rule.window.label} local${rule.where}): it is ${formatClock(window.minutes!)} ${there}${tail}`,
      );
    }
    const attemptsBlock = blockedNow.filter((b) => b.kind === 'attempts');
    if (attemptsBlock.length > 0 && rule.maxAttempts) {
      const count = Math.max(...attemptsBlock.map((b) => b.count!));
      const { count: limit, days } = rule.maxAttempts;
      reasons.push(
        `${count} ${words.noun} attempt${count === 1 ? '' : 's'} in the last ${days} day${days === 1 ? '' : 's'} (limit ${limit}${rule.where})${tail}`,
      );
    }
    const quiet = blockedNow.find((b) => b.kind === 'quiet');
    if (quiet && rule.quiet) {
      reasons.push(
        `Spoke with the consumer ${when(quiet.conversationAt!)} — no ${words.plural} for ${rule.quiet.days} days after a conversation${rule.where}${tail}`,
      );
    }
    if (!permanent && next === undefined) {
      reasons.push(
        `No time in the next ${Math.round(MAX_SEARCH_MS / DAY_MS)} days when a ${words.noun} is allowed in every time zone this account could be in (${zones.join(', ')})`,
      );
    }
    return next === undefined
      ? { channel, eligible: false, reasons }
      : { channel, eligible: false, reasons, nextEligibleAt: new Date(next).toISOString() };
  };
  const checker: ContactChecker = (lead, attempts, options) => {
    try {
      return check(lead, attempts, options);
    } catch (error) {
      throw unreadable(error);
    }
  };
  cache.set(policy, checker);
  return checker;
}
