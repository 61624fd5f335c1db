import { describe, expect, it } from 'vitest';
import { defaultPaymentStrings as t } from './paymentStrings';

describe('defaultPaymentStrings', () => {
  it('counts one payment or credit note in the singular, any other number in the plural', () => {
    expect(t.paymentsFound('1', '$5.00', 1)).toBe('1 payment, $5.00');
    expect(t.paymentsFound('0', '$0.00', 0)).toBe('0 payments, $0.00');
    expect(t.creditNotesFound('1', '$5.00', 1)).toBe('1 credit note, $5.00 remaining');
    expect(t.creditNotesFound('1,204', '$5.00', 1204)).toBe('1,204 credit notes, $5.00 remaining');
  });
});
