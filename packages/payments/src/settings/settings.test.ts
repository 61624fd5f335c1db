import { describe, expect, it } from 'vitest';
import { HotleadsError, isIanaTimeZone } from '@hotleads/core';
import fc from 'fast-check';
import { defaultSettings, resolveSettings } from './settings';
import { createLedger } from '../createLedger';

describe('settings', () => {
  it('defaults: Walk-in channel, USD, 100.00 threshold, one-year expiry, 500-char notes, Stripe mapping, admin-only reverse', () => {
    const s = resolveSettings();
    expect(s).toEqual(defaultSettings);
    expect(s.defaultChannel).toBe('Walk-in');
    expect(s.gatewayStatusMap.stripe).toEqual({
      succeeded: { webhookStatus: 'In Settlement', settlementStatus: 'In Progress', paymentStatus: 'Pending' },
      failed: { webhookStatus: 'Failed', settlementStatus: 'N/A', paymentStatus: 'Failed' },
    });
    expect(s.permissions.reverse).toEqual(['admin']);
    expect(Object.isFrozen(s.permissions.record)).toBe(true);
  });

  it('merges nested objects one level deep', () => {
    const s = resolveSettings({
      numberFormats: { receipt: { format: 'R-{seq}', start: 5001 } },
      permissions: { verify: ['admin'] },
      plans: { graceDays: 0 },
    });
    expect(s.numberFormats.receipt.start).toBe(5001);
    expect(s.numberFormats.payment).toEqual(defaultSettings.numberFormats.payment);
    expect(s.permissions.verify).toEqual(['admin']);
    expect(s.permissions.record).toEqual(defaultSettings.permissions.record);
    expect(s.plans).toEqual({ ...defaultSettings.plans, graceDays: 0 });
    expect(s.plans.brokenAfterMissed).toBe(2);
  });

  it.each([
    [{ timeZone: 'Mars/Olympus' }, ['timeZone']],
    [{ defaultChannel: 'Fax' }, ['defaultChannel']],
    [{ cashMethods: ['Gold'] }, ['cashMethods', 0]],
    [{ numberFormats: { payment: { format: 'PAY-{YYYY}', start: 1 } } }, ['numberFormats', 'payment', 'format']],
    [{ numberFormats: { payment: { format: 'PAY-{seq}', start: -1 } } }, ['numberFormats', 'payment', 'start']],
    [{ overpaymentThreshold: '10.001' }, ['overpaymentThreshold']],
    [{ overpaymentThreshold: '-1' }, ['overpaymentThreshold']],
    [{ creditNoteExpiryDays: 0 }, ['creditNoteExpiryDays']],
    [{ notesMaxLength: -1 }, ['notesMaxLength']],
    [{ plans: { partialTolerancePercent: '101' } }, ['plans', 'partialTolerancePercent']],
    [{ channels: [] }, ['channels']],
    [{ unknownSetting: true }, []],
  ])('refuses %j', (input, path) => {
    let error: unknown;
    try {
      createLedger({ settings: input as never });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(HotleadsError);
    expect((error as HotleadsError).code).toBe('INVALID_SETTINGS');
    expect((error as HotleadsError).path).toEqual(path);
  });

  it('accepts a time zone exactly when core does (one time-zone check)', () => {
    const zone = fc.oneof(
      fc.constantFrom(...Intl.supportedValuesOf('timeZone'), 'UTC', 'america/chicago'),
      fc.constantFrom('-05:00', '+0530', '+05', 'Mars/Olympus', ' '),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(zone, (timeZone) => {
        let error: unknown;
        try {
          resolveSettings({ timeZone });
        } catch (e) {
          error = e;
        }
        if (isIanaTimeZone(timeZone)) expect(error).toBeUndefined();
        else expect(error).toMatchObject({ code: 'INVALID_SETTINGS', path: ['timeZone'] });
      }),
    );
  });
});
