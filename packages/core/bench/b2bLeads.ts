// Generated B2B leads for the scoring benchmark: every field of b2bLeadModel, ~65 % filled,
// values drawn from the seed's option lists so every evaluator does real work.
import { seededRandom, type Lead } from '@hotleads/core';

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

/**
 * `shape: 'rows'` gives every lead every field (null when unknown), as rows from a database or
 * an API that always sends every column; `'sparse'` leaves unknown fields out, so nearly every
 * lead has an object shape of its own (the hardest case for a JS engine's property caches).
 */
export function generateB2bLeads(size: number, nowMs: number, seed = 5, shape: 'rows' | 'sparse' = 'sparse'): Lead[] {
  const rnd = seededRandom(seed);
  const maybe = (p: number) => rnd() < p;
  const leads: Lead[] = [];
  for (let i = 0; i < size; i++) {
    const lead: Lead = { id: `L-${i}`, createdAt: nowMs - Math.floor(rnd() * 90 * 86_400_000) };
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
    const events: Array<{ type: string; at: number }> = [];
    const n = Math.floor(rnd() * 4);
    for (let k = 0; k < n; k++)
      events.push({
        type: pick(rnd, ['email_reply', 'quote_request', 'page_engagement', 'chat_message']),
        at: nowMs - Math.floor(rnd() * 14 * 86_400_000),
      });
    lead.events = events;
    leads.push(lead);
  }
  return leads;
}
