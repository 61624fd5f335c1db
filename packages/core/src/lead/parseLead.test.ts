import { describe, expect, it } from 'vitest';
import { HotleadsError } from '../errors/HotleadsError';
import { parseLead } from './parseLead';

describe('parseLead', () => {
  it('accepts a lead with an id, zoned event times and any other fields', () => {
    const lead = parseLead({
      id: 'a',
      balance: 10,
      company: { size: 3 },
      events: [
        { type: 'visit', at: '2026-11-22T10:00:00+02:00', value: 2, data: { page: '/pay' } },
        { type: 'open', at: 5 },
      ],
    });
    expect(lead.id).toBe('a');
    expect(lead.company).toEqual({ size: 3 });
    expect(lead.events).toHaveLength(2);
  });

  it.each([
    ['no id', { events: [] }, ['id']],
    ['an empty id', { id: '' }, ['id']],
    ['events not a list', { id: 'a', events: {} }, ['events']],
    [
      'an event time without a zone',
      { id: 'a', events: [{ type: 'visit', at: '2026-11-22T10:00:00' }] },
      ['events', 0, 'at'],
    ],
    ['an event without a type', { id: 'a', events: [{ at: 1 }] }, ['events', 0, 'type']],
    ['a non-finite event value', { id: 'a', events: [{ type: 'x', at: 1, value: Infinity }] }, ['events', 0, 'value']],
  ])('refuses %s with INVALID_LEAD and the path', (_name, input, path) => {
    let caught: unknown;
    try {
      parseLead(input);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(HotleadsError);
    expect(caught).toMatchObject({ code: 'INVALID_LEAD', path });
  });
});
