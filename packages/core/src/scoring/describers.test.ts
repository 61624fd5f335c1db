// Differential tests of the compiled describers (describers.ts, behind createScorer) against the
// readable ones (explain.ts, behind scoreLead): generated books at fixed seeds, and models whose
// labels and templates are odd on purpose (stray braces, a placeholder a word could complete,
// `$&`), with values that bring braces of their own.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateB2bLeads } from '../demo/generateB2bLeads';
import { generateCollectionsBook } from '../demo/generateCollectionsBook';
import type { Lead } from '../lead/types';
import { formatUnits, unitsFormatter } from '../money/formatUnits';
import { b2bLeadModel } from '../models/b2bLeadModel';
import { collectionsHotLeadModel } from '../models/collectionsHotLeadModel';
import { createScorer } from './createScorer';
import { formatAgo, formatDuration } from './format';
import { scoreLead } from './scoreLead';
import { stableSort } from './stableSort';
import { compileTemplate, fillTemplate } from './template';
import type { Criterion, ScoringModel } from './types';

const NOW = Date.UTC(2026, 10, 22, 15);
const HOUR = 3_600_000;
const SEED = { seed: 16, numRuns: 200 };

/** Every lead explained by createScorer (both compiled paths) and by scoreLead, at `now`. */
function expectSameExplanations(model: ScoringModel, leads: readonly Lead[], now: number): void {
  const generated = createScorer(model);
  const looped = createScorer(model, { generate: false });
  for (const lead of leads) {
    const reference = scoreLead(lead, model, { now });
    expect(generated(lead, { now })).toEqual(reference);
    expect(looped(lead, { now })).toEqual(reference);
  }
}

describe('compiled describers word every line as the readable ones do', () => {
  it('on generated books at fixed seeds, over a week of nows', () => {
    const book = generateCollectionsBook({ size: 400, now: NOW, seed: 9 });
    const rows = generateB2bLeads({ size: 200, now: NOW, seed: 5, shape: 'rows' });
    const sparse = generateB2bLeads({ size: 200, now: NOW, seed: 5, shape: 'sparse' });
    for (const now of [NOW - 2 * HOUR, NOW, NOW + 30_000, NOW + 5 * HOUR, NOW + 7 * 24 * HOUR]) {
      expectSameExplanations(collectionsHotLeadModel, book, now);
      expectSameExplanations(b2bLeadModel, [...rows, ...sparse], now);
    }
  });

  // Pieces that make templates hard to fill by position alone.
  const piece = fc.constantFrom(
    '{amount}',
    '{ago}',
    '{value}',
    '{points}',
    '{',
    '}',
    '{am',
    'ount}',
    '{a',
    'go}',
    '$&',
    "$'",
    'Paid ',
    ' ',
  );
  const label = fc.array(piece, { maxLength: 7 }).map((parts) => parts.join(''));
  const template = fc.array(piece, { minLength: 1, maxLength: 7 }).map((parts) => parts.join(''));
  const oddValue = fc.oneof(
    fc.double({ min: -1e10, max: 1e10, noNaN: true }),
    fc.constantFrom(0, -0, 0.005, 1.005, 2.675, 1e20, Infinity, -Infinity),
    fc.array(piece, { maxLength: 4 }).map((parts) => parts.join('')),
    fc.constant({ note: '{ago}' }),
    fc.constant(['{amount}', 3]),
  );

  /** The collections model with `labels` on its signals and `text` as the balance reason. */
  function oddModel(labels: Array<string | undefined>, text: string, currency: string): ScoringModel {
    let n = 0;
    const criteria = collectionsHotLeadModel.criteria.map((c): Criterion => {
      if (c.evaluation?.kind === 'saturatingSignals') {
        const signals = Object.fromEntries(
          Object.entries(c.evaluation.signals).map(([type, s]) => {
            const label = labels[n++ % labels.length];
            return [type, label === undefined ? { points: s.points, halfLifeHours: s.halfLifeHours } : { ...s, label }];
          }),
        );
        return { ...c, evaluation: { ...c.evaluation, signals } };
      }
      return c.field === 'balance' ? { ...c, reason: { text } } : c;
    });
    return { ...collectionsHotLeadModel, format: { locale: 'en-US', currency }, criteria };
  }

  it('with odd signal labels, reason templates and values (property)', () => {
    const book = generateCollectionsBook({ size: 60, now: NOW, seed: 3 });
    fc.assert(
      fc.property(
        fc.array(fc.option(label, { nil: undefined }), { minLength: 1, maxLength: 8 }),
        template,
        fc.constantFrom('USD', 'JPY', 'KWD'),
        fc.array(oddValue, { minLength: 1, maxLength: 6 }),
        (labels, text, currency, values) => {
          const model = oddModel(labels, text, currency);
          const leads = book.map((lead, i): Lead => ({
            ...lead,
            balance: values[i % values.length],
            // Event values are numbers by type; any JSON can bring another.
            events: lead.events.map((e, j) => ({ ...e, value: values[(i + j) % values.length] as number })),
          }));
          expectSameExplanations(model, leads, NOW);
        },
      ),
      { ...SEED, numRuns: 60 },
    );
  });
});

