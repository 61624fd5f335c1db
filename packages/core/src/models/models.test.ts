import { describe, expect, it } from 'vitest';
import { createScorer } from '../scoring/createScorer';
import { parseScoringModel } from '../scoring/parseScoringModel';
import type { Evaluator } from '../scoring/types';
import { b2bLeadModel } from './b2bLeadModel';
import { collectionsHotLeadModel } from './collectionsHotLeadModel';

const NOW = Date.UTC(2026, 10, 22, 15);
const H = 3_600_000;

describe('b2bLeadModel', () => {
  it('has every row of the Default Values Table, in its groups', () => {
    expect(() => parseScoringModel(b2bLeadModel)).not.toThrow();
    expect(b2bLeadModel.criteria).toHaveLength(59);
    const perGroup = Object.fromEntries(
      [...new Set(b2bLeadModel.criteria.map((c) => c.group))].map((g) => [
        g.split(' ')[0],
        b2bLeadModel.criteria.filter((c) => c.group === g).length,
      ]),
    );
    expect(perGroup).toEqual({ 'G#1': 6, 'G#2': 4, 'G#3A': 5, 'G#3B': 2, 'G#4A': 9, 'G#4B': 7, 'G#4C': 12, 'G#5': 14 });
  });

  it('keeps the table’s max points and weights (spot checks and totals)', () => {
    const row = (id: string) => b2bLeadModel.criteria.find((c) => c.id === id)!;
    expect([row('contacts').maxPoints, row('contacts').weight]).toEqual([5, 4]);
    expect([row('authority').maxPoints, row('authority').weight]).toEqual([10, 5]);
    expect([row('industry').maxPoints, row('industry').weight]).toEqual([7, 4]);
    expect([row('time-untouched').maxPoints, row('time-untouched').weight]).toEqual([-10, 2]);
    expect([row('quote-request').maxPoints, row('quote-request').weight]).toEqual([10, 5]);
    expect([row('search-term').maxPoints, row('search-term').weight]).toEqual([6, 2]);
    expect([row('channel-metrics').maxPoints, row('channel-metrics').weight]).toEqual([5, 1]);
    // Σ maxPoints × weight over the positive rows of the table.
    expect(createScorer(b2bLeadModel).possible).toBe(
      b2bLeadModel.criteria.filter((c) => c.maxPoints > 0).reduce((s, c) => s + c.maxPoints * c.weight, 0),
    );
    expect(createScorer(b2bLeadModel).possible).toBe(766); // worked out by hand from the table
  });

  it('scores a perfect lead 100 and an empty one 0', () => {
    const perfect = {
      id: 'p',
      contactName: 'Ada Lovelace',
      email: 'ada@example.com',
      phone: '+1',
      location: 'Canada',
      jobTitle: 'CEO',
      leadSource: 'Get Quote Form',
      companyName: 'Grid Co',
      companySize: 900,
      annualRevenue: 3e8,
      industry: 'Oil & Gas',
      budget: 300_000,
      authority: 'Decision Maker',
      need: 'Urgent',
      timeline: 'Immediate',
      challenges: ['Technical'],
      needAlignment: 'Perfect',
      targetCustomerProfile: 'Ideal',
      engagementLevel: 100,
      sessionsEngaged: 12,
      pageViewed: 'Pricing',
      pageRevisits: 6,
      timeOnPage: 300,
      scrollDepth: 90,
      clicks: 12,
      elementClicked: 'quote',
      emailOpenRate: 80,
      chatResponseRate: 70,
      emailResponseRate: 60,
      orderValue: 60_000,
      orderFrequency: 30,
      conversionRate: 12,
      quoteRequest: 'Submitted',
      wishlist: 'Add',
      productImageClicks: 7,
      productSpecView: 7,
      downloadCatalog: 'Success',
      socialShareClicks: 2,
      sellerReviewSentiment: 1,
      sellerRate: 5,
      visitStoreClicks: 1,
      companyProfileClicks: 1,
      addToContacts: true,
      chatWithSeller: 'Started',
      contactSeller: 'Submitted',
      buyerType: 'VIP',
      overallEngagementScore: 100,
      buyerJourneyStage: 'Purchase',
      purchaseHistoryValue: 300_000,
      buyingFrequency: 30,
      spendingPattern: 60_000,
      reviewRating: 5,
      wishlistItems: 8,
      searchTerm: 'gas turbine',
      quoteRequests: 3,
      timeOnPlatform: 4000,
      frequentFeatures: ['Request Quote'],
      communicationChannel: 'Email',
      channelMetrics: 100,
      events: [{ type: 'quote_request', at: NOW - H }],
    };
    const score = createScorer(b2bLeadModel);
    expect(score(perfect, { now: NOW }).score).toBe(100);
    expect(score({ id: 'e' }, { now: NOW }).score).toBe(0);
  });
});

