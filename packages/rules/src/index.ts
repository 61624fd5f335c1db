// @hotleads/rules — public API (being built).
export {};
