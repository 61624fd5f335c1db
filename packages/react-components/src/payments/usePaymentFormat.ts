// The payments screens show money and dates only through @hotleads/payments' formatter, bound to
// the ledger's currency and zone and to the theme's locale.
import type { Currency } from '@hotleads/core';
import {
  createPaymentFormatter,
  formatPaymentAmount,
  type PaymentFormatter,
  type PaymentSettings,
} from '@hotleads/payments';
import { useCallback, useMemo } from 'react';
import { useHotleadsLocale } from '../theme/context';

/** `createPaymentFormatter(settings, { locale })` with the nearest theme's locale, made once per settings and locale. */
export function usePaymentFormat(settings: Pick<PaymentSettings, 'currency' | 'timeZone'>): PaymentFormatter {
  const { locale } = useHotleadsLocale();
  return useMemo(() => createPaymentFormatter(settings, { locale }), [settings, locale]);
}

/** An amount the ledger returned, as money in `currency` and the theme's locale (`formatPaymentAmount`). */
export function useMoney(currency: Currency): (amount: string) => string {
  const { locale } = useHotleadsLocale();
  return useCallback((amount: string) => formatPaymentAmount(amount, { currency, locale }), [currency, locale]);
}
