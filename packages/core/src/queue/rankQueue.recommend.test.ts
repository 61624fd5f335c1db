import { describe, expect, it } from 'vitest';
import { createLiveQueue } from './createLiveQueue';
import { generateCollectionsBook } from '../demo/generateCollectionsBook';
import { isHotleadsError } from '../errors/HotleadsError';
import { collectionsHotLeadModel } from '../models/collectionsHotLeadModel';
import { recommendContact } from '../policy/recommendContact';
import { regFPolicy } from '../policy/regFPolicy';
import type { ContactAttempt } from '../policy/types';
import { rankQueue } from './rankQueue';

const now = '2026-11-23T15:00:00Z'; // Mon 09:00 Chicago
const book = generateCollectionsBook({ size: 60, now, seed: 18 });
const touches: ContactAttempt[] = book.slice(0, 20).flatMap((lead, i) => [
  { leadId: lead.id, channel: 'call', at: Date.parse(now) - (i + 9) * 86_400_000, outcome: 'conversation' },
  { leadId: lead.id, channel: 'call', at: Date.parse(now) - (i + 2) * 3_600_000, outcome: 'no-answer' },
]);

describe('rankQueue / live queue — top recommendation per entry', () => {
  it('carries, lazily, the best slot and sentence recommendContact gives for the entry', () => {
    const recommend = { horizonHours: 48 };
    const queue = rankQueue(book, collectionsHotLeadModel, { now, limit: 10, policy: regFPolicy, touches, recommend });
    expect(queue.filter((e) => e.eligible)).toHaveLength(10);
    for (const entry of queue) {
      // A getter: nothing is computed until the card reads it.
      expect(typeof Object.getOwnPropertyDescriptor(entry, 'recommendation')?.get).toBe('function');
      const lead = book.find((l) => l.id === entry.leadId)!;
      const expected = recommendContact(lead, touches, regFPolicy, { now, ...recommend });
      expect(entry.recommendation?.text).toBe(expected.text);
      expect(entry.recommendation?.best).toEqual(expected.best);
    }
    expect(queue[0]!.recommendation?.text).toMatch(/^Best: (call|text|email) /);
    expect(queue.some((e) => !e.eligible && e.recommendation!.best !== undefined)).toBe(true);
  });

  it('has no recommendation without the option, and refuses it without a policy or with a bad option', () => {
    expect('recommendation' in rankQueue(book, collectionsHotLeadModel, { now, limit: 3 })[0]!).toBe(false);
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return isHotleadsError(e) ? `${e.code} ${e.path.join('.')}` : 'other';
      }
      return undefined;
    };
    expect(code(() => rankQueue(book, collectionsHotLeadModel, { now, recommend: {} }))).toBe(
      'INVALID_ARGUMENT recommend',
    );
    expect(
      code(() => rankQueue(book, collectionsHotLeadModel, { now, policy: regFPolicy, recommend: { horizonHours: 0 } })),
    ).toBe('INVALID_ARGUMENT recommend.horizonHours');
  });

  it('the live queue carries the same recommendations as rankQueue', () => {
    const recommend = { horizonHours: 24, channels: ['call' as const] };
    const live = createLiveQueue(collectionsHotLeadModel, {
      now,
      limit: 10,
      leads: book,
      policy: regFPolicy,
      touches,
      recommend,
    });
    const ranked = rankQueue(book, collectionsHotLeadModel, { now, limit: 10, policy: regFPolicy, touches, recommend });
    expect(live.top().map((e) => e.recommendation)).toEqual(ranked.slice(0, 10).map((e) => e.recommendation));
  });
});
