import { HotleadsError } from '../errors/HotleadsError';
import { safeString } from '../errors/safeString';
import { unreadable } from '../errors/unreadable';
import { checkEvent, checkLeadHead } from '../lead/checkLead';
import type { Lead, LeadEvent } from '../lead/types';
import { checkAttempt, checkChannel } from '../policy/checkAttempt';
import { createContactChecker, type ContactChecker } from '../policy/createContactChecker';
import type { ContactAttempt, ContactChannel, ContactCheck, ContactPolicy } from '../policy/types';
import { balanceOf } from '../queue/compareEntries';
import type { QueueEntry } from '../queue/types';
import { bandRank } from '../scoring/bands';
import { createScorer, isScorer, type Scorer } from '../scoring/createScorer';
import type { LeadScore, ScoringModel } from '../scoring/types';
import { localDate } from '../time/localDate';
import { isIanaTimeZone } from '../time/timeZone';
import { toEpochMs, tryEpochMs, type Time } from '../time/toEpochMs';
import { requireList } from '../validation/requireList';
import { requireOptions } from '../validation/requireOptions';
import { createRecommender, type QueueRecommendOptions } from '../queue/recommendation';
import { defaultAlertSignals } from './defaultAlertSignals';
import { detectAlerts, promiseDueAlert, promiseDueDate, type DetectAlertsOptions } from './detectAlerts';
import type { Alert } from './types';

/** Options for {@link createLiveQueue}. */
export type LiveQueueOptions = {
  /** The queue's clock: scores and eligibility are as of this moment until {@link LiveQueue.advance}. */
  now: Time;
  /** How many eligible accounts to keep in order (the top N); default 50. */
  limit?: number;
  /** The initial book, loaded without raising alerts. */
  leads?: Iterable<Lead>;
  /** A contact policy: only accounts it allows now enter the top N (as in `rankQueue`). */
  policy?: ContactPolicy;
  /** Contact attempts already made (any accounts), counted by the policy. */
  touches?: Iterable<ContactAttempt>;
  /** The channel the queue is for; default `call`. */
  channel?: ContactChannel;
  /**
   * Alert settings. `timeZone` is the calendar for "promise due today" of accounts without a
   * `timeZone` of their own (an account's `timeZone`, when set, wins).
   */
  alerts?: Omit<DetectAlertsOptions, 'now'>;
  /** Give the top entries contributions and reasons (default true). */
  explain?: boolean;
  /** Give each entry returned its top `recommendation`, computed when first read (as `rankQueue`). Needs a `policy`. */
  recommend?: QueueRecommendOptions;
};

/** One account as the live queue shows it: exactly a `rankQueue` entry. */
export type LiveQueueEntry = QueueEntry;

/**
 * A live book of accounts: takes accounts, events and contact attempts one at a time, rescores
 * only the account touched, keeps the top N eligible accounts in order and returns the alerts
 * each change raises. Deterministic: the same calls with the same times give the same queue and
 * the same alerts.
 */
export interface LiveQueue {
  /** The queue's clock, ISO 8601. */
  readonly now: string;
  /** Number of accounts in the book. */
  readonly size: number;
  /** N, the number of eligible accounts kept in order. */
  readonly limit: number;
  /** Adds or replaces an account (its fields and events) and rescores it. Raises band alerts. */
  upsert(lead: Lead): Alert[];
  /** Appends an event to an account and rescores it. Raises signal, band and promise alerts. */
  ingest(leadId: string, event: LeadEvent): Alert[];
  /** Records a contact attempt; the account's eligibility is checked again. */
  recordAttempt(attempt: ContactAttempt): void;
  /** Removes an account; false when it was not in the book. */
  remove(leadId: string): boolean;
  /**
   * Moves the clock to `now` and rescores the whole book (signals decay, blocks expire). Raises
   * alerts for events that became visible, band rises and promises due today.
   */
  advance(now: Time): Alert[];
  /** The top N eligible accounts, best first. */
  top(): LiveQueueEntry[];
  /** The 1-based rank of an account in the top N, or undefined when it is not there. */
  rankOf(leadId: string): number | undefined;
  /** The blocked accounts, best first, with their reasons (ranked after the top N, as `rankQueue` with a limit). */
  blocked(): LiveQueueEntry[];
  /** A copy of the book, e.g. to persist it or to check it against `rankQueue`. */
  leads(): Lead[];
  /** Every contact attempt recorded. */
  touches(): ContactAttempt[];
}

