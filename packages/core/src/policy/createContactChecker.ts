import { HotleadsError } from '../errors/HotleadsError';
import { safeString } from '../errors/safeString';
import { unreadable } from '../errors/unreadable';
import { checkLeadHead } from '../lead/checkLead';
import type { Lead } from '../lead/types';
import { compileFieldReader } from '../lead/path';
import { localParts, zonedTimeToMs } from '../time/timeZone';
import { toEpochMs, type Time } from '../time/toEpochMs';
import { DAY_MS, MINUTE_MS } from '../time/units';
import { requireList } from '../validation/requireList';
import { requireOptions } from '../validation/requireOptions';
import { accountState, accountZones, compileFlags, FLAGS_UNREADABLE, flagReasons } from './accountData';
import { contactKey, readAccountRules, weekdayOfDay, type CompiledOptOut } from './accountRules';
import { ATTEMPT_MESSAGES, checkAttempt, checkChannel, isDebtIds } from './checkAttempt';
import { defineContactPolicy } from './defineContactPolicy';
import { formatClock, formatLocal, parseClock } from './localTime';
import {
  CONTACT_CHANNELS,
  type ChannelRule,
  type ContactAttempt,
  type ContactBlock,
  type ContactChannel,
  type ContactCheck,
  type ContactPolicy,
  type ContactRuleId,
} from './types';

/** Options of a {@link ContactChecker} call. */
export type ContactCheckOptions = {
  /** The moment to check at. */
  now: Time;
  /** The channel to check; default `call`. */
  channel?: ContactChannel;
  /**
   * The number or address to use (checked against `lead.contactPoints` and `lead.optOuts`).
   * Without it the check says which ones on file are `usable`.
   */
  to?: string;
  /** The debts the contact is about, for a policy with `attemptCounting: 'per-debt'`. */
  debtIds?: string[];
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

/**
 * The opt-out instructions a text or an email carries when the policy names none
 * (12 CFR 1006.6(e): a clear and conspicuous statement of a reasonable and simple way to opt out).
 */
export const DEFAULT_OPT_OUT_INSTRUCTIONS: Readonly<Record<'text' | 'email', string>> = /* @__PURE__ */ (() =>
  Object.freeze({
    text: 'Reply STOP to stop receiving text messages from us.',
    email: 'To stop receiving emails from us, reply "unsubscribe" or use the unsubscribe link in this email.',
  }))();

type CompiledRule = {
  maxAttempts?: { count: number; days: number };
  quiet?: { days: number; channels: ReadonlySet<ContactChannel> };
  window?: { start: number; end: number; label: string };
  /** ` in MA` when a state override applies, else empty. */
  where: string;
};

type Blocker = {
  kind: 'window' | 'attempts' | 'quiet' | 'inconvenient';
  clearAt: number;
  zone: string;
  count?: number;
  minutes?: number;
  conversationAt?: number;
  debt?: string;
  label?: string;
};

/**
 * An account as a compiled policy sees it at `now` on one channel: the check, and (when only
 * time can clear a block) what is blocked at any later instant, for `recommendContact`.
 */
export type AccountTimeline = {
  check: ContactCheck;
  /** The zones every time rule is checked in; the first is the account's own. Empty when no time rule applies. */
  zones: readonly string[];
  /** True when a block only a person can clear applies (no time is ever allowed). */
  permanent: boolean;
  /** The time rules blocking instant `t` (attempts known at `now`), each with when it clears. */
  blockersAt: (t: number) => ReadonlyArray<{ clearAt: number }>;
  /** The first instant after `t` at which a time rule starts to block; Infinity when none. */
  closesAfter: (t: number) => number;
};

const WORDS: Record<ContactChannel, { noun: string; plural: string; hours: string; done: string; place: string }> = {
  call: { noun: 'call', plural: 'calls', hours: 'calling hours', done: 'called', place: 'number' },
  text: { noun: 'text', plural: 'texts', hours: 'texting hours', done: 'texted', place: 'number' },
  email: { noun: 'email', plural: 'emails', hours: 'sending hours', done: 'emailed', place: 'address' },
};

const PROVISIONS: Partial<Record<ContactRuleId, string>> = {
  window: '12 CFR 1006.6(b)(1)(i)',
  'inconvenient-time': '12 CFR 1006.6(b)(1)(i)',
  attempts: '12 CFR 1006.14(b)(2)(i)',
  quiet: '12 CFR 1006.14(b)(2)(ii)',
  place: '12 CFR 1006.6(b)(1)(ii), 1006.6(b)(3), 1006.22(f)(3)',
  'opt-out': '12 CFR 1006.14(h)',
};

const ATTEMPTS = /* @__PURE__ */ (() => Object.freeze(['attempts']))();
const MAX_SEARCH_STEPS = 64;
const MAX_SEARCH_MS = 400 * DAY_MS;
const cache = /* @__PURE__ */ (() => new WeakMap<ContactPolicy, ContactChecker>())();
const timelines = /* @__PURE__ */ (() => new WeakMap<ContactPolicy, TimelineOf>())();
type TimelineOf = (lead: Lead, attempts: Iterable<ContactAttempt>, options: ContactCheckOptions) => AccountTimeline;

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
  const timeline = compileTimeline(policy);
  const checker: ContactChecker = (lead, attempts, options) => {
    try {
      return timeline(lead, attempts, options).check;
    } catch (error) {
      throw unreadable(error);
    }
  };
  cache.set(policy, checker);
  return checker;
}

