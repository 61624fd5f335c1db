// Plain-text layout for a terminal: headings, indentation and aligned columns. Every figure the
// tour prints comes from the library; this file only lays the strings out.
import { formatMoney, toMinorUnits, type Currency } from '@hotleads/core';

/** A numbered section heading, underlined. */
export function heading(n: number, title: string): string[] {
  const text = `${n}. ${title}`;
  return ['', text, '─'.repeat(text.length)];
}

/** Indents every line by `spaces`. */
export function indent(lines: readonly string[], spaces = 2): string[] {
  const pad = ' '.repeat(spaces);
  return lines.map((l) => (l === '' ? l : pad + l));
}

/** Rows of cells as aligned columns; `right` lists the columns aligned right (numbers). */
export function columns(rows: ReadonlyArray<readonly string[]>, right: readonly number[] = []): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) =>
    row
      .map((cell, i) => (right.includes(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd(),
  );
}

/** An amount as the payments ledger returns it (`"145.50"`), shown as money (`$145.50`). */
export function money(amount: string | number, currency: Currency): string {
  return formatMoney(toMinorUnits(amount, currency), currency);
}

/** A whole number with thousands separators. */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}
