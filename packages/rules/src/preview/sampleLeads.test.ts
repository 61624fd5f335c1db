import type { Lead } from '@hotleads/core';
import { describe, expect, it } from 'vitest';
import { sampleLeads } from './sampleLeads';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const DAY = 24 * 3_600_000;
const leads: Lead[] = Array.from({ length: 100 }, (_, i) => ({
  id: `L${i}`,
  createdAt: new Date(NOW - i * DAY).toISOString(),
  name: `Person ${i}`,
  email: `p${i}@acme.com`,
  phone: '+1 555 0100',
  company: 'Acme',
  budget: i,
}));

describe('sampleLeads', () => {
  it('keeps past leads of the window only (never after now)', () => {
    const future = { id: 'future', createdAt: new Date(NOW + DAY).toISOString() };
    const out = sampleLeads([...leads, future, { id: 'undated' }], { now: NOW, withinDays: 30 });
    expect(out.map((l) => l.id)).toEqual(leads.slice(0, 31).map((l) => l.id));
  });

  it('draws a fixed-seed random sample of the given size, in input order', () => {
    const a = sampleLeads(leads, { now: NOW, withinDays: 60, size: 10 });
    const b = sampleLeads(leads, { now: NOW, withinDays: 60, size: 10 });
    expect(a.map((l) => l.id)).toEqual(b.map((l) => l.id));
    expect(new Set(a.map((l) => l.id)).size).toBe(10);
    expect(a.map((l) => l.id)).not.toEqual(leads.slice(0, 10).map((l) => l.id));
    const indexes = a.map((l) => Number(l.id.slice(1)));
    expect(indexes).toEqual([...indexes].sort((x, y) => x - y));
    expect(indexes.every((i) => i <= 60)).toBe(true);
    expect(sampleLeads(leads, { now: NOW, size: 10, seed: 2 }).map((l) => l.id)).not.toEqual(
      sampleLeads(leads, { now: NOW, size: 10 }).map((l) => l.id),
    );
    expect(sampleLeads(leads, { now: NOW, size: 1000 })).toHaveLength(100);
  });

  it('masks name, email, phone and company when asked, without changing the input', () => {
    const [first] = sampleLeads(leads, { now: NOW, size: 1, anonymize: true });
    expect(first).toMatchObject({
      name: 'Lead 1',
      email: 'lead-1@example.invalid',
      phone: '+00 000 000 0000',
      company: 'Company 1',
    });
    expect(typeof first!.budget).toBe('number');
    expect(leads.every((l) => String(l.email).endsWith('@acme.com'))).toBe(true);
    expect(sampleLeads(leads, { now: NOW, size: 1 })[0]!.email).toMatch(/@acme\.com$/);
  });

  it('refuses bad options', () => {
    expect(() => sampleLeads(leads, { now: NOW, size: -1 })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', path: ['size'] }),
    );
    expect(() => sampleLeads(leads, { now: NOW, withinDays: 0 })).toThrow(
      expect.objectContaining({ path: ['withinDays'] }),
    );
  });
});