type Rec = {
  id: string;
  lead: Lead;
  events: LeadEvent[];
  score: LeadScore;
  balance: number;
  eligible: boolean;
  check: ContactCheck | undefined;
  /** Index in the heap, or -1. */
  pos: number;
  inTop: boolean;
  explained: LeadScore | undefined;
};

/** True when `a` ranks before `b`: higher score, then higher balance, then smaller id (as `compareRank`). */
function better(a: Rec, b: Rec): boolean {
  const sa = a.score.score;
  const sb = b.score.score;
  if (sa !== sb) return sa > sb;
  if (a.balance !== b.balance) return a.balance > b.balance;
  return a.id < b.id;
}

const TOUCHES = Object.freeze(['touches']);
const ATTEMPT = Object.freeze(['attempt']);

/** A copy the queue owns. Its events are checked by the scorer, which scores it next. */
function copyLead(lead: Lead): { lead: Lead; events: LeadEvent[] } {
  const head = checkLeadHead(lead);
  try {
    const events = head === undefined ? [] : [...head];
    return { lead: { ...lead, events }, events };
  } catch (error) {
    // A getter or Proxy of the lead that throws while it is copied.
    throw unreadable(error, 'INVALID_LEAD');
  }
}

/**
 * Creates a live queue over a scoring model (or a scorer from `createScorer`, to share one
 * compiled model). The model is validated and compiled once.
 *
 * @throws HotleadsError `INVALID_MODEL`, `INVALID_POLICY`, `INVALID_LEAD`, `INVALID_TIME` or
 *   `INVALID_ARGUMENT` (a limit that is not a positive integer).
 * @example
 * const queue = createLiveQueue(collectionsHotLeadModel, { now, leads: book, policy: regFPolicy, alerts: { timeZone: 'America/Chicago' } });
 * const alerts = queue.ingest('acct-17', { type: 'abandoned_payment', at: now, value: 240 });
 * queue.top(); // top 50, best first
 */
export function createLiveQueue(model: ScoringModel | Scorer, options: LiveQueueOptions): LiveQueue {
  try {
    return create(model, options);
  } catch (error) {
    throw unreadable(error);
  }
}

