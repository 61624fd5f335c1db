// @hotleads/react — public API (being built).
export {};
