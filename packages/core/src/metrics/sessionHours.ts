import { toEpochMs } from '../time/toEpochMs';
import { requireId } from './format';
import { HOUR_MS } from '../time/units';
import type { WorkSession } from './types';

/**
 * @internal Hours worked per collector inside `[from, to)`: sessions clipped to the period,
 * overlapping sessions of one collector counted once.
 */
export function sessionHours(sessions: readonly WorkSession[], from: number, to: number): Map<string, number> {
  const spans = new Map<string, Array<[number, number]>>();
  sessions.forEach((s, i) => {
    const start = Math.max(toEpochMs(s.start, ['sessions', i, 'start']), from);
    const end = Math.min(toEpochMs(s.end, ['sessions', i, 'end']), to);
    if (end <= start) return;
    const id = requireId(s.collectorId, ['sessions', i, 'collectorId']);
    let list = spans.get(id);
    if (list === undefined) spans.set(id, (list = []));
    list.push([start, end]);
  });
  const hours = new Map<string, number>();
  for (const [id, list] of spans) {
    list.sort((a, b) => a[0] - b[0]);
    let total = 0;
    let [curStart, curEnd] = list[0]!;
    for (const [s, e] of list.slice(1)) {
      if (s <= curEnd) curEnd = Math.max(curEnd, e);
      else {
        total += curEnd - curStart;
        [curStart, curEnd] = [s, e];
      }
    }
    total += curEnd - curStart;
    hours.set(id, total / HOUR_MS);
  }
  return hours;
}
