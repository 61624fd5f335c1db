import type { Alert, ScoreChangeContext } from '../alerts/types';
import { HotleadsError } from '../errors/HotleadsError';
import { safeString } from '../errors/safeString';
import { unreadable } from '../errors/unreadable';
import { checkEvent, checkLeadHead } from '../lead/checkLead';
import type { Lead, LeadEvent } from '../lead/types';
import { checkChannel } from '../policy/checkAttempt';
import type { ContactAttempt, ContactChannel, ContactCheck, ContactPolicy } from '../policy/types';
import { createScorer, isScorer, type Scorer } from '../scoring/createScorer';
import type { LeadScore, ScoringModel } from '../scoring/types';
import { toEpochMs, type Time } from '../time/toEpochMs';
import { requireList } from '../validation/requireList';
import { requireOptions } from '../validation/requireOptions';
import { balanceOf, compareRank } from './compareEntries';
import { LiveAlerts, type LiveAlertOptions } from './liveAlerts';
import { LiveEligibility } from './liveEligibility';
import { LiveOrder, type LiveOrderItem } from './liveOrder';
import { DEFAULT_PAYMENT_TYPES, scanPromises } from './promiseScan';
import { createRecommender, type QueueRecommendOptions } from './recommendation';
import type { QueueEntry } from './types';

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
  alerts?: LiveAlertOptions;
  /** Give the top entries contributions and reasons (default true). */
  explain?: boolean;
  /** Give each entry returned its top `recommendation`, computed when first read (as `rankQueue`). Needs a `policy`. */
  recommend?: QueueRecommendOptions;
  /**
   * Called with what a change means for `@hotleads/rules` (its `TriggerContext`s, for
   * `evaluateRules` or `cascadeRules`): a {@link ScoreChangeContext} each time an account's
   * score moves into another band (on `ingest`, `upsert` of a known account and `advance`), and
   * `{ type: 'event', event: 'promise_broken' }` when `advance` finds that a promise to pay's
   * due date passed unpaid (the promise scan, docs/queue-and-compliance.md). Called after the
   * queue is up to date, in the order the changes happened, so it may read the queue.
   */
  onTrigger?: (leadId: string, context: LiveQueueTrigger) => void;
  /** The event types that pay toward a promise to pay (the promise scan); default `payment` and `partial_payment`. */
  paymentTypes?: readonly string[];
};

/**
 * What the live queue hands {@link LiveQueueOptions.onTrigger}: the shapes of `@hotleads/rules`'
 * `scoreChange` and `event` trigger contexts.
 */
export type LiveQueueTrigger = ScoreChangeContext | { type: 'event'; event: 'promise_broken' };

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

type Rec = LiveOrderItem & {
  lead: Lead;
  events: LeadEvent[];
  scored: LeadScore;
  eligible: boolean;
  check: ContactCheck | undefined;
  explained: LeadScore | undefined;
};

