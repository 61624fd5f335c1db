// @hotleads/payments — public API (being built).
export {};
