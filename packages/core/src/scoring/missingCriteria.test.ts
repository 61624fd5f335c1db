import { describe, expect, it } from 'vitest';
import { b2bLeadModel } from '../models/b2bLeadModel';
import { collectionsHotLeadModel } from '../models/collectionsHotLeadModel';
import { missingCriteria } from './missingCriteria';

describe('missingCriteria', () => {
  it('lists what a lead has no data for, most valuable first, never penalties', () => {
    const lead = {
      id: 'x',
      contactName: 'Jane Roe',
      email: 'jane@example.com',
      authority: 'Influencer',
      companySize: 20,
    };
    const missing = missingCriteria(lead, b2bLeadModel);
    const ids = missing.map((m) => m.criterionId);
    expect(ids).not.toContain('contacts');
    expect(ids).not.toContain('authority');
    expect(ids).not.toContain('company-size');
    expect(ids).not.toContain('time-untouched');
    expect(missing).toHaveLength(59 - 4 - 1);
    expect(missing[0]).toEqual({
      criterionId: 'quote-request',
      label: 'Quote Request',
      group: 'G#4B Buyer Interaction – Communication',
      field: 'quoteRequest',
      maxWeighted: 50,
    });
    for (let i = 1; i < missing.length; i++)
      expect(missing[i - 1]!.maxWeighted).toBeGreaterThanOrEqual(missing[i]!.maxWeighted);
  });

  it('treats event criteria as answered when an event of their types exists', () => {
    const ids = (events: Array<{ type: string; at: number }>) =>
      missingCriteria({ id: 'a', events }, collectionsHotLeadModel).map((m) => m.criterionId);
    expect(ids([])).toEqual(['payment-intent', 'engagement', 'balance', 'reachable']);
    expect(ids([{ type: 'portal_visit', at: 0 }])).toEqual(['engagement', 'balance', 'reachable']);
  });
});
