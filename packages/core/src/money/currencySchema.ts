import * as z from 'zod/mini';
import { CURRENCY_CODE, MAX_MINOR_UNIT } from './currency';

/**
 * The zod schema (`zod/mini`) of a {@link Currency}, for settings parsed with zod (the payments
 * ledger's `settings.currency`). {@link assertCurrency} checks the same rules without zod.
 */
export const currencySchema = /* @__PURE__ */ (() =>
  z.strictObject({
    code: z.string().check(z.regex(CURRENCY_CODE, 'Currency code must be three capital letters (ISO 4217)')),
    minorUnit: z.number().check(z.int(), z.gte(0), z.lte(MAX_MINOR_UNIT)),
  }))();
