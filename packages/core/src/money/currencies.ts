import type { Currency } from './currency';

/** US dollar: 2 decimals. The default currency of every hotleads function. */
export const USD: Currency = /* @__PURE__ */ (() => Object.freeze({ code: 'USD', minorUnit: 2 }))();

/** Euro: 2 decimals. */
export const EUR: Currency = /* @__PURE__ */ (() => Object.freeze({ code: 'EUR', minorUnit: 2 }))();

/** Pound sterling: 2 decimals. */
export const GBP: Currency = /* @__PURE__ */ (() => Object.freeze({ code: 'GBP', minorUnit: 2 }))();

/** Japanese yen: no minor unit (0 decimals). */
export const JPY: Currency = /* @__PURE__ */ (() => Object.freeze({ code: 'JPY', minorUnit: 0 }))();

/** Kuwaiti dinar: 3 decimals. */
export const KWD: Currency = /* @__PURE__ */ (() => Object.freeze({ code: 'KWD', minorUnit: 3 }))();

/** Bahraini dinar: 3 decimals. */
export const BHD: Currency = /* @__PURE__ */ (() => Object.freeze({ code: 'BHD', minorUnit: 3 }))();
