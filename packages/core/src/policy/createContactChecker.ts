import type { Lead } from '../lead/types';
import { compileFieldReader } from '../lead/path';
import { isIanaTimeZone, localParts, zonedTimeToMs } from '../time/timeZone';
import { toEpochMs, type Time } from '../time/toEpochMs';
import { DAY_MS, MINUTE_MS } from '../time/units';
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
 * (attempts of other accounts must not be passed).
 */
export type ContactChecker = (
  lead: Lead,
  attempts: readonly ContactAttempt[],
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

function zonesOf(lead: Lead, fallback: readonly string[] | undefined): { zones: string[]; problem?: string } {
  const zones: string[] = [];
  const add = (z: unknown) => {
    if (typeof z === 'string' && !zones.includes(z)) zones.push(z);
  };
  const many = lead.timeZones;
  if (Array.isArray(many)) for (const z of many) add(z);
  add(lead.timeZone);
  if (zones.length === 0) {
    if (fallback && fallback.length > 0) return { zones: [...fallback] };
    return { zones, problem: 'No time zone on file — contact hours cannot be checked' };
  }
  for (const z of zones)
    if (!isIanaTimeZone(z))
      return { zones, problem: `Time zone "${z}" on file is not recognised — contact hours cannot be checked` };
  return { zones };
}

/**
 * Compiles a contact policy once (validating it) into a fast per-account check. Compiled
 * checkers are cached per policy object, so calling this again with the same policy is cheap;
 * treat a policy as immutable once used (build a new object to change it).
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
  const readState = compileFieldReader(parsed.stateField ?? 'state', ['stateField']);
  const flags = parsed.blockingFlags ?? [];
  const fallback = parsed.fallbackTimeZones;

  const checker: ContactChecker = (lead, attempts, options) => {
    const nowMs = toEpochMs(options.now, ['now']);
    const channel = options.channel ?? 'call';
    const words = WORDS[channel];
    const reasons: string[] = [];
    let permanent = false;

    const leadFlags = lead.flags;
    if (Array.isArray(leadFlags) && flags.length > 0) {
      for (const f of flags) {
        if ((f.channels === undefined || f.channels.includes(channel)) && leadFlags.includes(f.flag)) {
          reasons.push(f.reason);
          permanent = true;
        }
      }
    }

    const state = readState(lead);
    const rule =
      (typeof state === 'string' ? byState.get(state.toUpperCase())?.get(channel) : undefined) ?? base.get(channel);
    if (
      rule === undefined ||
      (rule.window === undefined && rule.maxAttempts === undefined && rule.quiet === undefined)
    ) {
      return permanent ? { channel, eligible: false, reasons } : { channel, eligible: true, reasons };
    }

    const { zones, problem } = zonesOf(lead, fallback);
    if (problem !== undefined) {
      reasons.push(problem);
      return { channel, eligible: false, reasons };
    }

    // Attempt times that count, each seen as a local calendar day in every zone.
    const counted: number[] = [];
    const conversations: number[] = [];
    for (let i = 0; i < attempts.length; i++) {
      const a = attempts[i]!;
      const at = toEpochMs(a.at, ['attempts', i, 'at']);
      if (at > nowMs) continue;
      if (rule.maxAttempts && a.channel === channel) counted.push(at);
      if (rule.quiet && a.outcome === 'conversation' && rule.quiet.channels.has(a.channel)) conversations.push(at);
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
  cache.set(policy, checker);
  return checker;
}
