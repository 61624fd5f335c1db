import { b2bLeadModel, isHotleadsError, missingCriteria, type Lead } from '@hotleads/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { factCatalog } from '../catalog/factCatalog';
import type { FactDefinition } from '../catalog/types';
import { questionnaireFor, QUESTIONNAIRE_MESSAGES } from './questionnaireFor';

const catalog: FactDefinition[] = [
  ...factCatalog,
  { id: 'quantity', label: 'Quantity', type: 'number', tooltip: 'How many units the quote is for.' },
  { id: 'deliveryCountry', label: 'Delivery country', type: 'enum', options: ['US', 'DE'] },
];
const lead: Lead = { id: 'l1', email: 'a@b.test', jobTitle: 'CTO', quantity: 5 };

describe('questionnaireFor', () => {
  it('builds a general part from the contact, company and BANT groups, most valuable first', () => {
    const q = questionnaireFor(lead, b2bLeadModel, catalog);
    expect(q.general.length).toBeGreaterThan(0);
    for (const x of q.general) expect(x.group).toMatch(/^G#[123]/);
    for (let i = 1; i < q.general.length; i++)
      expect(q.general[i - 1]!.points).toBeGreaterThanOrEqual(q.general[i]!.points);
    expect(q.general.find((x) => x.field === 'email')).toMatchObject({ answered: true, part: 'general' });
    expect(q.quote).toEqual([]);
  });

  it('asks a previous client only for what is missing, as missingCriteria says', () => {
    const q = questionnaireFor(lead, b2bLeadModel, catalog, { previousClient: true });
    expect(q.general.every((x) => !x.answered)).toBe(true);
    const missing = new Set(missingCriteria(lead, b2bLeadModel).map((m) => m.criterionId));
    for (const x of q.general) expect(missing.has(x.criterionId!)).toBe(true);
  });

  it('adds the quote-specific part from the catalog', () => {
    const q = questionnaireFor(lead, b2bLeadModel, catalog, { quoteFields: ['deliveryCountry', 'quantity'] });
    expect(q.quote).toEqual([
      {
        field: 'deliveryCountry',
        label: 'Delivery country',
        part: 'quote',
        type: 'enum',
        options: ['US', 'DE'],
        points: 0,
        answered: false,
      },
      {
        field: 'quantity',
        label: 'Quantity',
        part: 'quote',
        type: 'number',
        tooltip: 'How many units the quote is for.',
        points: 0,
        answered: true,
      },
    ]);
    const prev = questionnaireFor(lead, b2bLeadModel, catalog, {
      quoteFields: ['deliveryCountry', 'quantity'],
      previousClient: true,
    });
    expect(prev.quote.map((x) => x.field)).toEqual(['deliveryCountry']);
  });

  it('refuses bad options with constant messages', () => {
    const detail = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(isHotleadsError(e, 'INVALID_ARGUMENT')).toBe(true);
        return (e as { detail: string }).detail;
      }
      throw new Error('accepted');
    };
    expect(detail(() => questionnaireFor(lead, b2bLeadModel, catalog, { quoteFields: ['hoursUntouched'] }))).toBe(
      QUESTIONNAIRE_MESSAGES.unknownQuoteField,
    );
    expect(detail(() => questionnaireFor(lead, b2bLeadModel, catalog, { previousClient: 'yes' as never }))).toBe(
      QUESTIONNAIRE_MESSAGES.previousClient,
    );
    expect(detail(() => questionnaireFor(lead, b2bLeadModel, catalog, { groups: [3] as never }))).toBe(
      QUESTIONNAIRE_MESSAGES.groups,
    );
  });

  it('property: a previous client gets exactly the unanswered questions of a new lead', () => {
    const fields = ['email', 'jobTitle', 'companyName', 'budget', 'phone', 'industry'];
    const leadArb = fc
      .dictionary(fc.constantFrom(...fields), fc.constantFrom('x', '', 'CTO', 5000), { maxKeys: 6 })
      .map((d): Lead => ({ id: 'p', ...d }));
    fc.assert(
      fc.property(leadArb, (l) => {
        const all = questionnaireFor(l, b2bLeadModel, catalog, { quoteFields: ['quantity'] });
        const prev = questionnaireFor(l, b2bLeadModel, catalog, { quoteFields: ['quantity'], previousClient: true });
        expect(prev.general).toEqual(all.general.filter((x) => !x.answered));
        expect(prev.quote).toEqual(all.quote.filter((x) => !x.answered));
        const points = all.general.map((x) => x.points);
        expect(points).toEqual([...points].sort((a, b) => b - a));
      }),
      { seed: 14, numRuns: 100 },
    );
  });
});
