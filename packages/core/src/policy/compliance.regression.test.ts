// Regressions of issue 10, "Compliance (core contact policy)" and "The one rule" (docs/queue-and-compliance.md,
// "Guarantees"): compliance never fails open. Each test failed on e8fb20c, before the fix.
import { describe, expect, it } from 'vitest';
import { createLiveQueue } from '../queue/createLiveQueue';
import { isHotleadsError } from '../errors/HotleadsError';
import type { Lead } from '../lead/types';
import { collectionsHotLeadModel } from '../models/collectionsHotLeadModel';
import { rankQueue } from '../queue/rankQueue';
import { createScorer } from '../scoring/createScorer';
import { checkAllChannels, checkContact } from './checkContact';
import { createContactChecker } from './createContactChecker';
import { defineContactPolicy } from './defineContactPolicy';
import { regFPolicy } from './regFPolicy';
import type { ContactAttempt } from './types';

const now = '2026-03-10T17:00:00Z'; // Tue 12:00 in Chicago: inside calling hours
const nowMs = Date.parse(now);
const HOUR = 3_600_000;
const lead: Lead = { id: 'a', timeZone: 'America/Chicago' };
const calls = (n: number, channel: string = 'call'): ContactAttempt[] =>
  Array.from({ length: n }, (_, i) => ({ leadId: 'a', channel: channel as 'call', at: nowMs - (i + 1) * HOUR }));

/** Calls `f` and returns what it threw, failing when it threw nothing or something other than a HotleadsError. */
function refusal(f: () => unknown): { code: string; path: readonly (string | number)[]; detail: string } {
  try {
    f();
  } catch (e) {
    if (!isHotleadsError(e)) throw new Error(`expected a HotleadsError, got ${String(e)}`);
    return { code: e.code, path: e.path, detail: e.detail };
  }
  throw new Error('expected a HotleadsError, nothing was thrown');
}

/** Every place attempts enter, each given `attempts` for account `a`. */
const entries: Record<string, (attempts: unknown) => unknown> = {
  checkContact: (attempts) => checkContact(lead, attempts as ContactAttempt[], regFPolicy, { now }),
  checkAllChannels: (attempts) => checkAllChannels(lead, attempts as ContactAttempt[], regFPolicy, { now }),
  createContactChecker: (attempts) => createContactChecker(regFPolicy)(lead, attempts as ContactAttempt[], { now }),
  rankQueue: (attempts) =>
    rankQueue([lead], collectionsHotLeadModel, { now, policy: regFPolicy, touches: attempts as ContactAttempt[] }),
  createLiveQueue: (attempts) =>
    createLiveQueue(collectionsHotLeadModel, {
      now,
      leads: [lead],
      policy: regFPolicy,
      touches: attempts as ContactAttempt[],
    }),
  'LiveQueue.recordAttempt': (attempts) => {
    const live = createLiveQueue(collectionsHotLeadModel, { now, leads: [lead], policy: regFPolicy });
    for (const a of attempts as ContactAttempt[]) live.recordAttempt(a);
  },
};
/** Where each entry names the attempt at index `i`. */
const pathOf = (entry: string, i: number): (string | number)[] =>
  entry === 'LiveQueue.recordAttempt'
    ? ['attempt']
    : entry === 'rankQueue' || entry === 'createLiveQueue'
      ? ['touches', i]
      : ['attempts', i];

