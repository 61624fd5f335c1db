import type { ActivityRecord, PromiseToPay } from '../metrics/types';
import type { Currency } from '../money/currency';
import type { ContactChecker } from '../policy/createContactChecker';
import type { Scorer } from '../scoring/createScorer';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../time/units';
import { heatAt, intentSignal, propensity } from './behaviour';
import { attemptMs, dateOn, dayIndex, shiftStartOn, type BacktestCalendar } from './calendar';
import { streamRandom } from './streamRandom';
import type { BacktestLog, BehaviourModel, Ordering } from './types';
import { createBacktestQueue, recordAttempt, type AccountState } from './world';

/** @internal What one simulated run needs. */
export type SimulationSetup = {
  accounts: () => AccountState[];
  ordering: Ordering;
  scorer?: Scorer;
  checker?: ContactChecker;
  calendar: BacktestCalendar;
  collectors: number;
  attemptsPerHour: number;
  refreshHours: number;
  behaviour: BehaviourModel;
  currency: Currency;
};

const SIGNAL = 1;
const ATTEMPT = 2;

/** @internal Adds each account's new intent signals for every day: the same under every ordering. */
function addNewSignals(accounts: AccountState[], setup: SimulationSetup, seed: number): void {
  const { behaviour, calendar } = setup;
  const mix = Object.entries(behaviour.newSignals.mix);
  const total = mix.reduce((s, [, w]) => s + w, 0);
  accounts.forEach((a, i) => {
    for (let d = 0; d < calendar.days; d++) {
      const rnd = streamRandom(seed, i, SIGNAL, d);
      if (rnd() >= behaviour.newSignals.perDay || total <= 0) continue;
      let r = rnd() * total;
      const type = mix.find(([, w]) => (r -= w) < 0)?.[0] ?? mix[0]![0];
      const at = Math.floor(calendar.from + d * DAY_MS + rnd() * DAY_MS);
      a.lead.events!.push({ type, at });
      const s = intentSignal(behaviour, type, at);
      if (s !== undefined) a.signals.push(s);
    }
  });
}

/**
 * @internal One simulated run of one ordering under one seed: collectors work the queue slot by
 * slot, the behaviour model answers each attempt, and everything that happens is logged as core's
 * metrics read it.
 */
export function simulateRun(setup: SimulationSetup, seed: number): BacktestLog {
  const { calendar, collectors, behaviour, currency } = setup;
  const accounts = setup.accounts();
  addNewSignals(accounts, setup, seed);
  const pick = createBacktestQueue(accounts, setup);
  const log: BacktestLog = {
    activities: [],
    payments: [],
    promises: [],
    sessions: [],
    placements: accounts.map((a) => ({ leadId: a.id, amount: a.startBalance, at: calendar.from })),
    accounts: accounts.map((a) => a.lead),
  };
  const attemptsOf = new Array<number>(accounts.length).fill(0);
  const kept: Array<{ i: number; amount: number; dueDay: number; collectorId: string }> = [];
  const major = (minor: number) => minor / 10 ** currency.minorUnit;
  const pay = (i: number, at: number, amount: number, collectorId: string) => {
    const a = accounts[i]!;
    a.payments.push({ at, amount });
    a.lead.events!.push({ type: 'payment', at, value: major(amount) });
    log.payments.push({ leadId: a.id, collectorId, at, amount });
  };
  const share = (balance: number, u: () => number) => {
    const { full, min, max } = behaviour.amount;
    if (u() < full) return balance;
    return Math.max(1, Math.min(balance, Math.round(balance * (min + u() * (max - min)))));
  };
  const slots = Math.floor(calendar.shiftHours * setup.attemptsPerHour);
  const step = attemptMs(setup.attemptsPerHour);
  for (let d = 0; d < calendar.days; d++) {
    const start = shiftStartOn(calendar, d);
    for (let c = 0; c < collectors; c++)
      log.sessions.push({ collectorId: `C${c + 1}`, start, end: start + calendar.shiftHours * HOUR_MS });
    for (const k of kept.filter((p) => p.dueDay === d)) {
      const owed = accounts[k.i]!.startBalance - accounts[k.i]!.payments.reduce((s, p) => s + p.amount, 0);
      // Paid the minute before the shift, so it is never confused with that day's attempts.
      if (owed > 0) pay(k.i, start - MINUTE_MS, Math.min(owed, k.amount), k.collectorId);
    }
    for (let s = 0; s < slots; s++) {
      const t = Math.round(start + s * step);
      const day = dayIndex(calendar, t);
      for (let c = 0; c < collectors; c++) {
        const i = pick(t, day);
        if (i < 0) break;
        const a = accounts[i]!;
        const collectorId = `C${c + 1}`;
        const u = streamRandom(seed, i, ATTEMPT, attemptsOf[i]!++);
        const heat = heatAt(a.signals, t);
        const answered = u() < propensity(behaviour.answer, heat);
        recordAttempt(
          a,
          { leadId: a.id, channel: 'call', at: t, outcome: answered ? 'conversation' : 'no-answer' },
          day,
        );
        const activity: ActivityRecord = {
          collectorId,
          leadId: a.id,
          at: t,
          channel: 'call',
          outcome: answered ? 'right-party-contact' : 'no-answer',
        };
        log.activities.push(activity);
        if (!answered) continue;
        const balance = a.startBalance - a.payments.reduce((sum, p) => sum + p.amount, 0);
        const [pays, promises, keeps] = [u(), u(), u()];
        if (pays < propensity(behaviour.pay, heat)) {
          pay(i, t, share(balance, u), collectorId);
        } else if (promises < propensity(behaviour.promise, heat)) {
          const amount = share(balance, u);
          const dueDay = d + behaviour.promiseDays;
          const promise: PromiseToPay = {
            id: `PTP-${seed}-${log.promises.length + 1}`,
            leadId: a.id,
            collectorId,
            amount,
            dueDate: dateOn(calendar, dueDay),
            createdAt: t,
          };
          log.promises.push(promise);
          a.promises.push({ at: t, dueDate: promise.dueDate });
          a.lead.events!.push({ type: 'promise_to_pay', at: t, value: major(amount) });
          if (keeps < propensity(behaviour.keep, heat)) kept.push({ i, amount, dueDay, collectorId });
        }
      }
    }
  }
  return log;
}
