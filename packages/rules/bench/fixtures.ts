// The bench's 20 rules and 100,000 generated leads, shared by rules.bench.ts and matcher.bench.ts
// (not a bench itself: bench.mjs runs only *.bench.ts files).
import { type Lead } from '@hotleads/core';
import { seededRandom } from '@hotleads/core/demo';
import { LEAD_SOURCES, type Rule, type TopLevelCondition } from '@hotleads/rules';

/** How many leads. */
export const N = 100_000;
/** How many leads json-rules-engine runs on. */
export const N_REF = 10_000;
/** The evaluation time. */
export const NOW = Date.parse('2026-03-01T12:00:00Z');
/** An hour in ms. */
export const H = 3_600_000;
const rnd = seededRandom(2026);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

const STATUSES = ['Untouched', 'Nurturing', 'Qualified', 'Unqualified', 'Recycled', 'Customer'];
const TITLES = ['CEO', 'VP Sales', 'Procurement Director', 'Buyer', 'Engineer', 'Operations Manager'];
const INDUSTRIES = [
  'Power Generation',
  'Renewable Energy Sources',
  'Water Treatment Technologies',
  'Oil & Gas',
  'Manufacturing',
];
const EVENTS = ['email_reply', 'quote_request', 'page_view', 'chat_message', 'catalog_download', 'email_open'];

/** One generated lead (the generator's sequence: call in order). */
export function makeLead(i: number): Lead {
  const lead: Lead = {
    id: `L${i}`,
    status: pick(STATUSES),
    leadSource: pick(LEAD_SOURCES),
    jobTitle: pick(TITLES),
    industry: pick(INDUSTRIES),
    authority: pick(['Decision Maker', 'Influencer', 'Other']),
    need: pick(['Urgent', 'Strong', 'Moderate', 'Weak']),
    buyerType: pick(['New', 'Returning', 'High-Value', 'VIP']),
    companySize: Math.floor(rnd() * 2000),
    budget: Math.round(rnd() * 100_000),
    engagementLevel: Math.round(rnd() * 100),
    emailOpenRate: Math.round(rnd() * 100),
    challenges: rnd() < 0.5 ? ['Technical'] : rnd() < 0.5 ? ['Financial', 'Operational'] : [],
    location: pick(['Germany', 'India', 'United States', 'Canada', 'Brazil']),
    createdAt: new Date(NOW - Math.floor(rnd() * 90 * 24) * H).toISOString(),
    events: Array.from({ length: Math.floor(rnd() * 4) }, () => ({
      type: pick(EVENTS),
      at: NOW - Math.floor(rnd() * 30 * 24) * H,
    })),
  };
  if (rnd() < 0.1) delete lead.budget; // some missing facts
  if (rnd() < 0.02) lead.companySize = 'n/a'; // odd values
  return lead;
}