describe('issue 10 regressions: compliance never fails open', () => {
  it('unknown channels: a check for Call, fax, an empty string or __proto__ throws a HotleadsError naming channel', () => {
    for (const channel of ['Call', 'fax', '', '__proto__', 'constructor']) {
      const asked = { now, channel: channel as 'call' };
      for (const f of [
        () => checkContact(lead, [], regFPolicy, asked),
        () => createContactChecker(regFPolicy)(lead, [], asked),
        () => rankQueue([lead], collectionsHotLeadModel, { ...asked, policy: regFPolicy }),
        () => createLiveQueue(collectionsHotLeadModel, { ...asked, leads: [lead], policy: regFPolicy }),
      ])
        expect(refusal(f)).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['channel'] });
    }
  });

  it('uncounted attempts: 8 attempts on channel "Call" are refused, naming the index, where 8 on "call" block', () => {
    expect(checkContact(lead, calls(8), regFPolicy, { now }).eligible).toBe(false);
    for (const [name, enter] of Object.entries(entries)) {
      const attempts = [...calls(3), ...calls(8, 'Call')];
      expect(
        refusal(() => enter(attempts)),
        name,
      ).toMatchObject({
        code: 'INVALID_ARGUMENT',
        path: [...pathOf(name, 3), 'channel'],
      });
    }
  });

  it('attempts: a missing or unparseable at, or an unknown outcome, is refused naming the index', () => {
    const bad: Array<[unknown, string, string]> = [
      [{ leadId: 'a', channel: 'call' }, 'at', 'INVALID_TIME'],
      [{ leadId: 'a', channel: 'call', at: 'yesterday' }, 'at', 'INVALID_TIME'],
      [{ leadId: 'a', channel: 'call', at: '2026-03-10 10:00' }, 'at', 'INVALID_TIME'],
      [{ leadId: 'a', channel: 'call', at: nowMs, outcome: 'Conversation' }, 'outcome', 'INVALID_ARGUMENT'],
      [{ leadId: 'a', channel: 'call', at: nowMs, outcome: 'toString' }, 'outcome', 'INVALID_ARGUMENT'],
      [{ leadId: 'a', at: nowMs }, 'channel', 'INVALID_ARGUMENT'],
    ];
    for (const [name, enter] of Object.entries(entries))
      for (const [attempt, field, code] of bad)
        expect(
          refusal(() => enter([...calls(2), attempt])),
          `${name} ${JSON.stringify(attempt)}`,
        ).toMatchObject({
          code,
          path: [...pathOf(name, 2), field],
        });
    // Refused even when the account is blocked anyway, or the policy does not limit attempts.
    const flagged = { ...lead, flags: ['dispute'] };
    expect(refusal(() => checkContact(flagged, [{ leadId: 'a' }] as never, regFPolicy, { now }))).toMatchObject({
      path: ['attempts', 0, 'channel'],
    });
  });

  it('touches as a Set or a generator are counted; a non-iterable throws', () => {
    function* generated() {
      yield* calls(8);
    }
    for (const [name, enter] of Object.entries(entries)) {
      if (name === 'LiveQueue.recordAttempt') continue;
      for (const attempts of [new Set(calls(8)), generated()]) {
        const result = enter(attempts);
        const eligible =
          name === 'createLiveQueue'
            ? (result as ReturnType<typeof createLiveQueue>).top().length > 0
            : name === 'rankQueue'
              ? (result as ReturnType<typeof rankQueue>)[0]!.eligible
              : name === 'checkAllChannels'
                ? (result as ReturnType<typeof checkAllChannels>).call.eligible
                : (result as ReturnType<typeof checkContact>).eligible;
        expect(eligible, name).toBe(false);
      }
      for (const notIterable of [5, {}, 'call', null, undefined, { length: 1, 0: calls(1)[0] }]) {
        if (notIterable === undefined && (name === 'rankQueue' || name === 'createLiveQueue')) continue; // absent: none
        const path = name === 'rankQueue' || name === 'createLiveQueue' ? ['touches'] : ['attempts'];
        expect(
          refusal(() => enter(notIterable)),
          `${name} ${String(notIterable)}`,
        ).toMatchObject({
          code: 'INVALID_ARGUMENT',
          path,
        });
      }
    }
  });

  it('flags: a single string counts as one flag, matching ignores case and whitespace', () => {
    for (const flags of [
      'do-not-contact',
      ['Do-Not-Contact'],
      [' DISPUTE '],
      'Bank ruptcy',
      ['\tcease-communication\n'],
    ]) {
      const check = checkContact({ ...lead, flags }, [], regFPolicy, { now });
      expect(check.eligible, JSON.stringify(flags)).toBe(false);
      expect(check.reasons).toHaveLength(1);
      expect(check.nextEligibleAt).toBeUndefined();
    }
    expect(checkContact({ ...lead, flags: [] }, [], regFPolicy, { now }).eligible).toBe(true);
    expect(checkContact({ ...lead, flags: null }, [], regFPolicy, { now }).eligible).toBe(true);
  });

  it('flags of any other type block the account with the reason "flags unreadable", on every channel', () => {
    for (const flags of [5, true, { 'do-not-contact': true }, new Set(['dispute']), [7], [null], [['dispute']]]) {
      const all = checkAllChannels({ ...lead, flags }, [], regFPolicy, { now });
      for (const check of Object.values(all)) {
        expect(check.eligible, String(flags)).toBe(false);
        expect(check.reasons[0]).toMatch(/^flags unreadable/);
        expect(check.nextEligibleAt).toBeUndefined();
      }
    }
  });

  it('an unknown flag spelling blocks the account, naming the flag; a policy can list flags that do not block', () => {
    const check = checkContact({ ...lead, flags: ['do_not_contact'] }, [], regFPolicy, { now });
    expect(check.eligible).toBe(false);
    expect(check.reasons[0]).toMatch(/flags/);
    expect(check.reasons[0]).toContain('"do_not_contact"');
    const withVip = defineContactPolicy({ ...regFPolicy, id: 'vip', knownFlags: ['VIP'] });
    expect(checkContact({ ...lead, flags: ['vip'] }, [], withVip, { now }).eligible).toBe(true);
    expect(checkContact({ ...lead, flags: ['vip', 'dispute'] }, [], withVip, { now }).eligible).toBe(false);
  });

  it('unreadable time zones and states block the account with a reason naming the field', () => {
    const ma = defineContactPolicy({
      ...regFPolicy,
      id: 'ma',
      states: { MA: { call: { maxAttempts: { count: 2, days: 7 } } } },
    });
    const cases: Array<[Lead, RegExp]> = [
      [{ id: 'a', timeZone: 5 }, /^timeZone unreadable/],
      [{ id: 'a', timeZones: [{}] }, /^timeZones unreadable/],
      [{ id: 'a', timeZones: 42 }, /^timeZones unreadable/],
      [{ id: 'a', timeZone: 'America/Chicago', state: 25 }, /^state unreadable/],
    ];
    for (const [account, reason] of cases) {
      const check = checkContact(account, [], ma, { now });
      expect(check.eligible, JSON.stringify(account)).toBe(false);
      expect(
        check.reasons.some((r) => reason.test(r)),
        check.reasons.join(' | '),
      ).toBe(true);
    }
    // A lowercase or padded state code still finds the stricter state rule: 2 calls block in MA.
    expect(checkContact({ ...lead, state: ' ma ' }, calls(2), ma, { now }).eligible).toBe(false);
    // A single zone string in timeZones counts as that zone.
    expect(checkContact({ id: 'a', timeZones: 'America/Chicago' }, [], ma, { now }).eligible).toBe(true);
  });

  it('nothing comes back eligible because it could not be read: a throwing flags getter blocks that account', () => {
    const hostile = Object.defineProperty({ id: 'a', timeZone: 'America/Chicago' }, 'flags', {
      enumerable: true,
      get() {
        throw new Error('unreadable');
      },
    }) as Lead;
    const check = checkContact(hostile, [], regFPolicy, { now });
    expect(check.eligible).toBe(false);
    expect(check.reasons[0]).toMatch(/^flags unreadable/);
    // Inherited flags are not the account's: own properties only, and an inherited flag never unblocks.
    const inherited = Object.assign(Object.create({ flags: ['dispute'] }) as Lead, {
      id: 'a',
      timeZone: 'America/Chicago',
    });
    expect(checkContact(inherited, [], regFPolicy, { now }).eligible).toBe(true);
  });

  it('unreadable compliance data of one account never takes down a 100,000-account queue', () => {
    const book: Lead[] = Array.from({ length: 100_000 }, (_, i) => ({
      id: `acct-${i}`,
      timeZone: 'America/Chicago',
      balance: i % 5000,
    }));
    book[123] = { ...book[123]!, flags: 5 };
    book[456] = { ...book[456]!, flags: ['Bankruptcy'] };
    book[789] = { ...book[789]!, timeZone: { zone: 'America/Chicago' } };
    const score = createScorer(collectionsHotLeadModel);
    const queue = rankQueue(book, score, { now, limit: 10, policy: regFPolicy, explain: false });
    expect(queue.filter((e) => e.eligible)).toHaveLength(10);
    const blocked = new Map(queue.filter((e) => !e.eligible).map((e) => [e.leadId, e.blockedReasons[0]]));
    expect([...blocked.keys()].sort()).toEqual(['acct-123', 'acct-456', 'acct-789']);
    expect(blocked.get('acct-123')).toMatch(/^flags unreadable/);
    expect(blocked.get('acct-789')).toMatch(/^timeZone unreadable/);
  });

  it('malformed call arguments throw a HotleadsError: a missing options object or policy', () => {
    expect(refusal(() => checkContact(lead, [], regFPolicy, undefined as never))).toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    expect(refusal(() => createContactChecker(regFPolicy)(lead, [], null as never))).toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    expect(refusal(() => checkContact(lead, [], undefined as never, { now }))).toMatchObject({
      code: 'INVALID_POLICY',
    });
    expect(refusal(() => checkContact(null as never, [], regFPolicy, { now }))).toMatchObject({ code: 'INVALID_LEAD' });
    expect(refusal(() => rankQueue([lead], collectionsHotLeadModel, null as never))).toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
  });
});
