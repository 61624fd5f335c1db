import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { KpiCard, paymentsChange } from './KpiCard';

describe('paymentsChange', () => {
  it("reads the sign of @hotleads/payments' change strings without recomputing them", () => {
    expect(paymentsChange('-11.6')).toEqual({ changePercent: '−11.6%', direction: 'down', good: false });
    expect(paymentsChange('4.0')).toEqual({ changePercent: '+4.0%', direction: 'up', good: true });
    expect(paymentsChange('0.0')).toEqual({ changePercent: '0.0%', direction: 'flat', good: null });
    expect(paymentsChange('-44.8', false)).toEqual({ changePercent: '−44.8%', direction: 'down', good: true });
    expect(paymentsChange(null)).toBeUndefined();
  });

  it('shows a faster average collection time as good news', () => {
    render(<KpiCard label="Average collection time" value="10.0 days" change={paymentsChange('-44.8', false)} />);
    const trend = screen.getByText(/vs previous period/).closest('p')!;
    expect(trend).toHaveAttribute('data-tone', 'good');
    expect(trend).toHaveTextContent('Down 44.8% vs previous period');
  });
});
