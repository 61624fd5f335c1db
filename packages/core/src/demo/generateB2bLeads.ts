import { unreadable } from '../errors/unreadable';
import type { Lead, LeadEvent } from '../lead/types';
import { requireOptions } from '../validation/requireOptions';
import { toEpochMs, type Time } from '../time/toEpochMs';
import { HOUR_MS } from '../time/units';
import { checkSize } from './checkSize';
import { seededRandom, type Random } from './seededRandom';

/** Options for {@link generateB2bLeads}. */
export type GenerateB2bLeadsOptions = {
  /** How many leads. */
  size: number;
  /** The moment the leads are "as of"; every `createdAt` and event is at or before it. */
  now: Time;
  /** Seed of the generator (default 1): the same seed gives the same leads. */
  seed?: number;
  /**
   * `'sparse'` (default) leaves an unknown field out, so nearly every lead has an object shape of
   * its own (as hand-entered CRM records do); `'rows'` gives every lead every field, `null` when
   * unknown, as rows from a database or an API that always sends every column.
   */
  shape?: 'sparse' | 'rows';
};

const pick = <T>(rnd: Random, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

/**
 * Generates deterministic B2B leads for demos, rule-builder previews, tests and benchmarks. Each
 * lead carries every field `b2bLeadModel` scores (the fact ids of `@hotleads/rules`' catalog),
 * each one known with probability 0.65; values mix the model's targets with other plausible
 * values (target and non-target countries, roles, sources, industries), numbers spread across the
 * model's steps, and 0–3 recent events (replies, quote requests, page engagement, chats), so every
 * evaluator does real work and the scores spread over several bands. Created within the last 90 days,
 * events within the last 14. No randomness leaks in: the same options give the same leads.
 *
 * @throws HotleadsError `INVALID_ARGUMENT` for a missing options object or a `size` that is not a
 *   whole number from 0 to 10,000,000, `INVALID_TIME` for a bad `now`.
 * @example const leads = generateB2bLeads({ size: 500, now: '2026-03-01T12:00:00Z', seed: 7 });
 */
export function generateB2bLeads(options: GenerateB2bLeadsOptions): Lead[] {
  try {
    return generateB2bLeadsChecked(options);
  } catch (error) {
    throw unreadable(error);
  }
}

function generateB2bLeadsChecked(options: GenerateB2bLeadsOptions): Lead[] {
  requireOptions(options);
  const nowMs = toEpochMs(options.now, ['now']);
  checkSize(options.size);
  const size = options.size;
  const shape = options.shape ?? 'sparse';
  const rnd = seededRandom(options.seed ?? 1);
  const maybe = (p: number) => rnd() < p;
  const leads: Lead[] = [];
  for (let i = 0; i < size; i++) {
    const lead: Lead = { id: `L-${i}`, createdAt: nowMs - Math.floor(rnd() * 90 * 24 * HOUR_MS) };
    const set = (field: string, value: unknown) => {
      if (maybe(0.65)) lead[field] = value;
      else if (shape === 'rows') lead[field] = null;
    };
    set('contactName', pick(rnd, ['Ada Diaz', 'Omar Said', 'Li Wei', 'Ana Costa']));
    set('email', `lead${i}@example.com`);
    set('phone', '+971500000000');
    set('location', pick(rnd, ['Canada', 'Germany', 'Brazil', 'India', 'Kenya']));
    set('jobTitle', pick(rnd, ['CEO', 'Engineer', 'Buyer', 'Intern', 'Director']));
    set('leadSource', pick(rnd, ['Web Forms', 'Get Quote Form', 'Events', 'Lists']));
    set('companyName', `Co ${i}`);
    set('companySize', Math.floor(rnd() * 2000));
    set('annualRevenue', rnd() * 5e8);
    set('industry', pick(rnd, ['Oil & Gas', 'Manufacturing', 'Retail', 'Power Generation']));
    set('budget', Math.floor(rnd() * 400_000));
    set('authority', pick(rnd, ['Decision Maker', 'Influencer', 'Other']));
    set('need', pick(rnd, ['Urgent', 'Strong', 'Moderate', 'Weak']));
    set('timeline', pick(rnd, ['Within 1 Week', '1-3 Months', '3-6 Months', '6+ Months']));
    set('challenges', [pick(rnd, ['Technical', 'Financial', 'Operational'])]);
    set('needAlignment', pick(rnd, ['Perfect', 'Partial', 'None']));
    set('targetCustomerProfile', pick(rnd, ['Ideal', 'Partial']));
    for (const f of [
      'engagementLevel',
      'scrollDepth',
      'emailOpenRate',
      'chatResponseRate',
      'emailResponseRate',
      'overallEngagementScore',
      'channelMetrics',
    ])
      set(f, rnd() * 100);
    for (const f of [
      'sessionsEngaged',
      'pageRevisits',
      'clicks',
      'productImageClicks',
      'productSpecView',
      'socialShareClicks',
      'visitStoreClicks',
      'companyProfileClicks',
      'wishlistItems',
      'quoteRequests',
      'orderFrequency',
      'buyingFrequency',
    ])
      set(f, Math.floor(rnd() * 15));
    set('timeOnPage', Math.floor(rnd() * 600));
    set('timeOnPlatform', Math.floor(rnd() * 5000));
    set('pageViewed', pick(rnd, ['Pricing', 'Blog', 'Product Detail']));
    set('elementClicked', pick(rnd, ['quote', 'logo', 'contact']));
    set('orderValue', rnd() * 80_000);
    set('conversionRate', rnd() * 15);
    set('quoteRequest', pick(rnd, ['Submitted', 'Pending', 'Abandoned']));
    set('wishlist', pick(rnd, ['Add', 'View', 'Remove']));
    set('downloadCatalog', pick(rnd, ['Success', 'Failed']));
    set('sellerReviewSentiment', rnd());
    set('sellerRate', 1 + Math.floor(rnd() * 5));
    set('addToContacts', maybe(0.5));
    set('chatWithSeller', pick(rnd, ['Started', 'Completed', 'Abandoned']));
    set('contactSeller', pick(rnd, ['Submitted', 'Failed', 'Pending']));
    set('buyerType', pick(rnd, ['New', 'Returning', 'High-Value', 'VIP']));
    set('buyerJourneyStage', pick(rnd, ['Awareness', 'Consideration', 'Decision', 'Purchase']));
    set('purchaseHistoryValue', rnd() * 300_000);
    set('spendingPattern', rnd() * 60_000);
    set('reviewRating', 1 + Math.floor(rnd() * 5));
    set('searchTerm', pick(rnd, ['gas turbine', 'valve', 'pipe']));
    set('frequentFeatures', [pick(rnd, ['Search', 'Compare', 'Request Quote'])]);
    set('communicationChannel', pick(rnd, ['Email', 'Chat', 'Phone']));
    const events: LeadEvent[] = [];
    const n = Math.floor(rnd() * 4);
    for (let k = 0; k < n; k++)
      events.push({
        type: pick(rnd, ['email_reply', 'quote_request', 'page_engagement', 'chat_message']),
        at: nowMs - Math.floor(rnd() * 14 * 24 * HOUR_MS),
      });
    lead.events = events;
    leads.push(lead);
  }
  return leads;
}
