import { describe, expect, it } from 'vitest';
import { installmentStatus } from './installmentStatus';

const opts = (today: string, graceDays = 5, partialTolerancePercent = '0') => ({
  today,
  graceDays,
  partialTolerancePercent,
});

describe('installmentStatus', () => {
  it('is paid when nothing is owed', () => {
    expect(installmentStatus({ amount: 6750, covered: 6750, dueDate: '2025-04-15' }, opts('2030-01-01'))).toBe('paid');
  });
  it('is due or partial until the last grace day, inclusive', () => {
    expect(installmentStatus({ amount: 6750, covered: 0, dueDate: '2025-04-15' }, opts('2025-04-20'))).toBe('due');
    expect(installmentStatus({ amount: 6750, covered: 100, dueDate: '2025-04-15' }, opts('2025-04-20'))).toBe(
      'partial',
    );
  });
  it('is missed after the grace days unless the shortfall is within tolerance', () => {
    expect(installmentStatus({ amount: 6750, covered: 0, dueDate: '2025-04-15' }, opts('2025-04-21'))).toBe('missed');
    expect(installmentStatus({ amount: 6750, covered: 6700, dueDate: '2025-04-15' }, opts('2025-04-21'))).toBe(
      'missed',
    );
    // 5 % tolerance: 95 % of 67.50 = 64.125 → 64.13 needed.
    expect(installmentStatus({ amount: 6750, covered: 6413, dueDate: '2025-04-15' }, opts('2025-04-21', 5, '5'))).toBe(
      'partial',
    );
    expect(installmentStatus({ amount: 6750, covered: 6412, dueDate: '2025-04-15' }, opts('2025-04-21', 5, '5'))).toBe(
      'missed',
    );
    expect(installmentStatus({ amount: 6750, covered: 0, dueDate: '2025-04-15' }, opts('2025-04-16', 0))).toBe(
      'missed',
    );
  });
});