describe('collectionsHotLeadModel', () => {
  const score = createScorer(collectionsHotLeadModel);
  const base = { id: 'a', balance: 1840.5, phone: '+15550100', createdAt: '2026-09-01T12:00:00Z' };

  it('ranks a portal visit an hour ago far above one last week', () => {
    const hour = score({ ...base, events: [{ type: 'portal_visit', at: NOW - H }] }, { now: NOW });
    const week = score({ ...base, events: [{ type: 'portal_visit', at: NOW - 168 * H }] }, { now: NOW });
    const intent = (s: typeof hour) => s.contributions.find((c) => c.criterionId === 'payment-intent')!.points;
    // What the model's own numbers give a visit `hours` old: points × (1 − e^(−0.5^(hours / halfLife) / scale)).
    const criterion = collectionsHotLeadModel.criteria.find((c) => c.id === 'payment-intent')!;
    const ev = criterion.evaluation as Extract<Evaluator, { kind: 'saturatingSignals' }>;
    const visit = ev.signals.portal_visit!;
    const expected = (hours: number) =>
      visit.points * (1 - Math.exp(-Math.pow(0.5, hours / visit.halfLifeHours) / ev.scale));
    expect(intent(hour)).toBeCloseTo(expected(1), 10);
    expect(intent(week)).toBeLessThan(0.01);
    // The visit's weighted points, plus the 5-day-silence penalty the week-old account also pays.
    const recency = week.contributions.find((c) => c.criterionId === 'recency')!.weighted;
    expect(recency).toBeLessThan(0);
    expect(hour.score - week.score).toBeCloseTo(
      (((intent(hour) - intent(week)) * criterion.weight - recency) / hour.possible) * 100,
      10,
    );
    expect(hour.score - week.score).toBeGreaterThan(25);
  });

  it('calls an abandoned payment and a portal visit in the last hours HOT, and says why', () => {
    const s = score(
      {
        ...base,
        events: [
          { type: 'portal_visit', at: NOW - 50 * 60_000 },
          { type: 'abandoned_payment', at: NOW - 2 * H, value: 240 },
        ],
      },
      { now: NOW },
    );
    expect(s.band).toBe('HOT');
    expect(s.reasons[0]).toBe('Abandoned a $240.00 payment 2 hours ago (+1 more)');
    expect(s.reasons).toContain('Balance $1,840.50');
  });

  it('penalises a consumer silent for days, in words a collector reads', () => {
    const s = score({ ...base, events: [{ type: 'email_open', at: NOW - 5 * 24 * H - H }] }, { now: NOW });
    expect(s.reasons).toEqual([
      'Balance $1,840.50',
      'Phone number on file',
      'Opened an email 5 days ago',
      'No activity for 5 days (−5)',
    ]);
    const longAgo = score({ ...base, events: [{ type: 'email_open', at: NOW - 12 * 24 * H }] }, { now: NOW });
    expect(longAgo.reasons).not.toContain('Opened an email 12 days ago'); // a faded signal is no reason
  });
});
