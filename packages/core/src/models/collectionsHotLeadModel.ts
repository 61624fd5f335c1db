import type { ScoringModel } from '../scoring/types';

/** Event types that count as the consumer's own activity for the recency penalty. */
export const COLLECTIONS_ACTIVITY_EVENTS = [
  'portal_visit',
  'abandoned_payment',
  'partial_payment',
  'promise_to_pay',
  'email_open',
  'email_click',
  'sms_reply',
  'inbound_call',
  'payment',
];

/**
 * The collections "Hot Lead Score" (docs/scoring.md, "`collectionsHotLeadModel`"): intent signals that decay, account value and
 * recency. Half-lives: an abandoned payment halves every 6 h, a portal visit every 12 h, so a
 * visit an hour ago keeps 94 % of its weight and one a week ago 0.006 %; partial payments and
 * promises to pay decay over days. Each signal type saturates (`saturatingSignals`, scale 0.75):
 * a type gives points × (1 − e^(−Σ decayed / 0.75)), so one fresh signal gives 74 % of its points,
 * a second of the same type 93 %, and the intent cap is rarely reached — the top of a book stays
 * ordered by how strong and fresh its signals are, not by balance. Engagement (email, SMS,
 * inbound call) is a second, smaller intent group. Balance scales value linearly up to $5,000. A consumer silent for 3+ days is
 * penalised, up to −10 after 30 days. See docs/scoring.md.
 */
export const collectionsHotLeadModel: ScoringModel = {
  id: 'collections-hot-lead',
  name: 'Collections hot lead score',
  format: { locale: 'en-US', currency: 'USD' },
  // Saturating signals keep the top of a book apart, below 100: an abandoned payment and a portal
  // visit in the last hours score about 57–60 whatever the balance, and that is what HOT means here;
  // one fresh strong signal (an abandoned payment a minute ago: about 35–39) is HIGH.
  bands: { hot: 55, high: 35, warm: 20 },
  criteria: [
    {
      id: 'payment-intent',
      label: 'Payment intent',
      group: 'Intent signals',
      weight: 5,
      maxPoints: 40,
      evaluation: {
        kind: 'saturatingSignals',
        scale: 0.75,
        signals: {
          abandoned_payment: { points: 24, halfLifeHours: 6, label: 'Abandoned a {amount} payment {ago}' },
          portal_visit: { points: 18, halfLifeHours: 12, label: 'Visited the payment portal {ago}' },
          partial_payment: { points: 18, halfLifeHours: 72, label: 'Made a {amount} partial payment {ago}' },
          promise_to_pay: { points: 15, halfLifeHours: 96, label: 'Promised to pay {amount} {ago}' },
        },
      },
      description:
        'Strongest signals of intent to pay; each halves after its half-life, and each type has diminishing returns, so strong accounts stay apart.',
    },
    {
      id: 'engagement',
      label: 'Engagement',
      group: 'Intent signals',
      weight: 2,
      maxPoints: 20,
      evaluation: {
        kind: 'saturatingSignals',
        scale: 0.75,
        signals: {
          inbound_call: { points: 20, halfLifeHours: 12, label: 'Called in {ago}' },
          sms_reply: { points: 15, halfLifeHours: 24, label: 'Replied to a text {ago}' },
          email_click: { points: 10, halfLifeHours: 24, label: 'Clicked a link in an email {ago}' },
          email_open: { points: 5, halfLifeHours: 24, label: 'Opened an email {ago}' },
        },
      },
    },
    {
      id: 'balance',
      label: 'Balance',
      group: 'Account value',
      field: 'balance',
      weight: 1,
      maxPoints: 10,
      evaluation: { kind: 'linear', from: [0, 0], to: [5000, 10] },
      reason: { text: 'Balance {amount}' },
    },
    {
      id: 'reachable',
      label: 'Phone on file',
      group: 'Account value',
      field: 'phone',
      weight: 1,
      maxPoints: 2,
      information: { kind: 'present', points: 2 },
      reason: { text: 'Phone number on file' },
    },
    {
      id: 'recency',
      label: 'Time untouched',
      group: 'Recency',
      weight: 1,
      maxPoints: -10,
      evaluation: {
        kind: 'timeSince',
        types: COLLECTIONS_ACTIVITY_EVENTS,
        steps: [
          { minHours: 72, points: -3 },
          { minHours: 120, points: -5 },
          { minHours: 240, points: -8 },
          { minHours: 720, points: -10 },
        ],
      },
    },
  ],
};
