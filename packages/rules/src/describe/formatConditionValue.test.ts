import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatConditionValue, isDurationFact } from './formatConditionValue';

describe('formatConditionValue', () => {
  it('writes numbers with at most two decimals, grouped in the locale', () => {
    expect(formatConditionValue(5000, 'budget')).toBe('5,000');
    expect(formatConditionValue(202.46177583, 'budget')).toBe('202.46');
    expect(formatConditionValue(1234.5, 'budget', { locale: 'de-DE' })).toBe('1.234,5');
  });

  it('writes a duration fact in hours under two days, in days from two days on', () => {
    expect(formatConditionValue(553.0585169444445, 'hoursUntouched')).toBe('23 days');
    expect(formatConditionValue(48, 'hoursUntouched')).toBe('2 days');
    expect(formatConditionValue(60, 'hoursSince.quote_request')).toBe('2.5 days');
    expect(formatConditionValue(1, 'hoursUntouched')).toBe('1 hour');
    expect(formatConditionValue(12.25, 'hoursUntouched')).toBe('12.3 hours');
  });

  it('joins lists, names a referenced fact by its label, and leaves a missing value to the caller', () => {
    expect(formatConditionValue(['Web Forms', 'Events'], 'leadSource')).toBe('Web Forms, Events');
    expect(formatConditionValue({ fact: 'budget' }, 'budget')).toMatch(/^\{.+\}$/);
    expect(formatConditionValue(undefined, 'budget')).toBeUndefined();
    expect(formatConditionValue(null, 'budget')).toBeUndefined();
    expect(formatConditionValue(true, 'isPreviousClient')).toBe('true');
  });

  it('property: a duration is in days exactly when it is two days or more, and never shows more than one decimal', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), (hours) => {
        const text = formatConditionValue(hours, 'hoursUntouched')!;
        expect(text.endsWith(' days')).toBe(hours >= 48);
        expect(/\.\d{2,}/.test(text)).toBe(false);
      }),
      { seed: 20261203, numRuns: 500 },
    );
  });

  it('knows the duration facts', () => {
    expect(isDurationFact('hoursUntouched')).toBe(true);
    expect(isDurationFact('hoursSince.quote_request')).toBe(true);
    expect(isDurationFact('budget')).toBe(false);
  });
});