function create(model: ScoringModel | Scorer, options: LiveQueueOptions): LiveQueue {
  requireOptions(options);
  const scorer = isScorer(model) ? model : createScorer(model as ScoringModel);
  const limit = options.limit ?? 50;
  if (!Number.isInteger(limit) || limit < 1)
    throw new HotleadsError('INVALID_ARGUMENT', 'limit must be a positive integer', { path: ['limit'] });
  const checker: ContactChecker | undefined =
    options.policy === undefined ? undefined : createContactChecker(options.policy);
  const channel = checkChannel(options.channel);
  const explain = options.explain !== false;
  const recommend = createRecommender(options.recommend, options.policy);
  const alertOptions = options.alerts ?? {};
  requireOptions(alertOptions, ['alerts']);
  const promiseType = alertOptions.promiseType ?? 'promise_to_pay';
  const locale = alertOptions.locale ?? 'en-US';
  const currency = alertOptions.currency ?? 'USD';
  let nowMs = toEpochMs(options.now, ['now']);

  const book = new Map<string, Rec>();
  const attemptsByLead = new Map<string, ContactAttempt[]>();
  const top: Rec[] = [];
  const heap: Rec[] = [];
  const blockedSet = new Set<Rec>();
  const promisesAnnounced = new Set<string>();

  // ---- max-heap of the eligible accounts below the top N ----
  const swap = (i: number, j: number) => {
    const a = heap[i]!;
    const b = heap[j]!;
    heap[i] = b;
    heap[j] = a;
    b.pos = i;
    a.pos = j;
  };
  const siftUp = (i: number) => {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!better(heap[i]!, heap[p]!)) return;
      swap(i, p);
      i = p;
    }
  };
  const siftDown = (i: number) => {
    const n = heap.length;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) return;
      const r = l + 1;
      const c = r < n && better(heap[r]!, heap[l]!) ? r : l;
      if (!better(heap[c]!, heap[i]!)) return;
      swap(i, c);
      i = c;
    }
  };
  const heapPush = (rec: Rec) => {
    rec.pos = heap.length;
    heap.push(rec);
    siftUp(rec.pos);
  };
  const heapRemoveAt = (i: number): Rec => {
    const rec = heap[i]!;
    const last = heap.pop()!;
    if (last !== rec) {
      heap[i] = last;
      last.pos = i;
      siftDown(i);
      siftUp(last.pos);
    }
    rec.pos = -1;
    return rec;
  };

  // ---- top N, best first; every top entry ranks before every heap entry ----
  const topInsert = (rec: Rec) => {
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (better(top[mid]!, rec)) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, rec);
    rec.inTop = true;
  };
  const place = (rec: Rec) => {
    if (!rec.eligible) {
      blockedSet.add(rec);
      return;
    }
    if (top.length < limit) {
      topInsert(rec);
    } else if (better(rec, top[top.length - 1]!)) {
      const evicted = top.pop()!;
      evicted.inTop = false;
      topInsert(rec);
      heapPush(evicted);
    } else {
      heapPush(rec);
    }
  };
  const unplace = (rec: Rec) => {
    if (rec.inTop) {
      top.splice(top.indexOf(rec), 1);
      rec.inTop = false;
      if (heap.length > 0) {
        const promoted = heapRemoveAt(0);
        top.push(promoted);
        promoted.inTop = true;
      }
    } else if (rec.pos >= 0) {
      heapRemoveAt(rec.pos);
    } else {
      blockedSet.delete(rec);
    }
  };

  /** Restores the order after an eligible account's score changed, moving it as little as possible. */
  const reposition = (rec: Rec) => {
    if (rec.pos >= 0) {
      if (top.length === limit && better(rec, top[limit - 1]!)) {
        heapRemoveAt(rec.pos);
        const evicted = top.pop()!;
        evicted.inTop = false;
        topInsert(rec);
        heapPush(evicted);
      } else {
        siftUp(rec.pos);
        siftDown(rec.pos);
      }
      return;
    }
    top.splice(top.indexOf(rec), 1);
    rec.inTop = false;
    if (heap.length > 0 && better(heap[0]!, rec)) {
      const promoted = heapRemoveAt(0);
      top.push(promoted);
      promoted.inTop = true;
      heapPush(rec);
    } else {
      topInsert(rec);
    }
  };
  const rescore = (rec: Rec) => {
    rec.score = scorer(rec.lead, { now: nowMs, explain: false });
    rec.explained = undefined;
  };
  const recheck = (rec: Rec) => {
    if (checker === undefined) {
      rec.eligible = true;
      return;
    }
    rec.check = checker(rec.lead, attemptsByLead.get(rec.id) ?? [], { now: nowMs, channel });
    rec.eligible = rec.check.eligible;
  };
  const signals = alertOptions.signals ?? defaultAlertSignals;
  if (alertOptions.timeZone !== undefined && !isIanaTimeZone(alertOptions.timeZone))
    throw new HotleadsError('INVALID_ARGUMENT', 'Expected an IANA time zone such as America/Chicago', {
      path: ['alerts', 'timeZone'],
    });
  // An account's own zone when it is a real one (a bad one is the policy's business: it blocks).
  const zoneOf = (rec: Rec): string | undefined =>
    isIanaTimeZone(rec.lead.timeZone) ? rec.lead.timeZone : alertOptions.timeZone;
  // One options object per (zone, now), reused across calls.
  const detectOptions = new Map<string | undefined, DetectAlertsOptions>();
  const optionsFor = (timeZone: string | undefined): DetectAlertsOptions => {
    let o = detectOptions.get(timeZone);
    if (o === undefined || o.now !== nowMs) {
      o = timeZone === undefined ? { ...alertOptions, now: nowMs } : { ...alertOptions, now: nowMs, timeZone };
      detectOptions.set(timeZone, o);
    }
    return o;
  };
  const alertsFor = (before: LeadScore | undefined, rec: Rec, events: readonly LeadEvent[]): Alert[] => {
    const found = detectAlerts(before, rec.score, events, optionsFor(zoneOf(rec)));
    if (found.length === 0) return found;
    return found.filter((a) => {
      if (a.kind !== 'promise-due') return true;
      if (promisesAnnounced.has(a.id)) return false;
      promisesAnnounced.add(a.id);
      return true;
    });
  };

  const newRec = (lead: Lead): Rec => {
    const { lead: own, events } = copyLead(lead);
    const rec: Rec = {
      id: own.id,
      lead: own,
      events,
      score: undefined as unknown as LeadScore,
      balance: balanceOf(own),
      eligible: true,
      check: undefined,
      pos: -1,
      inTop: false,
      explained: undefined,
    };
    rescore(rec);
    recheck(rec);
    return rec;
  };

  const addAttempt = (attempt: ContactAttempt, index?: number) => {
    if (index === undefined) checkAttempt(attempt, ATTEMPT);
    else checkAttempt(attempt, TOUCHES, index);
    let list = attemptsByLead.get(attempt.leadId);
    if (list === undefined) attemptsByLead.set(attempt.leadId, (list = []));
    list.push(attempt);
  };
  requireList<ContactAttempt>(options.touches === undefined ? [] : options.touches, TOUCHES).forEach((a, i) =>
    addAttempt(a, i),
  );

  const rebuild = () => {
    top.length = 0;
    heap.length = 0;
    blockedSet.clear();
    for (const rec of book.values()) {
      rec.inTop = false;
      rec.pos = -1;
      if (rec.eligible) {
        rec.pos = heap.length;
        heap.push(rec);
      } else blockedSet.add(rec);
    }
    for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftDown(i);
    while (top.length < limit && heap.length > 0) {
      const rec = heapRemoveAt(0);
      top.push(rec);
      rec.inTop = true;
    }
  };

  for (const [i, lead] of requireList<Lead>(options.leads === undefined ? [] : options.leads, ['leads']).entries()) {
    let rec: Rec;
    try {
      rec = newRec(lead);
    } catch (error) {
      throw HotleadsError.wrap(error, ['leads', i]);
    }
    const old = book.get(rec.id);
    if (old !== undefined) book.delete(rec.id);
    book.set(rec.id, rec);
  }
  rebuild();

  const entryOf = (rec: Rec, rank: number, explained: boolean): LiveQueueEntry => {
    let score = rec.score;
    if (explained) score = rec.explained ??= scorer(rec.lead, { now: nowMs, explain: true });
    const entry: LiveQueueEntry = {
      ...score,
      rank,
      eligible: rec.eligible,
      blockedReasons: rec.check?.eligible === false ? [...rec.check.reasons] : [],
    };
    if (!rec.eligible && rec.check?.nextEligibleAt !== undefined) entry.nextEligibleAt = rec.check.nextEligibleAt;
    recommend?.(entry, rec.lead, [...(attemptsByLead.get(rec.id) ?? [])], nowMs);
    return entry;
  };

  return {
    get now() {
      return new Date(nowMs).toISOString();
    },
    get size() {
      return book.size;
    },
    limit,
    upsert(lead) {
      const rec = newRec(lead);
      const old = book.get(rec.id);
      if (old === undefined) {
        book.set(rec.id, rec);
        place(rec);
        return alertsFor(undefined, rec, []);
      }
      unplace(old);
      old.lead = rec.lead;
      old.events = rec.events;
      old.balance = rec.balance;
      const before = old.score;
      old.score = rec.score;
      old.explained = undefined;
      old.check = rec.check;
      old.eligible = rec.eligible;
      place(old);
      return alertsFor(before, old, []);
    },
    ingest(leadId, event) {
      const rec = book.get(leadId);
      if (rec === undefined)
        throw new HotleadsError('NOT_FOUND', `No account "${safeString(leadId, 60)}" in the live queue`, {
          path: ['leadId'],
        });
      checkEvent(event);
      rec.events.push(event);
      const before = rec.score;
      rec.score = scorer(rec.lead, { now: nowMs, explain: false });
      rec.explained = undefined;
      if (rec.score.score !== before.score && rec.eligible) {
        // Re-place only when the order can change.
        reposition(rec);
      }
      // Most events are neither a signal nor a promise and change no band: no alert to look for.
      if (before.band === rec.score.band || bandRank(rec.score.band) < bandRank(before.band)) {
        if (event.type !== promiseType && !Object.prototype.hasOwnProperty.call(signals, event.type)) return [];
      }
      return alertsFor(before, rec, [event]);
    },
    recordAttempt(attempt) {
      addAttempt(attempt);
      const rec = book.get(attempt.leadId);
      if (rec === undefined || checker === undefined) return;
      unplace(rec);
      recheck(rec);
      place(rec);
    },
    remove(leadId) {
      const rec = book.get(leadId);
      if (rec === undefined) return false;
      unplace(rec);
      book.delete(leadId);
      return true;
    },
    advance(now) {
      const next = toEpochMs(now, ['now']);
      if (next < nowMs)
        throw new HotleadsError('INVALID_ARGUMENT', 'A live queue only moves forward in time', { path: ['now'] });
      const prev = nowMs;
      nowMs = next;
      const alerts: Alert[] = [];
      for (const rec of book.values()) {
        const before = rec.score;
        rescore(rec);
        recheck(rec);
        let arrived: LeadEvent[] | undefined;
        let zone: string | undefined;
        let today: string | undefined;
        for (const e of rec.events) {
          const at = tryEpochMs(e.at);
          if (at > prev && at <= next) (arrived ??= []).push(e);
          else if (at <= prev && e.type === promiseType && (zone ??= zoneOf(rec)) !== undefined) {
            // A promise made earlier that falls due today.
            if (promiseDueDate(e, zone) === (today ??= localDate(next, zone))) {
              const alert = promiseDueAlert(
                rec.id,
                e.type,
                at,
                typeof e.value === 'number' ? e.value : undefined,
                rec.score,
                locale,
                currency,
              );
              if (!promisesAnnounced.has(alert.id)) {
                promisesAnnounced.add(alert.id);
                alerts.push(alert);
              }
            }
          }
        }
        if (arrived !== undefined || rec.score.band !== before.band)
          alerts.push(...alertsFor(before, rec, arrived ?? []));
      }
      rebuild();
      return alerts;
    },
    top() {
      return top.map((rec, i) => entryOf(rec, i + 1, explain));
    },
    rankOf(leadId) {
      const rec = book.get(leadId);
      return rec?.inTop ? top.indexOf(rec) + 1 : undefined;
    },
    blocked() {
      const list = [...blockedSet].sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
      return list.map((rec, i) => entryOf(rec, top.length + i + 1, false));
    },
    leads() {
      return [...book.values()].map((rec) => ({ ...rec.lead, events: [...rec.events] }));
    },
    touches() {
      return [...attemptsByLead.values()].flat();
    },
  };
}
