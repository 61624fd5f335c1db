// The compliance data of one account — flags, time zones, state — read fail-closed
// (docs/queue-and-compliance.md, "Guarantees"): own properties only, and a value that cannot be
// read (a wrong type, an unknown flag spelling, a getter that throws) blocks that account with a
// reason naming the field. It never throws, so one bad account cannot take down a queue, and
// nothing comes back eligible because it could not be read.
import { safeString } from '../errors/safeString';
import type { FieldReader } from '../lead/path';
import { isIanaTimeZone } from '../time/timeZone';
import type { BlockingFlag, ContactChannel } from './types';

const hasOwn = Object.prototype.hasOwnProperty;
const UNREAD = Symbol('unreadable');

/** The reason for flags that cannot be read: not a string or a list of strings, or a throwing getter. */
export const FLAGS_UNREADABLE = 'flags unreadable — check the account before any contact';

/** An own property of the account; {@link UNREAD} when reading it threw (a getter, a Proxy). */
function own(lead: object, key: string): unknown {
  try {
    return hasOwn.call(lead, key) ? (lead as Record<string, unknown>)[key] : undefined;
  } catch {
    return UNREAD;
  }
}

/** Flag spellings compare without case or whitespace: ' Do-Not-Contact ' is 'do-not-contact'. */
export function normalizeFlag(flag: string): string {
  return flag.replace(/\s+/g, '').toLowerCase();
}

/** A policy's flags, compiled once: blocking flags by normalized name, and the flags that do not block. */
export type CompiledFlags = {
  blocking: ReadonlyMap<string, readonly BlockingFlag[]>;
  known: ReadonlySet<string>;
};

/** Compiles a policy's flags; `undefined` when it has no blocking flags (it does not read flags then). */
export function compileFlags(
  blockingFlags: readonly BlockingFlag[] | undefined,
  knownFlags: readonly string[] | undefined,
): CompiledFlags | undefined {
  if (blockingFlags === undefined || blockingFlags.length === 0) return undefined;
  const blocking = new Map<string, BlockingFlag[]>();
  for (const f of blockingFlags) {
    const key = normalizeFlag(f.flag);
    const list = blocking.get(key);
    if (list === undefined) blocking.set(key, [f]);
    else list.push(f);
  }
  return { blocking, known: new Set((knownFlags ?? []).map(normalizeFlag)) };
}

/**
 * Reads `lead.flags` against the policy's flags and pushes the reasons that block `channel`.
 * A string is one flag; a list holds strings (blank ones carry nothing). Any other value, a
 * non-string element or a throwing read pushes {@link FLAGS_UNREADABLE}; a flag the policy does
 * not know (neither blocking nor in `knownFlags`) is an unknown spelling and blocks too.
 *
 * @returns true when a reason was pushed: a block only a person can clear.
 */
export function flagReasons(lead: object, flags: CompiledFlags, channel: ContactChannel, reasons: string[]): boolean {
  const raw = own(lead, 'flags');
  if (raw === undefined || raw === null) return false;
  const before = reasons.length;
  if (typeof raw === 'string') {
    oneFlag(raw, flags, channel, reasons);
    return reasons.length > before;
  }
  if (!Array.isArray(raw)) {
    reasons.push(FLAGS_UNREADABLE);
    return true;
  }
  try {
    for (let i = 0; i < raw.length; i++) {
      const flag: unknown = raw[i];
      if (typeof flag !== 'string') {
        reasons.length = before;
        reasons.push(FLAGS_UNREADABLE);
        return true;
      }
      oneFlag(flag, flags, channel, reasons);
    }
  } catch {
    reasons.length = before;
    reasons.push(FLAGS_UNREADABLE);
    return true;
  }
  return reasons.length > before;
}

function oneFlag(flag: string, flags: CompiledFlags, channel: ContactChannel, reasons: string[]): void {
  let key = flag;
  let matched = flags.blocking.get(key);
  if (matched === undefined) {
    key = normalizeFlag(flag);
    if (key.length === 0) return;
    matched = flags.blocking.get(key);
  }
  if (matched === undefined) {
    if (flags.known.has(key)) return;
    const reason = `Unrecognised flag "${safeString(flag, 60)}" in flags — check the account before any contact`;
    if (!reasons.includes(reason)) reasons.push(reason);
    return;
  }
  for (const f of matched)
    if ((f.channels === undefined || f.channels.includes(channel)) && !reasons.includes(f.reason))
      reasons.push(f.reason);
}

/** The zones an account could be in, or why contact hours cannot be checked. */
export type AccountZones = { zones: string[]; problem?: string };

const unreadableZone = (field: string) => `${field} unreadable — contact hours cannot be checked`;

/**
 * The account's time zones: `timeZones` (a list, or one zone as a string) and `timeZone`; the
 * policy's `fallback` zones when it has none. A value of another type, or a throwing read,
 * is a problem naming the field, as is a zone that is not an IANA name.
 */
export function accountZones(lead: object, fallback: readonly string[] | undefined): AccountZones {
  const zones: string[] = [];
  const add = (z: string) => {
    if (!zones.includes(z)) zones.push(z);
  };
  const many = own(lead, 'timeZones');
  if (typeof many === 'string') add(many);
  else if (Array.isArray(many)) {
    try {
      for (const z of many as unknown[]) {
        if (typeof z !== 'string') return { zones, problem: unreadableZone('timeZones') };
        add(z);
      }
    } catch {
      return { zones, problem: unreadableZone('timeZones') };
    }
  } else if (many !== undefined && many !== null) return { zones, problem: unreadableZone('timeZones') };
  const one = own(lead, 'timeZone');
  if (typeof one === 'string') add(one);
  else if (one !== undefined && one !== null) return { zones, problem: unreadableZone('timeZone') };
  if (zones.length === 0) {
    if (fallback && fallback.length > 0) return { zones: [...fallback] };
    return { zones, problem: 'No time zone on file — contact hours cannot be checked' };
  }
  for (const z of zones)
    if (!isIanaTimeZone(z))
      return {
        zones,
        problem: `Time zone "${safeString(z, 60)}" on file is not recognised — contact hours cannot be checked`,
      };
  return { zones };
}

/** The account's state code for the policy's state rules, or why it cannot be read. */
export type AccountState = { state?: string; problem?: string };

const NO_STATE: AccountState = /* @__PURE__ */ (() => Object.freeze({}))();

/**
 * Reads the state code with the policy's `stateField` reader (own properties): absent is no
 * state; a string is trimmed and upper-cased (' ma ' is MA); another type, or a throwing read, is
 * a problem naming the field.
 */
export function accountState(lead: object, read: FieldReader, field: string): AccountState {
  let raw: unknown;
  try {
    raw = read(lead);
  } catch {
    raw = UNREAD;
  }
  if (raw === undefined || raw === null) return NO_STATE;
  if (typeof raw === 'string') return { state: raw.trim().toUpperCase() };
  return { problem: `${field} unreadable — the state's stricter rules cannot be checked` };
}
