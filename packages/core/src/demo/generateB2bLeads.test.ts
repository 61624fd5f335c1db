import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLead } from '../lead/parseLead';
import { b2bLeadModel } from '../models/b2bLeadModel';
import { createScorer } from '../scoring/createScorer';
import { HOUR_MS } from '../time/toEpochMs';
import { generateB2bLeads } from './generateB2bLeads';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const DAY = 24 * HOUR_MS;
const modelFields = b2bLeadModel.criteria.flatMap((c) => (c.field === undefined ? [] : [c.field]));
const optionsArb = fc.record({
  size: fc.integer({ min: 0, max: 40 }),
  now: fc.integer({ min: Date.parse('2020-01-01T00:00:00Z'), max: Date.parse('2035-01-01T00:00:00Z') }),
  seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
});

describe('generateB2bLeads', () => {
  it('gives the same leads for the same options and other leads for another seed', () => {
    const a = generateB2bLeads({ size: 50, now: NOW, seed: 7 });
    expect(generateB2bLeads({ size: 50, now: NOW, seed: 7 })).toEqual(a);
    expect(generateB2bLeads({ size: 50, now: NOW, seed: 8 })).not.toEqual(a);
    expect(generateB2bLeads({ size: 50, now: NOW })).toEqual(generateB2bLeads({ size: 50, now: NOW, seed: 1 }));
  });

  it('takes now as an ISO string or epoch ms alike', () => {
    expect(generateB2bLeads({ size: 20, now: '2026-03-01T12:00:00Z', seed: 3 })).toEqual(
      generateB2bLeads({ size: 20, now: NOW, seed: 3 }),
    );
  });

  it('makes `size` valid leads with unique ids, created in the last 90 days, with 0–3 events in the last 14', () => {
    fc.assert(
      fc.property(optionsArb, ({ size, now, seed }) => {
        const leads = generateB2bLeads({ size, now, seed });
        expect(leads).toHaveLength(size);
        expect(new Set(leads.map((l) => l.id)).size).toBe(size);
        for (const lead of leads) {
          expect(() => parseLead(lead)).not.toThrow();
          const createdAt = lead.createdAt as number;
          expect(createdAt).toBeLessThanOrEqual(now);
          expect(createdAt).toBeGreaterThan(now - 90 * DAY);
          expect(lead.events!.length).toBeLessThanOrEqual(3);
          for (const e of lead.events!) {
            expect(e.at as number).toBeLessThanOrEqual(now);
            expect(e.at as number).toBeGreaterThan(now - 14 * DAY);
          }
        }
      }),
    );
  });

  it("'rows' gives every lead every model field (null when unknown) and the same known values as 'sparse'", () => {
    fc.assert(
      fc.property(optionsArb, ({ size, now, seed }) => {
        const rows = generateB2bLeads({ size, now, seed, shape: 'rows' });
        const sparse = generateB2bLeads({ size, now, seed, shape: 'sparse' });
        rows.forEach((row, i) => {
          for (const field of modelFields) expect(row).toHaveProperty(field);
          const known = Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null));
          expect(sparse[i]).toEqual(known);
          expect(Object.values(sparse[i]!)).not.toContain(null);
        });
      }),
      { numRuns: 50 },
    );
  });

  it('leaves about a third of the fields unknown', () => {
    const leads = generateB2bLeads({ size: 400, now: NOW, seed: 11, shape: 'rows' });
    const cells = leads.flatMap((l) => modelFields.map((f) => l[f]));
    const unknown = cells.filter((v) => v === null).length / cells.length;
    expect(unknown).toBeGreaterThan(0.3);
    expect(unknown).toBeLessThan(0.4);
  });

  it('gives every criterion of b2bLeadModel points on some lead, and scores spread over several bands', () => {
    const score = createScorer(b2bLeadModel);
    const scores = generateB2bLeads({ size: 500, now: NOW, seed: 7 }).map((l) => score(l, { now: NOW }));
    const scored = new Set(
      scores.flatMap((s) => s.contributions.filter((c) => c.points !== 0).map((c) => c.criterionId)),
    );
    expect(b2bLeadModel.criteria.map((c) => c.id).filter((id) => !scored.has(id))).toEqual([]);
    expect(new Set(scores.map((s) => s.band)).size).toBeGreaterThanOrEqual(3);
  });
});
