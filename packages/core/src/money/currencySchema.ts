import { z } from 'zod';
import { CURRENCY_CODE, MAX_MINOR_UNIT } from './currency';

/**
 * The zod schema of a {@link Currency}, for settings parsed with zod (the payments ledger's
 * `settings.currency`). {@link assertCurrency} checks the same rules without zod.
 */
export const currencySchema = z
  .object({
    code: z.string().regex(CURRENCY_CODE, 'Currency code must be three capital letters (ISO 4217)'),
    minorUnit: z.number().int().min(0).max(MAX_MINOR_UNIT),
  })
  .strict();
