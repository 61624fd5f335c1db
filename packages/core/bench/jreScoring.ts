// The b2b model scored "the way a user of json-rules-engine would": every criterion band
// becomes a rule whose event carries the points, one engine.run per lead, and the points are
// summed, clamped and weighted from the events that fired. Only the benchmark uses it.
import { Engine, type RuleProperties, type TopLevelCondition } from 'json-rules-engine';
import { HOUR_MS, tryEpochMs, type Evaluator, type Lead, type ScoringModel } from '@hotleads/core';

type Cond = { fact: string; path?: string; operator: string; value: unknown };

function factOf(field: string): Pick<Cond, 'fact' | 'path'> {
  const [fact, ...rest] = field.split('.');
  return rest.length === 0 ? { fact: fact! } : { fact: fact!, path: `$.${rest.join('.')}` };
}

/** One rule per band of an evaluator: conditions → points. */
function bands(ev: Evaluator, field: string | undefined): Array<{ conditions: Cond[]; points: number }> {
  const f = field === undefined ? { fact: 'none' } : factOf(field);
  const ranges = (steps: Array<{ min: number; points: number }>, fact: Pick<Cond, 'fact' | 'path'>) => {
    const sorted = [...steps].sort((a, b) => a.min - b.min);
    return sorted.map((s, i) => ({
      conditions: [
        { ...fact, operator: 'greaterThanInclusive', value: s.min },
        ...(i + 1 < sorted.length ? [{ ...fact, operator: 'lessThan', value: sorted[i + 1]!.min }] : []),
      ],
      points: s.points,
    }));
  };
  switch (ev.kind) {
    case 'present':
      return [{ conditions: [{ ...f, operator: 'notIn', value: [null, ''] }], points: ev.points }];
    case 'oneOf':
      return [{ conditions: [{ ...f, operator: 'in', value: ev.values }], points: ev.points }];
    case 'map':
      return Object.entries(ev.points).map(([k, p]) => ({
        conditions: [{ ...f, operator: 'equal', value: k }],
        points: p,
      }));
    case 'steps':
      return ranges(ev.steps, f);
    case 'linear': {
      // json-rules-engine has no arithmetic: a user would cut the line into 5 bands.
      const [x0, y0] = ev.from;
      const [x1, y1] = ev.to;
      return ranges(
        [0, 1, 2, 3, 4].map((i) => ({ min: x0 + ((x1 - x0) * i) / 5, points: y0 + ((y1 - y0) * i) / 4 })),
        f,
      );
    }
    case 'timeSince':
      return ranges(
        ev.steps.map((s) => ({ min: s.minHours, points: s.points })),
        { fact: 'hoursUntouched' },
      );
    default:
      return [];
  }
}

export function createJreScorer(model: ScoringModel, activityTypes: string[]) {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const c of model.criteria) {
    for (const slot of [c.information, c.evaluation]) {
      if (slot === undefined) continue;
      for (const band of bands(slot, c.field)) {
        const rule: RuleProperties = {
          conditions: { all: band.conditions } as TopLevelCondition,
          event: { type: 'points', params: { criterion: c.id, points: band.points } },
        };
        engine.addRule(rule);
      }
    }
  }
  engine.addFact('hoursUntouched', (_params, almanac) =>
    Promise.all([
      almanac.factValue<Lead['events']>('events'),
      almanac.factValue<number>('now'),
      almanac.factValue<unknown>('createdAt'),
    ]).then(([events, now, createdAt]) => {
      let last = Number.NaN;
      for (const e of events ?? [])
        if (activityTypes.includes(e.type) && (e.at as number) <= now && !((e.at as number) <= last))
          last = e.at as number;
      if (Number.isNaN(last)) last = tryEpochMs(createdAt);
      return Number.isNaN(last) ? undefined : (now - last) / HOUR_MS;
    }),
  );
  const byId = new Map(model.criteria.map((c) => [c.id, c]));
  const possible = model.criteria.filter((c) => c.maxPoints > 0).reduce((s, c) => s + c.maxPoints * c.weight, 0);
  return async (lead: Lead, nowMs: number): Promise<number> => {
    const { events } = await engine.run({ ...lead, now: nowMs });
    const raw = new Map<string, number>();
    for (const e of events)
      raw.set(
        e.params!.criterion as string,
        (raw.get(e.params!.criterion as string) ?? 0) + (e.params!.points as number),
      );
    let achieved = 0;
    for (const [id, points] of raw) {
      const c = byId.get(id)!;
      achieved +=
        (c.maxPoints < 0 ? Math.min(Math.max(points, c.maxPoints), 0) : Math.min(Math.max(points, 0), c.maxPoints)) *
        c.weight;
    }
    return Math.min(Math.max((achieved / possible) * 100, 0), 100);
  };
}
