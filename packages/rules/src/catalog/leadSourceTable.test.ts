import { describe, expect, it } from 'vitest';
import { factCatalog } from './factCatalog';
import { findFact } from './findFact';
import { FACT_INTEREST } from './interest';
import { LEAD_SOURCE_CATEGORIES, LEAD_SOURCE_TABLE, leadSourceInfo } from './leadSourceTable';
import { LEAD_SOURCES } from './leadSources';

describe('LEAD_SOURCE_TABLE', () => {
  it('lists the 22 lead sources in order, each with a category, description and tooltip', () => {
    expect(LEAD_SOURCE_TABLE.map((r) => r.source)).toEqual([...LEAD_SOURCES]);
    expect(LEAD_SOURCE_TABLE).toHaveLength(22);
    for (const r of LEAD_SOURCE_TABLE) {
      expect(LEAD_SOURCE_CATEGORIES, r.source).toContain(r.category);
      expect(r.description.length, r.source).toBeGreaterThan(0);
      expect(r.tooltip.length, r.source).toBeGreaterThan(0);
    }
    // every category is used, and rows of one category are adjacent, in category order
    const order = LEAD_SOURCE_TABLE.map((r) => LEAD_SOURCE_CATEGORIES.indexOf(r.category));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(order).size).toBe(LEAD_SOURCE_CATEGORIES.length);
  });

  it('marks the offline channels and partnerships as tagged by hand, the platform channels as automatic', () => {
    for (const r of LEAD_SOURCE_TABLE) {
      if (r.category === 'Offline Channels' || r.category === 'Partnerships') expect(r.manual, r.source).toBe(true);
      if (r.category === 'Online Channels' || r.category === 'Platform-Specific Channels')
        expect(r.manual, r.source).toBe(false);
    }
    expect(leadSourceInfo('Get Quote Form')).toMatchObject({
      category: 'Platform-Specific Channels',
      description: 'Requests for product quotes.',
    });
    expect(leadSourceInfo('Nowhere')).toBeUndefined();
  });
});

describe('catalog: department, initial point of contact, interest', () => {
  it('has department and initial point of contact in the contact group', () => {
    for (const id of ['department', 'initialPointOfContact']) {
      const f = findFact(factCatalog, id);
      expect(f, id).toMatchObject({ type: 'text', group: 'G1 Lead Contact Information' });
      expect(f?.operators, id).toContain('equal');
    }
  });

  it('marks every engagement criterion (G4A, G4B, G4C, G5) implicit or explicit, and nothing else', () => {
    for (const f of factCatalog) {
      const engagement = /^G[45]/.test(f.group ?? '');
      if (engagement) expect(['implicit', 'explicit'], f.id).toContain(f.interest);
      else expect(f.interest, f.id).toBeUndefined();
    }
    // the map names only catalog facts
    for (const id of Object.keys(FACT_INTEREST)) expect(findFact(factCatalog, id), id).toBeDefined();
    expect(findFact(factCatalog, 'timeOnPage')?.interest).toBe('implicit');
    expect(findFact(factCatalog, 'quoteRequest')?.interest).toBe('explicit');
  });
});