const c = (fact: string, operator: string, value: unknown) => ({ fact, operator, value }) as never;
/** Their conditions, 3–6 each. */
export const CONDITIONS: TopLevelCondition[] = [
  {
    all: [
      c('status', 'equal', 'Untouched'),
      c('hoursUntouched', 'greaterThan', 24),
      { any: [c('leadSource', 'equal', 'Web Forms'), c('leadSource', 'equal', 'Events')] },
    ],
  },
  {
    all: [
      c('budget', 'greaterThan', 50_000),
      c('authority', 'equal', 'Decision Maker'),
      c('need', 'in', ['Urgent', 'Strong']),
    ],
  },
  {
    all: [
      c('companySize', 'withinRange', [100, 1000]),
      c('industry', 'in', ['Power Generation', 'Oil & Gas']),
      c('engagementLevel', 'greaterThanInclusive', 40),
      c('status', 'notEqual', 'Customer'),
    ],
  },
  {
    any: [
      c('jobTitle', 'containsText', 'director'),
      c('jobTitle', 'equal', 'CEO'),
      c('jobTitle', 'containsText', 'vp'),
    ],
  },
  {
    all: [
      c('challenges', 'contains', 'Technical'),
      c('budget', 'lessThan', 20_000),
      c('status', 'in', ['Nurturing', 'Recycled']),
    ],
  },
  {
    all: [
      c('hoursSince.quote_request', 'lessThan', 72),
      c('status', 'notIn', ['Customer', 'Unqualified']),
      c('buyerType', 'notEqual', 'New'),
    ],
  },
  {
    all: [
      c('emailOpenRate', 'greaterThan', 60),
      c('engagementLevel', 'greaterThan', 50),
      { not: c('status', 'equal', 'Customer') },
    ],
  },
  {
    all: [
      c('status', 'equal', 'Unqualified'),
      c('hoursUntouched', 'greaterThanInclusive', 2160),
      c('leadSource', 'notIn', ['Lists', 'Lead Services']),
    ],
  },
  {
    any: [
      c('buyerType', 'equal', 'VIP'),
      { all: [c('buyerType', 'equal', 'High-Value'), c('budget', 'greaterThan', 30_000)] },
      c('location', 'equal', 'Germany'),
    ],
  },
  {
    all: [
      c('location', 'in', ['Germany', 'India', 'Canada']),
      c('companySize', 'greaterThan', 500),
      c('jobTitle', 'doesNotContainText', 'engineer'),
      c('need', 'notEqual', 'Weak'),
    ],
  },
  {
    all: [
      c('leadSource', 'containsText', 'form'),
      c('status', 'equal', 'Untouched'),
      c('engagementLevel', 'withinRange', [20, 80]),
    ],
  },
  {
    all: [
      c('hoursSince.email_reply', 'lessThanInclusive', 48),
      c('status', 'equal', 'Nurturing'),
      c('emailOpenRate', 'greaterThan', 30),
      c('authority', 'notEqual', 'Other'),
    ],
  },
  {
    all: [
      c('challenges', 'doesNotContain', 'Financial'),
      c('budget', 'withinRange', [10_000, 60_000]),
      c('industry', 'equal', 'Manufacturing'),
      c('companySize', 'lessThan', 300),
    ],
  },
  {
    any: [
      c('hoursUntouched', 'greaterThan', 500),
      { all: [c('status', 'equal', 'Qualified'), c('hoursUntouched', 'greaterThan', 168)] },
      c('need', 'equal', 'Urgent'),
    ],
  },
  {
    all: [
      c('status', 'in', ['Untouched', 'Nurturing']),
      c('buyerType', 'in', ['Returning', 'VIP']),
      c('budget', 'greaterThan', 10_000),
      c('engagementLevel', 'lessThan', 90),
      c('location', 'notEqual', 'Brazil'),
    ],
  },
  {
    all: [
      c('authority', 'equal', 'Influencer'),
      c('jobTitle', 'containsText', 'manager'),
      c('companySize', 'withinRange', [50, 1500]),
    ],
  },
  {
    all: [
      c('status', 'equal', 'Recycled'),
      c('hoursSince.page_view', 'lessThan', 240),
      { any: [c('engagementLevel', 'greaterThan', 70), c('emailOpenRate', 'greaterThan', 70)] },
    ],
  },
  {
    all: [
      c('industry', 'notIn', ['Oil & Gas']),
      c('need', 'in', ['Strong', 'Moderate']),
      c('budget', 'greaterThanInclusive', 25_000),
      c('companySize', 'greaterThan', 20),
      c('leadSource', 'in', ['Referrals', 'Customer Referrals', 'Partners', 'Events']),
      c('status', 'notEqual', 'Customer'),
    ],
  },
  {
    all: [
      { not: c('challenges', 'contains', 'Operational') },
      c('emailOpenRate', 'withinRange', [10, 40]),
      c('buyerType', 'equal', 'New'),
    ],
  },
  {
    any: [
      c('status', 'equal', 'Customer'),
      c('budget', 'greaterThan', 95_000),
      { all: [c('engagementLevel', 'equal', 100), c('emailOpenRate', 'greaterThan', 50)] },
    ],
  },
];
/** The 20 rules. */
export const rules: Rule[] = CONDITIONS.map((conditions, i) => ({
  id: `rule-${String(i + 1).padStart(2, '0')}`,
  name: `Rule ${i + 1}`,
  trigger:
    i % 3 === 0 ? { type: 'schedule', cron: '0 * * * *' } : { type: 'event', events: ['quote_request', 'email_reply'] },
  conditions,
  actions: [
    { type: 'addTag', tag: `r${i + 1}` },
    ...(i % 4 === 0 ? [{ type: 'sendEmail', template: 'follow-up' } as const] : []),
  ],
  priority: 1 + (i % 10),
  ...(i === 5 ? { blocking: true } : {}),
}));
