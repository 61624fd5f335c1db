import type { Lead } from '../lead/types';

/** What the queue orders by: score, then balance as a number, then id. */
export type RankKey = { score: number; balance: number; id: string };

/** A lead's balance as a number for tie-breaking (a numeric string counts); −∞ when absent. */
export function balanceOf(lead: Lead): number {
  const raw = Object.prototype.hasOwnProperty.call(lead, 'balance') ? lead.balance : undefined;
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : Number.NaN;
  return Number.isFinite(n) ? n : -Infinity;
}

/** Negative when `a` ranks before `b`: higher score, then higher balance, then lower id. */
export function compareRank(a: RankKey, b: RankKey): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.balance !== b.balance) return a.balance > b.balance ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