/**
 * The compiled policy behind {@link createContactChecker}, returning the whole
 * {@link AccountTimeline} (what `recommendContact` walks). Cached per policy object.
 *
 * @throws HotleadsError `INVALID_POLICY` when the policy is malformed; the timeline function
 *   throws as a {@link ContactChecker} does.
 */
export function compileTimeline(policy: ContactPolicy): TimelineOf {
  const cached = timelines.get(policy);
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
  const perDebt = parsed.attemptCounting === 'per-debt';
  const instructions = {
    text: parsed.optOutInstructions?.text ?? DEFAULT_OPT_OUT_INSTRUCTIONS.text,
    email: parsed.optOutInstructions?.email ?? DEFAULT_OPT_OUT_INSTRUCTIONS.email,
  };

  const evaluate: TimelineOf = (lead, attempts, options) => {
    checkLeadHead(lead);
    requireOptions(options);
    const nowMs = toEpochMs(options.now, ['now']);
    const channel = checkChannel(options.channel);
    const to = options.to;
    if (to !== undefined && (typeof to !== 'string' || to.trim().length === 0))
      throw new HotleadsError('INVALID_ARGUMENT', 'to must be a non-empty string', { path: ['to'] });
    const debtIds = options.debtIds;
    if (debtIds !== undefined && !isDebtIds(debtIds))
      throw new HotleadsError('INVALID_ARGUMENT', ATTEMPT_MESSAGES.debtIds, { path: ['debtIds'] });
    const words = WORDS[channel];
    const list = requireList<ContactAttempt>(attempts, ATTEMPTS);
    const reasons: string[] = [];
    const blocks: ContactBlock[] = [];
    const block = (rule: ContactRuleId, reason: string, until?: number) => {
      if (reasons.includes(reason)) return;
      reasons.push(reason);
      const b: ContactBlock = { rule, reason };
      if (until !== undefined) b.until = new Date(until).toISOString();
      const provision = PROVISIONS[rule];
      if (provision !== undefined) b.provision = provision;
      blocks.push(b);
    };
    // Blocks only a person can clear: flags, compliance data that cannot be read, places and
    // media the consumer ruled out.
    let permanent = false;
    if (flags !== undefined) {
      const flagged: string[] = [];
      if (flagReasons(lead, flags, channel, flagged)) {
        permanent = true;
        for (const r of flagged)
          block(r === FLAGS_UNREADABLE || r.startsWith('Unrecognised flag') ? 'unreadable' : 'flag', r);
      }
    }

    let rules = base;
    if (byState.size > 0) {
      const { state, problem } = accountState(lead, readState, stateField);
      if (problem !== undefined) {
        block('unreadable', problem);
        permanent = true;
      } else if (state !== undefined) rules = byState.get(state) ?? base;
    }
    const rule = rules.get(channel);

    const own = readAccountRules(lead);
    if (own.problem !== undefined) {
      block('unreadable', own.problem);
      permanent = true;
    }
    let usable: string[] | undefined;
    const optedOut = (key: string | undefined) =>
      own.optOuts.find((o) => o.channel === channel && o.at <= nowMs && (o.key === undefined || o.key === key));
    const whole = optedOut(undefined);
    const optOutReason = (o: CompiledOptOut) =>
      `Consumer opted out of ${words.plural}${o.to === undefined ? '' : ` to ${o.to}`} on ${dateOf(o.at)} — use another way to reach them`;
    if (whole !== undefined) {
      block('opt-out', optOutReason(whole));
      permanent = true;
    } else if (to !== undefined) {
      const key = contactKey(to);
      const o = optedOut(key);
      if (o !== undefined) {
        block('opt-out', optOutReason(o));
        permanent = true;
      }
      for (const p of own.points) {
        const why = p.key === key ? p.blockedFor(channel) : undefined;
        if (why !== undefined) {
          block('place', why);
          permanent = true;
        }
      }
    } else {
      const reaching = own.points.filter((p) => (p.type === 'email') === (channel === 'email'));
      if (reaching.length > 0) {
        usable = [];
        const why: Array<[ContactRuleId, string]> = [];
        for (const p of reaching) {
          const place = p.blockedFor(channel);
          const o = optedOut(p.key);
          if (place !== undefined) why.push(['place', place]);
          else if (o !== undefined) why.push(['opt-out', optOutReason(o)]);
          else if (!usable.includes(p.value)) usable.push(p.value);
        }
        if (usable.length === 0) {
          for (const [r, text] of why) block(r, text);
          permanent = true;
        }
      }
    }

    const inconvenient = own.inconvenient.filter((w) => w.channels === undefined || w.channels.includes(channel));

    // Every attempt is checked where it enters, whether or not this rule counts it; the times
    // that count are kept (per debt when the policy counts per debt), each seen as a local
    // calendar day in every zone below.
    const groups: Array<string | undefined> =
      perDebt && debtIds !== undefined && debtIds.length > 0 ? [...new Set(debtIds)] : [undefined];
    const counted: number[][] = groups.map(() => []);
    const conversations: number[][] = groups.map(() => []);
    for (let i = 0; i < list.length; i++) {
      const a = list[i]!;
      const at = checkAttempt(a, ATTEMPTS, i);
      if (rule === undefined || at > nowMs) continue;
      const countsHere = rule.maxAttempts !== undefined && a.channel === channel;
      const quietHere = rule.quiet !== undefined && a.outcome === 'conversation' && rule.quiet.channels.has(a.channel);
      if (!countsHere && !quietHere) continue;
      for (let g = 0; g < groups.length; g++) {
        const d = groups[g];
        if (d !== undefined && a.debtIds !== undefined && !a.debtIds.includes(d)) continue;
        if (countsHere) counted[g]!.push(at);
        if (quietHere) conversations[g]!.push(at);
      }
    }

    const result = (
      zones: readonly string[],
      blockersAt: AccountTimeline['blockersAt'],
      closesAfter: AccountTimeline['closesAfter'],
    ): AccountTimeline => {
      const check: ContactCheck =
        reasons.length === 0
          ? { channel, eligible: true, reasons, blocks }
          : { channel, eligible: false, reasons, blocks };
      if (channel !== 'call') check.optOutInstructions = instructions[channel];
      if (usable !== undefined && usable.length > 0) check.usable = usable;
      return {
        check,
        zones,
        permanent: permanent || (reasons.length > 0 && zones.length === 0),
        blockersAt,
        closesAfter,
      };
    };
    const never = () => [] as Blocker[];
    const open = () => Infinity;

    if (
      inconvenient.length === 0 &&
      (rule === undefined || (rule.window === undefined && rule.maxAttempts === undefined && rule.quiet === undefined))
    )
      return result([], never, open);

    const { zones, problem } = accountZones(lead, fallback);
    if (problem !== undefined) {
      block('time-zone', problem);
      return result([], never, open);
    }
    const countedDays = zones.map((z) => counted.map((g) => g.map((at) => localParts(at, z).day)));
    const lastConversation = conversations.map((g) => (g.length > 0 ? Math.max(...g) : Number.NaN));
    const conversationDays = zones.map((z) =>
      lastConversation.map((c) => (Number.isNaN(c) ? Number.NaN : localParts(c, z).day)),
    );

    const blockersAt = (t: number): Blocker[] => {
      const out: Blocker[] = [];
      for (let zi = 0; zi < zones.length; zi++) {
        const zone = zones[zi]!;
        const { day, minutes } = localParts(t, zone);
        if (rule?.window) {
          const { start, end } = rule.window;
          if (minutes < start) out.push({ kind: 'window', zone, minutes, clearAt: zonedTimeToMs(day, start, zone) });
          else if (minutes >= end)
            out.push({ kind: 'window', zone, minutes, clearAt: zonedTimeToMs(day + 1, start, zone) });
        }
        if (inconvenient.length > 0) {
          const weekday = 1 << weekdayOfDay(day);
          for (const w of inconvenient)
            if (w.days & weekday && minutes >= w.start && minutes < w.end)
              out.push({
                kind: 'inconvenient',
                zone,
                minutes,
                label: w.label,
                clearAt: w.end >= 1440 ? zonedTimeToMs(day + 1, 0, zone) : zonedTimeToMs(day, w.end, zone),
              });
        }
        if (rule?.maxAttempts) {
          const { count: limit, days } = rule.maxAttempts;
          for (let g = 0; g < groups.length; g++) {
            const list = countedDays[zi]![g]!;
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
              const b: Blocker = { kind: 'attempts', zone, count, clearAt: zonedTimeToMs(clearDay, 0, zone) };
              if (groups[g] !== undefined) b.debt = groups[g];
              out.push(b);
            }
          }
        }
        if (rule?.quiet) {
          for (let g = 0; g < groups.length; g++) {
            const c = conversationDays[zi]![g]!;
            if (!Number.isNaN(c) && c > day - rule.quiet.days) {
              const b: Blocker = {
                kind: 'quiet',
                zone,
                conversationAt: lastConversation[g]!,
                clearAt: zonedTimeToMs(c + rule.quiet.days, 0, zone),
              };
              if (groups[g] !== undefined) b.debt = groups[g];
              out.push(b);
            }
          }
        }
      }
      return out;
    };

    // Attempts and conversations only ever stop blocking as days pass (no new attempt is
    // assumed), so a time that is allowed stays allowed until a window ends or an inconvenient
    // time begins, in some zone.
    const closesAfter = (t: number): number => {
      let first = Infinity;
      for (const zone of zones) {
        const { day } = localParts(t, zone);
        if (rule?.window)
          for (let d = day; d <= day + 1; d++) {
            const end = zonedTimeToMs(d, rule.window.end, zone);
            if (end > t && end < first) first = end;
          }
        // Inconvenient times repeat every week: the next one starts within 8 local days.
        for (let d = day; d <= day + 7 && inconvenient.length > 0; d++) {
          const weekday = 1 << weekdayOfDay(d);
          let found = false;
          for (const w of inconvenient) {
            if (!(w.days & weekday)) continue;
            const begins = zonedTimeToMs(d, w.start, zone);
            if (begins > t) {
              found = true;
              if (begins < first) first = begins;
            }
          }
          if (found) break;
        }
      }
      return first;
    };

    const blockedNow = blockersAt(nowMs);
    if (blockedNow.length === 0) return result(zones, blockersAt, closesAfter);

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
    const until = (kind: Blocker['kind']) => {
      let latest = -Infinity;
      for (const b of blockedNow) if (b.kind === kind && b.clearAt > latest) latest = b.clearAt;
      return permanent || latest === -Infinity ? undefined : latest;
    };

    const window = blockedNow.find((b) => b.kind === 'window');
    if (window && rule?.window) {
      const there = single ? 'there' : `in ${window.zone}`;
      block(
        'window',
        `Outside ${words.hours} (${rule.window.label} local${rule.where}): it is ${formatClock(window.minutes!)} ${there}${tail}`,
        until('window'),
      );
    }
    for (const b of blockedNow)
      if (b.kind === 'inconvenient')
        block('inconvenient-time', `Consumer asked not to be ${words.done} ${b.label!}${tail}`, until('inconvenient'));
    const attemptsBlock = blockedNow.filter((b) => b.kind === 'attempts');
    if (attemptsBlock.length > 0 && rule?.maxAttempts) {
      const { count: limit, days } = rule.maxAttempts;
      for (const debt of groups) {
        const mine = attemptsBlock.filter((b) => b.debt === debt);
        if (mine.length === 0) continue;
        const count = Math.max(...mine.map((b) => b.count!));
        const about = debt === undefined ? '' : ` about debt ${safeString(debt, 40)}`;
        block(
          'attempts',
          `${count} ${words.noun} attempt${count === 1 ? '' : 's'}${about} in the last ${days} day${days === 1 ? '' : 's'} (limit ${limit}${rule.where})${tail}`,
          until('attempts'),
        );
      }
    }
    const quietBlock = blockedNow.filter((b) => b.kind === 'quiet');
    if (quietBlock.length > 0 && rule?.quiet) {
      for (const debt of groups) {
        const quiet = quietBlock.find((b) => b.debt === debt);
        if (quiet === undefined) continue;
        const about = debt === undefined ? '' : ` about debt ${safeString(debt, 40)}`;
        block(
          'quiet',
          `Spoke with the consumer${about} ${when(quiet.conversationAt!)} — no ${words.plural} for ${rule.quiet.days} days after a conversation${rule.where}${tail}`,
          until('quiet'),
        );
      }
    }
    if (!permanent && next === undefined) {
      block(
        'no-allowed-time',
        `No time in the next ${Math.round(MAX_SEARCH_MS / DAY_MS)} days when a ${words.noun} is allowed in every time zone this account could be in (${zones.join(', ')})`,
      );
    }
    const out = result(zones, blockersAt, closesAfter);
    if (next !== undefined) out.check.nextEligibleAt = new Date(next).toISOString();
    else out.permanent = true;
    return out;
  };
  timelines.set(policy, evaluate);
  return evaluate;
}

/** `YYYY-MM-DD` (UTC) of a recorded time, for a collector. */
function dateOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