const PROMISE_BROKEN = /* @__PURE__ */ (() => Object.freeze({ type: 'event', event: 'promise_broken' } as const))();

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
 * compiled model). The model is validated and compiled once. It is built from parts that each
 * own one job, beside `rankQueue` (docs/queue-and-compliance.md, "Live queue"): the order of
 * the eligible accounts (`LiveOrder`, a heap below a top-N list), eligibility rechecks
 * (`LiveEligibility`), alert de-duplication (`LiveAlerts`) and the promise scan (`scanPromises`).
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
  const channel = checkChannel(options.channel);
  const explain = options.explain !== false;
  const recommend = createRecommender(options.recommend, options.policy);
  const alerts = new LiveAlerts(options.alerts);
  const onTrigger = options.onTrigger;
  if (onTrigger !== undefined && typeof onTrigger !== 'function')
    throw new HotleadsError('INVALID_ARGUMENT', 'onTrigger must be a function', { path: ['onTrigger'] });
  const paymentTypes = new Set(
    requireList<string>(options.paymentTypes === undefined ? DEFAULT_PAYMENT_TYPES : options.paymentTypes, [
      'paymentTypes',
    ]),
  );
  for (const type of paymentTypes)
    if (typeof type !== 'string' || type.length === 0)
      throw new HotleadsError('INVALID_ARGUMENT', 'paymentTypes must be a list of event types', {
        path: ['paymentTypes'],
      });
  let nowMs = toEpochMs(options.now, ['now']);
  const eligibility = new LiveEligibility(options.policy, channel, options.touches);

  const book = new Map<string, Rec>();
  const order = new LiveOrder<Rec>(limit);
  const blocked = new Set<Rec>();
  const quick = { now: nowMs, explain: false };
  // Trigger contexts wait here until the queue is consistent again, then go to onTrigger.
  const pending: Array<[string, LiveQueueTrigger]> = [];

  const rescore = (rec: Rec) => {
    quick.now = nowMs;
    const s = scorer(rec.lead, quick);
    rec.scored = s;
    rec.score = s.score;
    rec.explained = undefined;
  };
  const recheck = (rec: Rec) => {
    rec.check = eligibility.check(rec.lead, nowMs);
    rec.eligible = rec.check === undefined || rec.check.eligible;
  };
  const place = (rec: Rec) => {
    if (rec.eligible) order.insert(rec);
    else blocked.add(rec);
  };
  const unplace = (rec: Rec) => {
    if (rec.inTop || rec.pos >= 0) order.remove(rec);
    else blocked.delete(rec);
  };
  const bandChange = (rec: Rec, before: LeadScore) => {
    if (onTrigger === undefined || before.band === rec.scored.band) return;
    pending.push([
      rec.id,
      {
        type: 'scoreChange',
        previousScore: before.score,
        previousBand: before.band,
        score: rec.scored.score,
        band: rec.scored.band,
      },
    ]);
  };
  const flush = () => {
    if (onTrigger === undefined || pending.length === 0) return;
    const calls = pending.splice(0);
    for (const [leadId, context] of calls) onTrigger(leadId, context);
  };

  const newRec = (lead: Lead): Rec => {
    const { lead: own, events } = copyLead(lead);
    const rec: Rec = {
      id: own.id,
      score: 0,
      balance: balanceOf(own),
      pos: -1,
      inTop: false,
      lead: own,
      events,
      scored: undefined as unknown as LeadScore,
      eligible: true,
      check: undefined,
      explained: undefined,
    };
    rescore(rec);
    recheck(rec);
    return rec;
  };

  const rebuild = () => {
    blocked.clear();
    const eligible: Rec[] = [];
    for (const rec of book.values()) {
      rec.inTop = false;
      rec.pos = -1;
      if (rec.eligible) eligible.push(rec);
      else blocked.add(rec);
    }
    order.rebuild(eligible);
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
    let score = rec.scored;
    if (explained) score = rec.explained ??= scorer(rec.lead, { now: nowMs, explain: true });
    const entry: LiveQueueEntry = {
      ...score,
      rank,
      eligible: rec.eligible,
      blockedReasons: rec.check?.eligible === false ? [...rec.check.reasons] : [],
    };
    if (!rec.eligible && rec.check?.nextEligibleAt !== undefined) entry.nextEligibleAt = rec.check.nextEligibleAt;
    recommend?.(entry, rec.lead, [...eligibility.attemptsOf(rec.id)], nowMs);
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
        return alerts.detect(undefined, rec.scored, [], rec.lead, nowMs);
      }
      unplace(old);
      old.lead = rec.lead;
      old.events = rec.events;
      old.balance = rec.balance;
      const before = old.scored;
      old.scored = rec.scored;
      old.score = rec.score;
      old.explained = undefined;
      old.check = rec.check;
      old.eligible = rec.eligible;
      place(old);
      bandChange(old, before);
      const found = alerts.detect(before, old.scored, [], old.lead, nowMs);
      flush();
      return found;
    },
    ingest(leadId, event) {
      const rec = book.get(leadId);
      if (rec === undefined)
        throw new HotleadsError('NOT_FOUND', `No account "${safeString(leadId, 60)}" in the live queue`, {
          path: ['leadId'],
        });
      checkEvent(event);
      rec.events.push(event);
      const before = rec.scored;
      rescore(rec);
      // Re-place only when the order can change.
      if (rec.score !== before.score && rec.eligible) order.update(rec);
      bandChange(rec, before);
      const found = alerts.mayAlert(event, before, rec.scored)
        ? alerts.detect(before, rec.scored, [event], rec.lead, nowMs)
        : [];
      flush();
      return found;
    },
    recordAttempt(attempt) {
      eligibility.record(attempt);
      const rec = book.get(attempt.leadId);
      if (rec === undefined || !eligibility.filters) return;
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
      const found: Alert[] = [];
      for (const rec of book.values()) {
        const before = rec.scored;
        rescore(rec);
        recheck(rec);
        const scan = scanPromises(rec.lead, rec.events, rec.scored, prev, next, alerts, paymentTypes, found);
        if (scan.arrived !== undefined || rec.scored.band !== before.band)
          found.push(...alerts.detect(before, rec.scored, scan.arrived ?? [], rec.lead, nowMs));
        bandChange(rec, before);
        if (scan.broken !== undefined && onTrigger !== undefined)
          for (let i = 0; i < scan.broken.length; i++) pending.push([rec.id, PROMISE_BROKEN]);
      }
      rebuild();
      flush();
      return found;
    },
    top() {
      return order.top.map((rec, i) => entryOf(rec, i + 1, explain));
    },
    rankOf(leadId) {
      const rec = book.get(leadId);
      return rec === undefined ? undefined : order.rankOf(rec);
    },
    blocked() {
      const list = [...blocked].sort(compareRank);
      return list.map((rec, i) => entryOf(rec, order.top.length + i + 1, false));
    },
    leads() {
      return [...book.values()].map((rec) => ({ ...rec.lead, events: [...rec.events] }));
    },
    touches() {
      return eligibility.all();
    },
  };
}
