import type { AlertSignal } from './types';

/**
 * The high-value intent signals (docs/queue-and-compliance.md, "Live queue and alerts") and how they are announced, keyed by event type
 * (the types `collectionsHotLeadModel` scores).
 */
export const defaultAlertSignals: Readonly<Record<string, AlertSignal>> = /* @__PURE__ */ (() =>
  Object.freeze({
    abandoned_payment: { title: 'Abandoned payment', text: 'Abandoned a {amount} payment', severity: 'urgent' },
    partial_payment: { title: 'Partial payment', text: 'Made a {amount} partial payment', severity: 'important' },
    promise_to_pay: { title: 'Promise to pay', text: 'Promised to pay {amount}', severity: 'important' },
    portal_visit: { title: 'Portal visit', text: 'Visited the payment portal', severity: 'important' },
  }))();
