import Decimal from 'decimal.js';

/**
 * The package's own decimal.js constructor: 40 significant digits and half-up rounding.
 * A clone, so the host's global `Decimal` configuration is never touched.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

/** A decimal.js value made by {@link Dec}. */
export type Dec = InstanceType<typeof Dec>;
