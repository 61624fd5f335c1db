// Data of the leads overview and the "Lead management" page: core's demo B2B leads, each given a
// lead group as its status and an assignee by core's seeded generator, and the rule
// templates plus two rules that listen for status changes (so a bulk move has rules to fire).
// Made by @hotleads/core and @hotleads/rules; nothing here computes what a story shows.
import { LEAD_GROUPS, type Lead } from '@hotleads/core';
import { generateB2bLeads, seededRandom } from '@hotleads/core/demo';
import type { Rule } from '@hotleads/rules';
import { floorAgents, leadRules, leadsNow } from '../fixtures/leads';

const cache = new Map<number, Lead[]>();

/** `size` demo leads (seed 7) with a status (one of the eight groups) and, for most, an assignee. */
export function overviewLeads(size: number): Lead[] {
  let leads = cache.get(size);
  if (!leads) {
    const rnd = seededRandom(14);
    leads = generateB2bLeads({ size, now: leadsNow, seed: 7 }).map((lead) => {
      const status = LEAD_GROUPS[Math.floor(rnd() * LEAD_GROUPS.length)]!.id;
      const who = Math.floor(rnd() * (floorAgents.length + 1));
      const agent = floorAgents[who];
      return agent === undefined ? { ...lead, status } : { ...lead, status, assignee: agent.id };
    });
    cache.set(size, leads);
  }
  return leads;
}

/** The rule templates (docs/rules.md, "Templates and reports") and two status-change rules: the rule set of the overview stories. */
export const overviewRules: Rule[] = [
  {
    id: 'qualified-call-task',
    name: 'Call a newly qualified lead',
    description: 'A lead moved to Qualified gets a call task due within 4 hours.',
    trigger: { type: 'statusChange', to: 'Qualified' },
    conditions: { all: [{ fact: 'status', operator: 'equal', value: 'Qualified' }] },
    actions: [{ type: 'createTask', title: 'Call the qualified lead', dueInHours: 4 }],
  },
  {
    id: 'recycled-event-lead',
    name: 'Recycled event lead: back to nurturing e-mails',
    description: 'An event lead moved to Recycled gets High priority for a new nurture sequence.',
    trigger: { type: 'statusChange', to: 'Recycled' },
    conditions: { all: [{ fact: 'leadSource', operator: 'equal', value: 'Events' }] },
    actions: [{ type: 'setPriority', priority: 'High' }],
    priority: 6,
  },
  ...leadRules,
];

/**
 * {@link overviewRules} plus three rules that change the status when a status changes, so a bulk
 * move cascades: an unqualified event lead is recycled, a recycled lead goes back to Nurturing,
 * and a nurturing lead from a small company is unqualified. Together they loop (Unqualified →
 * Recycled → Nurturing → Unqualified) for small event companies: what the move preview warns about.
 */
export const overviewCascadeRules: Rule[] = [
  {
    id: 'unqualified-event-recycle',
    name: 'Unqualified event lead: recycle at once',
    trigger: { type: 'statusChange', to: 'Unqualified' },
    conditions: { all: [{ fact: 'leadSource', operator: 'equal', value: 'Events' }] },
    actions: [{ type: 'updateStatus', status: 'Recycled' }],
  },
  {
    id: 'recycled-renurture',
    name: 'Recycled lead: back to Nurturing',
    trigger: { type: 'statusChange', to: 'Recycled' },
    conditions: { all: [{ fact: 'status', operator: 'equal', value: 'Recycled' }] },
    actions: [{ type: 'updateStatus', status: 'Nurturing' }],
  },
  {
    id: 'nurturing-small-unqualified',
    name: 'Nurturing lead from a small company: unqualified',
    trigger: { type: 'statusChange', to: 'Nurturing' },
    conditions: { all: [{ fact: 'companySize', operator: 'lessThan', value: 50 }] },
    actions: [{ type: 'updateStatus', status: 'Unqualified' }],
  },
  ...overviewRules,
];
