import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOUR, NOW, eventArb, leadArb, modelArb } from '../__tests__/arbitraries';
import { b2bLeadModel } from '../models/b2bLeadModel';
import { collectionsHotLeadModel } from '../models/collectionsHotLeadModel';
import { generateB2bLeads } from '../demo/generateB2bLeads';
import { generateCollectionsBook } from '../demo/generateCollectionsBook';
import type { Lead } from '../lead/types';
import { createScorer } from './createScorer';
import { scoreLead } from './scoreLead';
import type { ScoringModel } from './types';

const RUNS = { numRuns: 300 };
const builtIn = fc.constantFrom<ScoringModel>(collectionsHotLeadModel, b2bLeadModel);
const book = generateCollectionsBook({ size: 200, now: NOW, seed: 11 });
const accountArb = fc.constantFrom(...book);
const collectionsEvent = fc.record({
  type: fc.constantFrom(
    'portal_visit',
    'abandoned_payment',
    'partial_payment',
    'promise_to_pay',
    'email_open',
    'email_click',
    'sms_reply',
    'inbound_call',
  ),
  at: fc.integer({ min: -30 * 24, max: 0 }).map((h) => NOW + h * HOUR),
  value: fc.integer({ min: 1, max: 500 }),
});

describe('scoring invariants (fast-check, fixed seed)', () => {
  it('score is always in [0, 100] and contributions sum to achieved', () => {
    fc.assert(
      fc.property(modelArb, leadArb, (model, lead) => {
        const s = scoreLead(lead, model, { now: NOW });
        expect(s.score).toBeGreaterThanOrEqual(0);
        expect(s.score).toBeLessThanOrEqual(100);
        expect(s.contributions).toHaveLength(model.criteria.length);
        const sum = s.contributions.reduce((acc, c) => acc + c.weighted, 0);
        expect(Math.abs(sum - s.achieved)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(s.achieved)));
        for (const c of s.contributions) {
          const criterion = model.criteria.find((x) => x.id === c.criterionId)!;
          if (criterion.maxPoints >= 0) expect(c.points).toBeGreaterThanOrEqual(0);
          else expect(c.points).toBeLessThanOrEqual(0);
          expect(Math.abs(c.points)).toBeLessThanOrEqual(Math.abs(criterion.maxPoints));
        }
      }),
      RUNS,
    );
  });

  it('createScorer agrees with scoreLead bit for bit, explanations included', () => {
    fc.assert(
      fc.property(
        modelArb,
        fc.array(leadArb, { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        (model, leads, explain) => {
          // Both compiled paths: the generated straight-line loop and the plain loop over closures.
          const generated = createScorer(model);
          const looped = createScorer(model, { generate: false });
          for (const lead of leads) {
            const reference = scoreLead(lead, model, { now: NOW, explain });
            expect(generated(lead, { now: NOW, explain })).toEqual(reference);
            expect(looped(lead, { now: NOW, explain })).toEqual(reference);
          }
        },
      ),
      RUNS,
    );
    fc.assert(
      fc.property(builtIn, accountArb, fc.integer({ min: 0, max: 96 }), (model, account, hoursLater) => {
        const now = NOW + hoursLater * HOUR;
        expect(createScorer(model)(account, { now })).toEqual(scoreLead(account, model, { now }));
        expect(createScorer(model, { generate: false })(account, { now })).toEqual(scoreLead(account, model, { now }));
      }),
      RUNS,
    );
    // 600 model compilations: a few seconds on a loaded machine, so not the 5 s default.
  }, 60_000);

  it('createScorer agrees with scoreLead over long runs of leads of many shapes (the slot path) and of one', () => {
    // A scorer switches to reading a plain lead's fields through slots after a run of leads of
    // differing shapes, and back after a run of one shape: the results must not change.
    fc.assert(
      fc.property(
        modelArb,
        fc.array(leadArb, { minLength: 20, maxLength: 80 }),
        fc.boolean(),
        (model, leads, explain) => {
          const generated = createScorer(model);
          for (const lead of leads)
            expect(generated(lead, { now: NOW, explain })).toEqual(scoreLead(lead, model, { now: NOW, explain }));
        },
      ),
      { numRuns: 60 },
    );
    const sparse = generateB2bLeads({ size: 300, now: NOW, seed: 3, shape: 'sparse' });
    const rows = generateB2bLeads({ size: 300, now: NOW, seed: 4, shape: 'rows' });
    const score = createScorer(b2bLeadModel);
    for (const lead of [...sparse, ...rows, ...sparse.slice(0, 100), ...(JSON.parse(JSON.stringify(sparse)) as Lead[])])
      expect(score(lead, { now: NOW, explain: false })).toEqual(
        scoreLead(lead, b2bLeadModel, { now: NOW, explain: false }),
      );
  }, 60_000);

  it('criterion order does not change the result by a single bit', () => {
    fc.assert(
      fc.property(modelArb, leadArb, fc.integer(), (model, lead, seed) => {
        const shuffled = [...model.criteria]
          .sort((a, b) => ((a.id.charCodeAt(1) * 31 + seed) % 7) - ((b.id.charCodeAt(1) * 31 + seed) % 7))
          .reverse();
        const a = scoreLead(lead, model, { now: NOW });
        const b = scoreLead(lead, { ...model, criteria: shuffled }, { now: NOW });
        expect(Object.is(a.score, b.score)).toBe(true);
        expect(Object.is(a.achieved, b.achieved)).toBe(true);
        expect(b).toEqual(a);
      }),
      RUNS,
    );
  });

  it('adding a positive event never lowers the score', () => {
    // A lead whose age is known (createdAt before every event): a new event can only add
    // signal points or shorten the time untouched. (Without createdAt a lead with no activity
    // has no recency penalty at all, so its first event may start one — by design.)
    const aged = leadArb.filter((lead) => lead.createdAt !== undefined);
    fc.assert(
      fc.property(modelArb, aged, eventArb, (model, lead, event) => {
        const before = scoreLead(lead, model, { now: NOW, explain: false }).score;
        const after = scoreLead({ ...lead, events: [...(lead.events ?? []), event] }, model, {
          now: NOW,
          explain: false,
        }).score;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(builtIn, accountArb, collectionsEvent, (model, account, event) => {
        const before = scoreLead(account, model, { now: NOW, explain: false }).score;
        const after = scoreLead({ ...account, events: [...account.events, event] }, model, {
          now: NOW,
          explain: false,
        }).score;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
      RUNS,
    );
  });

  it('with every event at or before the first now, the score never rises as now moves forward', () => {
    const pastOnly = (lead: Lead): Lead => ({
      ...lead,
      events: (lead.events ?? []).filter((e) => (e.at as number) <= NOW),
    });
    fc.assert(
      fc.property(
        fc.oneof(modelArb, builtIn),
        fc.oneof(leadArb.map(pastOnly), accountArb),
        fc.array(fc.integer({ min: 0, max: 2000 }), { minLength: 2, maxLength: 5 }),
        (model, lead, offsets) => {
          const score = createScorer(model);
          const times = [...offsets].sort((a, b) => a - b).map((h) => NOW + h * HOUR);
          const scores = times.map((now) => score(lead, { now, explain: false }).score);
          for (let i = 1; i < scores.length; i++) expect(scores[i]!).toBeLessThanOrEqual(scores[i - 1]!);
        },
      ),
      RUNS,
    );
  });

  it('a penalty only lowers: removing penalty criteria never lowers a score', () => {
    fc.assert(
      fc.property(modelArb, leadArb, (model, lead) => {
        const withoutPenalties = { ...model, criteria: model.criteria.filter((c) => c.maxPoints >= 0) };
        const withP = scoreLead(lead, model, { now: NOW, explain: false });
        const withoutP = scoreLead(lead, withoutPenalties, { now: NOW, explain: false });
        expect(withP.possible).toBe(withoutP.possible);
        expect(withP.score).toBeLessThanOrEqual(withoutP.score);
      }),
      RUNS,
    );
  });
});
