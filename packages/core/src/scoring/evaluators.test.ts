import { describe, expect, it } from 'vitest';
import { evaluatorPoints, stepPoints, type EvaluationInput, type TimedEvent } from './evaluators';
import { isPresent } from './isPresent';
import type { Evaluator } from './types';

const NOW = Date.UTC(2026, 10, 22, 15);
const H = 3_600_000;
const input = (value: unknown, events: TimedEvent[] = [], createdAt?: unknown): EvaluationInput => ({
  value,
  events,
  createdAt,
  nowMs: NOW,
});
const points = (ev: Evaluator, value: unknown, events: TimedEvent[] = [], createdAt?: unknown) =>
  evaluatorPoints(ev, input(value, events, createdAt));

describe('isPresent', () => {
  it('counts 0, false and {} as present; null, undefined, NaN, blank strings and [] as absent', () => {
    for (const v of [0, false, {}, 'x', [1], -1]) expect(isPresent(v)).toBe(true);
    for (const v of [null, undefined, Number.NaN, '', '   \t', []]) expect(isPresent(v)).toBe(false);
  });
});

describe('evaluators', () => {
  it('present', () => {
    const ev: Evaluator = { kind: 'present', points: 3 };
    expect(points(ev, 'x')).toBe(3);
    expect(points(ev, 0)).toBe(3);
    expect(points(ev, ' ')).toBe(0);
  });

  it('oneOf: exact by default, case-insensitive when asked, any element of a list', () => {
    const ev: Evaluator = { kind: 'oneOf', values: ['Decision Maker', 3, true], points: 10 };
    expect(points(ev, 'Decision Maker')).toBe(10);
    expect(points(ev, 'decision maker')).toBe(0);
    expect(points({ ...ev, caseInsensitive: true }, 'decision maker')).toBe(10);
    expect(points(ev, 3)).toBe(10);
    expect(points(ev, '3')).toBe(0);
    expect(points(ev, true)).toBe(10);
    expect(points(ev, ['Other', 'Decision Maker'])).toBe(10);
    expect(points(ev, { value: 'Decision Maker' })).toBe(0);
  });

  it('map: by key, otherwise for other present values, best element of a list, wrong types 0', () => {
    const ev: Evaluator = { kind: 'map', points: { Urgent: 4, Weak: 0, '2': 2 }, otherwise: 1 };
    expect(points(ev, 'Urgent')).toBe(4);
    expect(points(ev, 'Weak')).toBe(0);
    expect(points(ev, 2)).toBe(2);
    expect(points(ev, 'Someday')).toBe(1);
    expect(points(ev, '')).toBe(0);
    expect(points(ev, ['Weak', 'Urgent'])).toBe(4);
    expect(points(ev, { a: 1 })).toBe(0);
    expect(points({ kind: 'map', points: { a: 1 } }, 'toString')).toBe(0);
  });

  it('steps: the highest min ≤ value wins, below all is 0, non-numbers 0', () => {
    const ev: Evaluator = {
      kind: 'steps',
      steps: [
        { min: 100, points: 2 },
        { min: 10, points: 1 },
        { min: 500, points: 3 },
      ],
    };
    expect(points(ev, 9)).toBe(0);
    expect(points(ev, 10)).toBe(1);
    expect(points(ev, 499.9)).toBe(2);
    expect(points(ev, 1e9)).toBe(3);
    expect(points(ev, '600')).toBe(0);
    expect(points(ev, Infinity)).toBe(0);
    expect(
      stepPoints(
        [
          { min: 1, points: 1 },
          { min: 1, points: 5 },
        ],
        1,
      ),
    ).toBe(5);
  });

  it('linear: interpolates and clamps at both ends', () => {
    const ev: Evaluator = { kind: 'linear', from: [0, 2], to: [100, 12] };
    expect(points(ev, -5)).toBe(2);
    expect(points(ev, 50)).toBe(7);
    expect(points(ev, 250)).toBe(12);
    expect(points(ev, 'big')).toBe(0);
  });

  it('eventCount: counts listed types by now, within the window', () => {
    const ev: Evaluator = {
      kind: 'eventCount',
      types: ['open'],
      withinHours: 24,
      steps: [
        { min: 1, points: 1 },
        { min: 3, points: 4 },
      ],
    };
    const events = [
      { type: 'open', at: NOW - 1 * H },
      { type: 'open', at: NOW - 23 * H },
      { type: 'open', at: NOW - 25 * H },
      { type: 'open', at: NOW + 1 * H },
      { type: 'click', at: NOW - 1 * H },
    ];
    expect(points(ev, undefined, events)).toBe(1);
    expect(points({ kind: 'eventCount', types: ['open'], steps: [{ min: 3, points: 4 }] }, undefined, events)).toBe(4);
  });

  it('decayedSignals: halves every half-life and ignores the future', () => {
    const ev: Evaluator = { kind: 'decayedSignals', signals: { visit: { points: 20, halfLifeHours: 12 } } };
    expect(points(ev, undefined, [{ type: 'visit', at: NOW }])).toBe(20);
    expect(points(ev, undefined, [{ type: 'visit', at: NOW - 12 * H }])).toBeCloseTo(10, 12);
    expect(
      points(ev, undefined, [
        { type: 'visit', at: NOW - 24 * H },
        { type: 'visit', at: NOW - 12 * H },
      ]),
    ).toBeCloseTo(15, 12);
    expect(points(ev, undefined, [{ type: 'visit', at: NOW + H }])).toBe(0);
    expect(points(ev, undefined, [{ type: 'other', at: NOW }])).toBe(0);
  });

  it('timeSince: from the newest listed event, else createdAt, else 0', () => {
    const ev: Evaluator = {
      kind: 'timeSince',
      types: ['reply'],
      steps: [
        { minHours: 24, points: -5 },
        { minHours: 72, points: -10 },
      ],
    };
    expect(
      points(ev, undefined, [
        { type: 'reply', at: NOW - 80 * H },
        { type: 'reply', at: NOW - 30 * H },
      ]),
    ).toBe(-5);
    expect(points(ev, undefined, [{ type: 'reply', at: NOW - 80 * H }])).toBe(-10);
    expect(points(ev, undefined, [{ type: 'reply', at: NOW - 1 * H }])).toBe(0);
    expect(points(ev, undefined, [{ type: 'reply', at: NOW + 1 * H }], new Date(NOW - 100 * H).toISOString())).toBe(
      -10,
    );
    expect(points(ev, undefined, [], undefined)).toBe(0);
    expect(points(ev, undefined, [], 'not a time')).toBe(0);
    expect(points(ev, undefined, [], new Date(NOW + 5 * H).toISOString())).toBe(0);
  });
});
