import { HotleadsError } from '../errors/HotleadsError';
import type { Lead, LeadEvent } from '../lead/types';
import type { Currency } from '../money/currency';
import { toMinorUnits } from '../money/toMinorUnits';
import { toEpochMs } from '../time/toEpochMs';
import { intentSignal } from './behaviour';
import type { BehaviourModel } from './types';
import type { AccountState } from './world';

/**
 * @internal The starting state of every account: a copy of the lead (so a simulation can add
 * events without touching the host's), its balance in minor units and its parsed intent signals.
 * Throws `INVALID_ARGUMENT` / `INVALID_AMOUNT` / `INVALID_TIME` naming `history.accounts[i]…`.
 */
export function startingAccounts(
  leads: readonly Lead[],
  currency: Currency,
  behaviour: BehaviourModel,
): AccountState[] {
  const seen = new Set<string>();
  return leads.map((lead, i) => {
    const path = ['history', 'accounts', i];
    if (lead === null || typeof lead !== 'object' || typeof lead.id !== 'string')
      throw new HotleadsError('INVALID_ARGUMENT', 'Expected an account with a string id', { path });
    if (seen.has(lead.id))
      throw new HotleadsError('INVALID_ARGUMENT', 'Account ids must be unique', { path: [...path, 'id'] });
    seen.add(lead.id);
    const raw = Object.hasOwn(lead, 'balance') ? lead.balance : undefined;
    if (typeof raw !== 'number' && typeof raw !== 'string')
      throw new HotleadsError('INVALID_AMOUNT', 'Expected a balance: a number or a decimal string', {
        path: [...path, 'balance'],
      });
    const startBalance = toMinorUnits(raw, currency, { path: [...path, 'balance'] });
    const events: LeadEvent[] = Array.isArray(lead.events) ? [...lead.events] : [];
    const signals = events.flatMap((e, k) => {
      const s = intentSignal(behaviour, e?.type, toEpochMs(e?.at, [...path, 'events', k, 'at']));
      return s === undefined ? [] : [s];
    });
    const created = Object.hasOwn(lead, 'createdAt') ? lead.createdAt : undefined;
    const name = Object.hasOwn(lead, 'name') && typeof lead.name === 'string' ? lead.name : lead.id;
    return {
      lead: { ...lead, events },
      id: lead.id,
      name,
      createdAt: created === undefined ? Infinity : toEpochMs(created as string, [...path, 'createdAt']),
      startBalance,
      payments: [],
      promises: [],
      attempts: [],
      signals,
      lastAttemptDay: -Infinity,
      blockedUntil: -Infinity,
    };
  });
}
