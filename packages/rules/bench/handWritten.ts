// The bench's 20 rules (fixtures.ts) written by hand: plain `if` code with direct property
// reads, no explanations, no error handling beyond json-rules-engine's number checks. The
// baseline a generated matcher is measured against (matcher.bench.ts); its per-rule counts must
// equal the matcher's, or the comparison is void.
import type { Lead } from '@hotleads/core';
import { ACTIVE_INTEREST_EVENTS } from '@hotleads/rules';

const HOUR = 3_600_000;
const ACTIVE = new Set<unknown>(ACTIVE_INTEREST_EVENTS);

type Row = Record<string, unknown> & { events?: Array<{ type: string; at: unknown }> };

const num = (x: unknown): x is number => typeof x === 'number' && x === x;
const text = (x: unknown): x is string => typeof x === 'string';
const has = (x: unknown, v: string) => Array.isArray(x) && x.indexOf(v) > -1;
const within = (x: unknown, lo: number, hi: number) => num(x) && x >= lo && x <= hi;

function newest(lead: Row, now: number, test: (type: unknown) => boolean): number | undefined {
  let best: number | undefined;
  const events = lead.events;
  if (events !== undefined)
    for (let i = 0; i < events.length; i++) {
      const e = events[i]!;
      const at = typeof e.at === 'number' ? e.at : Date.parse(e.at as string);
      if (at <= now && test(e.type) && (best === undefined || at > best)) best = at;
    }
  return best;
}

function hoursSince(lead: Row, now: number, type: string): number | undefined {
  const at = newest(lead, now, (t) => t === type);
  return at === undefined ? undefined : (now - at) / HOUR;
}

function hoursUntouched(lead: Row, now: number): number | undefined {
  let at = newest(lead, now, (t) => ACTIVE.has(t));
  if (at === undefined && typeof lead.createdAt === 'string') {
    const created = Date.parse(lead.createdAt);
    if (created <= now) at = created;
  }
  return at === undefined ? undefined : (now - at) / HOUR;
}

/** Writes in `out[i]` whether rule i matches `lead` at `now`; returns how many match. */
export function handWritten(input: Lead, now: number, out: boolean[]): number {
  const l = input as Row;
  const status = l.status;
  const source = l.leadSource;
  const title = l.jobTitle;
  const budget = l.budget;
  const size = l.companySize;
  const engagement = l.engagementLevel;
  const openRate = l.emailOpenRate;
  const buyer = l.buyerType;
  const need = l.need;
  const authority = l.authority;
  const industry = l.industry;
  const location = l.location;
  const challenges = l.challenges;
  const titleLower = text(title) ? title.toLowerCase() : undefined;
  let untouched: number | undefined | null = null;
  const hu = () => (untouched === null ? (untouched = hoursUntouched(l, now)) : untouched);

  let h: number | undefined;
  out[0] = status === 'Untouched' && num((h = hu())) && h > 24 && (source === 'Web Forms' || source === 'Events');
  out[1] = num(budget) && budget > 50_000 && authority === 'Decision Maker' && (need === 'Urgent' || need === 'Strong');
  out[2] =
    within(size, 100, 1000) &&
    (industry === 'Power Generation' || industry === 'Oil & Gas') &&
    num(engagement) &&
    engagement >= 40 &&
    status !== 'Customer';
  out[3] =
    (titleLower !== undefined && titleLower.includes('director')) ||
    title === 'CEO' ||
    (titleLower !== undefined && titleLower.includes('vp'));
  out[4] =
    has(challenges, 'Technical') && num(budget) && budget < 20_000 && (status === 'Nurturing' || status === 'Recycled');
  out[5] =
    num((h = hoursSince(l, now, 'quote_request'))) &&
    h < 72 &&
    status !== 'Customer' &&
    status !== 'Unqualified' &&
    buyer !== 'New';
  out[6] = num(openRate) && openRate > 60 && num(engagement) && engagement > 50 && status !== 'Customer';
  out[7] = status === 'Unqualified' && num((h = hu())) && h >= 2160 && source !== 'Lists' && source !== 'Lead Services';
  out[8] = buyer === 'VIP' || (buyer === 'High-Value' && num(budget) && budget > 30_000) || location === 'Germany';
  out[9] =
    (location === 'Germany' || location === 'India' || location === 'Canada') &&
    num(size) &&
    size > 500 &&
    titleLower !== undefined &&
    !titleLower.includes('engineer') &&
    need !== 'Weak';
  out[10] =
    text(source) && source.toLowerCase().includes('form') && status === 'Untouched' && within(engagement, 20, 80);
  out[11] =
    num((h = hoursSince(l, now, 'email_reply'))) &&
    h <= 48 &&
    status === 'Nurturing' &&
    num(openRate) &&
    openRate > 30 &&
    authority !== 'Other';
  out[12] =
    Array.isArray(challenges) &&
    challenges.indexOf('Financial') === -1 &&
    within(budget, 10_000, 60_000) &&
    industry === 'Manufacturing' &&
    num(size) &&
    size < 300;
  out[13] = (num((h = hu())) && h > 500) || (status === 'Qualified' && num((h = hu())) && h > 168) || need === 'Urgent';
  out[14] =
    (status === 'Untouched' || status === 'Nurturing') &&
    (buyer === 'Returning' || buyer === 'VIP') &&
    num(budget) &&
    budget > 10_000 &&
    num(engagement) &&
    engagement < 90 &&
    location !== 'Brazil';
  out[15] =
    authority === 'Influencer' && titleLower !== undefined && titleLower.includes('manager') && within(size, 50, 1500);
  out[16] =
    status === 'Recycled' &&
    num((h = hoursSince(l, now, 'page_view'))) &&
    h < 240 &&
    ((num(engagement) && engagement > 70) || (num(openRate) && openRate > 70));
  out[17] =
    industry !== 'Oil & Gas' &&
    (need === 'Strong' || need === 'Moderate') &&
    num(budget) &&
    budget >= 25_000 &&
    num(size) &&
    size > 20 &&
    (source === 'Referrals' || source === 'Customer Referrals' || source === 'Partners' || source === 'Events') &&
    status !== 'Customer';
  out[18] = !has(challenges, 'Operational') && within(openRate, 10, 40) && buyer === 'New';
  out[19] =
    status === 'Customer' || (num(budget) && budget > 95_000) || (engagement === 100 && num(openRate) && openRate > 50);
  let n = 0;
  for (let i = 0; i < 20; i++) if (out[i]) n++;
  return n;
}
