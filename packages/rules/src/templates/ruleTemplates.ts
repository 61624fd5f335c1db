import type { Rule } from '../types';

/**
 * Ready-made rules to customize (docs/rules.md, "Templates and reports"). The first is the
 * requirements' own example "New Lead Needs Outreach": checked hourly (a status-change trigger would fire at 0 hours
 * untouched), status Untouched AND untouched more than 24 h AND lead source a web form or a
 * trade-show contact; move to Nurturing and send the welcome email; priority High; not blocking.
 */
export const ruleTemplates: readonly Rule[] = /* @__PURE__ */ (() =>
  deepFreeze([
    {
      id: 'new-lead-needs-outreach',
      name: 'New Lead Needs Outreach',
      description:
        'An untouched web-form or trade-show lead that nobody has worked for a day moves to Nurturing and gets the welcome email.',
      trigger: { type: 'schedule', cron: '0 * * * *' },
      conditions: {
        all: [
          { fact: 'status', operator: 'equal', value: 'Untouched' },
          { fact: 'hoursUntouched', operator: 'greaterThan', value: 24 },
          {
            any: [
              { fact: 'leadSource', operator: 'equal', value: 'Web Forms' },
              { fact: 'leadSource', operator: 'equal', value: 'Events' },
            ],
          },
        ],
      },
      actions: [
        { type: 'updateStatus', status: 'Nurturing' },
        { type: 'sendEmail', template: 'Welcome Email Template' },
      ],
      priority: 8,
      blocking: false,
    },
    {
      id: 'nurture-cycle',
      name: 'Nurture email every 3 days for 2 weeks',
      description: 'A nurturing lead gets the nurture email every 3 days, for 2 weeks.',
      trigger: { type: 'schedule', cron: '0 9 * * *', timezone: 'UTC' },
      conditions: { all: [{ fact: 'status', operator: 'equal', value: 'Nurturing' }] },
      actions: [{ type: 'sendEmail', template: 'Nurture Email' }],
      priority: 5,
      execution: { mode: 'cycle', everyHours: 72, forHours: 336 },
      sunset: { onEvent: 'email_reply' },
    },
    {
      id: 'recycle-unqualified',
      name: 'Recycle unqualified leads after 90 days',
      description: 'An unqualified lead that has been quiet for 90 days goes back into the pool as Recycled.',
      trigger: { type: 'schedule', cron: '0 2 * * *', timezone: 'UTC' },
      conditions: {
        all: [
          { fact: 'status', operator: 'equal', value: 'Unqualified' },
          { fact: 'hoursUntouched', operator: 'greaterThanInclusive', value: 2160 },
        ],
      },
      actions: [
        { type: 'updateStatus', status: 'Recycled' },
        { type: 'addTag', tag: 'recycled' },
      ],
      priority: 2,
      execution: { mode: 'once' },
    },
    {
      id: 'quote-request-qualifies',
      name: 'Quote request qualifies the lead',
      description:
        'A lead that asks for a quote is qualified, gets a quote, High priority and a follow-up task within 4 hours.',
      trigger: { type: 'event', events: ['quote_request'] },
      conditions: {
        all: [
          { fact: 'status', operator: 'in', value: ['Untouched', 'Nurturing', 'Recycled'] },
          { fact: 'quoteRequest', operator: 'notIn', value: ['Failed', 'Abandoned'] },
        ],
      },
      actions: [
        { type: 'updateStatus', status: 'Qualified' },
        { type: 'createQuote' },
        { type: 'setPriority', priority: 'High' },
        { type: 'createTask', title: 'Follow up on quote request', dueInHours: 4 },
      ],
      priority: 8,
      blocking: true,
    },
    {
      id: 'abandoned-payment-alert',
      name: 'Abandoned payment: notify the collector at once',
      description: 'When a consumer who owes a balance abandons a payment, the collector is told to call now.',
      trigger: { type: 'event', events: ['abandoned_payment'] },
      conditions: { all: [{ fact: 'balance', operator: 'greaterThan', value: 0 }] },
      actions: [{ type: 'notify', message: 'Abandoned payment: call the consumer now', to: 'collector' }],
      priority: 10,
    },
    {
      id: 'broken-promise-follow-up',
      name: 'Broken promise to pay: create a follow-up task',
      description:
        'When a consumer who owes a balance breaks a promise to pay, the collector gets a follow-up task due in a day.',
      trigger: { type: 'event', events: ['promise_broken'] },
      conditions: { all: [{ fact: 'balance', operator: 'greaterThan', value: 0 }] },
      actions: [
        { type: 'createTask', title: 'Follow up on broken promise to pay', dueInHours: 24, assignee: 'collector' },
      ],
      priority: 8,
    },
    // Seed groups moved by score (docs/lead-management.md, "Score rules"): off by default, since
    // they change groups on their own; thresholds are core's DEFAULT_BANDS (hot 80, high 60, warm 40).
    {
      id: 'score-hot-qualifies',
      name: 'Score turns hot: move to Qualified',
      description: 'An untouched or nurturing lead whose score rises to 80 (HOT) or above moves to Qualified.',
      trigger: { type: 'scoreChange', crosses: 80, direction: 'up' },
      conditions: { all: [{ fact: 'status', operator: 'in', value: ['Untouched', 'Nurturing'] }] },
      actions: [{ type: 'updateStatus', status: 'Qualified' }],
      priority: 7,
      blocking: true, // a jump from COLD to HOT qualifies; the warm rule must not then set Nurturing
      enabled: false,
    },
    {
      id: 'score-warm-nurtures',
      name: 'Score reaches warm: start nurturing',
      description: 'An untouched lead whose score rises to 40 (WARM) or above moves to Nurturing.',
      trigger: { type: 'scoreChange', crosses: 40, direction: 'up' },
      conditions: { all: [{ fact: 'status', operator: 'equal', value: 'Untouched' }] },
      actions: [{ type: 'updateStatus', status: 'Nurturing' }],
      priority: 6,
      enabled: false,
    },
    {
      id: 'score-drop-back-to-nurturing',
      name: 'Score drops below high: back to Nurturing',
      description: 'A qualified lead whose score falls below 60 (out of HIGH) goes back to Nurturing.',
      trigger: { type: 'scoreChange', crosses: 60, direction: 'down' },
      conditions: { all: [{ fact: 'status', operator: 'equal', value: 'Qualified' }] },
      actions: [{ type: 'updateStatus', status: 'Nurturing' }],
      priority: 6,
      enabled: false,
    },
  ] satisfies Rule[]))();

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
