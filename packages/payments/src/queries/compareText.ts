/**
 * Orders two strings by Unicode code point, as PostgreSQL's `COLLATE "C"` orders UTF-8 text
 * (docs/payments.md, "Sort keys"): `'B' < 'a'`, and an astral character (😀, U+1F600) after every
 * character of the Basic Multilingual Plane, which plain `<` on UTF-16 code units gets wrong for
 * U+E000–U+FFFF. No locale, so every store and every machine agrees. Returns −1, 0 or 1.
 */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return a.length < b.length ? -1 : 1;
  let x = a.charCodeAt(i);
  let y = b.charCodeAt(i);
  // A surrogate (U+D800–U+DFFF, half of an astral character) stands for a code point past U+FFFF.
  if (x >= 0xd800 && x <= 0xdfff) x += 0x10000;
  if (y >= 0xd800 && y <= 0xdfff) y += 0x10000;
  return x < y ? -1 : 1;
}

/**
 * Orders two document numbers (receipt, credit-note, payment numbers) shorter first, then by code
 * point: `R-9` before `R-10`, `PAY-2025-000010` after `PAY-2025-000009`. Numbers drawn from one
 * format with a growing counter come out in the order they were drawn. A SQL store writes it as
 * `ORDER BY length(x), x COLLATE "C"`. Returns −1, 0 or 1.
 */
export function compareNumbering(a: string, b: string): number {
  return a.length !== b.length ? (a.length < b.length ? -1 : 1) : compareCodePoints(a, b);
}