describe('the pieces of the compiled describers', () => {
  const words = ['$1.00', 'a', '{points}', '{', '{am', 'ount}', '$&', ''];
  it('fillTemplate gives what the replace chain gives, making the same words in the same order (property)', () => {
    const placeholders = ['{value}', '{amount}', '{points}'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...placeholders, '{', '}', '{am', 'ount}', 'amount}', 'points}', 'x ', '{val'), {
          maxLength: 8,
        }),
        fc.array(fc.constantFrom(...words), { minLength: 3, maxLength: 3 }),
        (parts, chosen) => {
          const text = parts.join('');
          const made: number[] = [];
          const wordOf = (k: number) => (made.push(k), chosen[k]!);
          const filled = fillTemplate(compileTemplate(text, placeholders), wordOf, undefined);
          const expectedMade: number[] = [];
          let expected = text;
          placeholders.forEach((p, k) => {
            expected = expected.replace(p, () => (expectedMade.push(k), chosen[k]!));
          });
          expect(filled).toBe(expected);
          expect(made).toEqual(expectedMade);
        },
      ),
      {
        ...SEED,
        // A value word that completes a later placeholder, in order and out of order.
        examples: [
          [
            ['{value}', 'ount}'],
            ['{am', '$1.00', '+1'],
          ],
          [
            ['{points}', '{value}', 'ount}'],
            ['{am', '$1.00', '+1'],
          ],
          [
            ['{points}', ' ', '{value}'],
            ['{points}', 'a', '+1'],
          ],
        ],
      },
    );
  });

  it('stableSort orders as Array.prototype.sort does, ties kept in place (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ key: fc.integer({ min: 0, max: 5 }), at: fc.nat() }), { maxLength: 40 }),
        (items) => {
          const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
          expect(stableSort([...items], byKey)).toEqual([...items].sort(byKey));
        },
      ),
      SEED,
    );
  });

  it('unitsFormatter writes what formatUnits writes (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('USD', 'JPY', 'KWD', 'EUR'),
        fc.constantFrom('en-US', 'de-DE', 'fr-FR', 'de-CH', 'en-IN', 'es-ES', 'ja-JP'),
        fc.array(
          fc.oneof(
            fc.double({ noNaN: false }),
            fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 200),
            fc.constantFrom(0, -0, 0.005, 1.005, -2.675, 999_999_999.995, 1e15, NaN, Infinity),
          ),
          { minLength: 1, maxLength: 20 },
        ),
        (code, locale, amounts) => {
          const money = unitsFormatter(code, locale);
          for (const amount of amounts) expect(money(amount)).toBe(formatUnits(amount, code, locale));
        },
      ),
      SEED,
    );
  });

  it('unitsFormatter throws what formatUnits throws, on every call', () => {
    const money = unitsFormatter('USD', 'not a locale!');
    expect(() => formatUnits(1, 'USD', 'not a locale!')).toThrow();
    expect(() => money(1)).toThrow();
    expect(() => money(2)).toThrow();
  });

  it('duration words are the same however often they are asked for (property)', () => {
    const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
    const words = (ms: number) =>
      ms < HOUR
        ? plural(Math.max(1, Math.floor(ms / 60_000)), 'minute')
        : ms < 24 * HOUR
          ? plural(Math.floor(ms / HOUR), 'hour')
          : plural(Math.floor(ms / (24 * HOUR)), 'day');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -HOUR, max: 3000 * 24 * HOUR }),
          fc.double({ noNaN: true, noDefaultInfinity: true }),
        ),
        (ms) => {
          for (let i = 0; i < 2; i++) {
            expect(formatDuration(ms)).toBe(words(ms));
            expect(formatAgo(ms)).toBe(ms < 60_000 ? 'just now' : `${words(ms)} ago`);
          }
        },
      ),
      SEED,
    );
  });
});
