import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HotleadsError } from '@hotleads/core';
import { ClaimSyntaxError, isOpen, mismatch, parseClaim, printValue, type ClaimValue } from './claim';

const value = (text: string): ClaimValue => parseClaim(text).value;
const holds = (actual: unknown, text: string) => mismatch(actual, value(text));

/** JSON.stringify with sorted keys: equal exactly when two JSON values mean the same. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object')
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return Object.is(v, -0) ? '0' : JSON.stringify(v);
}

describe('claims', () => {
  it('reads JavaScript literals', () => {
    expect(value(`'$1,234.50'`)).toEqual({ kind: 'literal', value: '$1,234.50' });
    expect(value(`"it's"`)).toEqual({ kind: 'literal', value: "it's" });
    expect(value(`'a\\'b\\n\\u2212'`)).toEqual({ kind: 'literal', value: "a'b\n−" });
    expect(value('1_234.5')).toEqual({ kind: 'literal', value: 1234.5 });
    expect(value('-0.25e2')).toEqual({ kind: 'literal', value: -25 });
    expect(value('12n')).toEqual({ kind: 'literal', value: 12n });
    expect(value('-Infinity')).toEqual({ kind: 'literal', value: -Infinity });
    expect(value('undefined')).toEqual({ kind: 'literal', value: undefined });
    expect(value(`{ a: 1, 'b c': [true, null,], … }`)).toEqual({
      kind: 'object',
      entries: [
        ['a', { kind: 'literal', value: 1 }],
        [
          'b c',
          {
            kind: 'array',
            items: [
              { kind: 'literal', value: true },
              { kind: 'literal', value: null },
            ],
            rest: false,
          },
        ],
      ],
      rest: true,
    });
    expect(value('[1, …]')).toEqual({ kind: 'array', items: [{ kind: 'literal', value: 1 }], rest: true });
    expect(value('{ ..., a: 1 }')).toMatchObject({ kind: 'object', rest: true });
  });

  it('keeps a remark after " — " and reads throws', () => {
    expect(parseClaim(`'145.50' — exact, no symbol`)).toMatchObject({ throws: false, value: { value: '145.50' } });
    expect(parseClaim(`throws { code: 'X', … }`)).toMatchObject({ throws: true, value: { kind: 'object' } });
    expect(parseClaim(`'a — b'`).value).toEqual({ kind: 'literal', value: 'a — b' });
  });

  it('refuses what it cannot read, with the place', () => {
    for (const bad of [`'open`, `{ a: 1`, `[1, 2`, `{ a 1 }`, `1 2`, `foo`, `{ a: 1, a: 2 }`, `[…, 1]`, ''])
      expect(() => parseClaim(bad), bad).toThrow(ClaimSyntaxError);
    expect(() => parseClaim('1 2')).toThrow(/column 3/);
  });

  it('knows when a claim goes on to the next comment line', () => {
    expect(isOpen(`{ channel: 'call',`)).toBe(true);
    expect(isOpen(`{ a: '}' }`)).toBe(false);
    expect(isOpen(`'it\\'s`)).toBe(true);
    expect(isOpen(`1 — { unfinished remark`)).toBe(false);
  });

  it('compares the JSON way', () => {
    expect(holds({ b: 2, a: 1 }, '{ a: 1, b: 2 }')).toBeNull();
    expect(holds({ a: 1, b: undefined }, '{ a: 1 }')).toBeNull();
    expect(holds({ a: 1 }, '{ a: 1, b: undefined }')).toBeNull();
    expect(holds(new Date('2026-01-02T03:04:05Z'), `'2026-01-02T03:04:05.000Z'`)).toBeNull();
    expect(holds(-0, '0')).toBeNull();
    expect(holds(NaN, 'NaN')).toBeNull();
    expect(holds({ a: 1, b: 2 }, '{ a: 1, … }')).toBeNull();
    expect(holds([1, 2, 3], '[1, 2, …]')).toBeNull();
    expect(
      holds(
        new HotleadsError('INVALID_MODEL', 'Weight must be ≥ 0', { path: ['w'] }),
        `{ code: 'INVALID_MODEL', path: ['w'], … }`,
      ),
    ).toBeNull();
  });

  it('says where a value differs', () => {
    expect(holds({ a: { b: [1, 2] } }, '{ a: { b: [1, 3] } }')).toBe('at .a.b[1]: expected 3, got 2');
    expect(holds({ a: 1, b: 2 }, '{ a: 1 }')).toMatch(/unexpected key "b"/);
    expect(holds({ 'x-y': 1 }, `{ 'x-y': 2 }`)).toBe('at ["x-y"]: expected 2, got 1');
    expect(holds([1, 2], '[1]')).toBe('expected 1 elements, got 2');
    expect(holds([1], '[1, 2, …]')).toBe('expected at least 2 elements, got 1');
    expect(holds('1', '1')).toBe(`expected 1, got '1'`);
    expect(holds(new Map(), '{}')).toMatch(/a Map/);
    expect(holds(null, '{}')).toBe('expected an object, got null');
    expect(holds(1n, '1')).toBe('expected 1, got 1n');
  });

  it('prints any JSON value as a claim that it matches', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(mismatch(v, value(printValue(v)))).toBeNull();
      }),
    );
  });

  it('tells any two different JSON values apart', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        fc.pre(canonical(a) !== canonical(b));
        expect(mismatch(a, value(printValue(b)))).not.toBeNull();
      }),
    );
  });
});
