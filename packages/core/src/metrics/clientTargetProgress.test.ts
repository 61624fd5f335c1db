import { describe, expect, it } from 'vitest';
import { clientTargetProgress } from './clientTargetProgress';

describe('clientTargetProgress', () => {
  it('shows each client’s collected amount against target and pace for the time elapsed', () => {
    const period = { from: '2026-01-01T00:00:00Z', to: '2026-01-31T00:00:00Z', now: '2026-01-16T00:00:00Z' }; // half way
    const payments = [
      { leadId: 'a', clientId: 'acme', at: '2026-01-05T00:00:00Z', amount: 600000 },
      { leadId: 'b', clientId: 'zen', at: '2026-01-05T00:00:00Z', amount: 200000 },
      { leadId: 'c', clientId: 'bolt', at: '2026-01-10T00:00:00Z', amount: 510000 },
      { leadId: 'd', clientId: 'acme', at: '2026-01-20T00:00:00Z', amount: 999900 }, // after now
    ];
    const rows = clientTargetProgress(
      [
        { clientId: 'acme', name: 'Acme Utilities', target: 1000000 },
        { clientId: 'zen', name: 'Zen Health', target: 1000000 },
        { clientId: 'bolt', name: 'Bolt Energy', target: 1000000 },
      ],
      payments,
      period,
    );
    expect(rows.map((r) => [r.name, r.label, r.percent, r.expectedByNow, r.pace, r.paceLabel, r.met])).toEqual([
      ['Acme Utilities', '$6,000.00 of $10,000.00', '60.0%', 500000, 'ahead', '20.0% ahead of pace', false],
      ['Zen Health', '$2,000.00 of $10,000.00', '20.0%', 500000, 'behind', '60.0% behind pace', false],
      ['Bolt Energy', '$5,100.00 of $10,000.00', '51.0%', 500000, 'on-track', 'On pace', false],
    ]);
    expect(rows[0]!.remaining).toBe(400000);
  });
});
