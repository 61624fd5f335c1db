import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { englishIssue } from './englishIssue';
import { parseWithSchema } from './parseWithSchema';

// zod's own English locale, the wording englishIssue must reproduce (zod/mini loads no locale).
const zodEnglish = en().localeError;

// One schema per kind of issue the packages' schemas raise.
const schemas = [
  z.string().check(z.minLength(1), z.maxLength(3)),
  z.string().check(z.length(3)),
  z.string().check(z.regex(/^[A-Z]{3}$/)),
  z.number().check(z.int(), z.gte(0), z.lte(10)),
  z.number().check(z.gt(0), z.lt(1)),
  z.number().check(z.multipleOf(5)),
  z.array(z.number()).check(z.minLength(1), z.maxLength(2)),
  z.enum(['call', 'text', 'email']),
  z.literal(1),
  z.literal('scoreChange'),
  z.union([z.number(), z.string()]),
  z.discriminatedUnion('kind', [z.object({ kind: z.literal('a') }), z.object({ kind: z.literal('b') })]),
  z.strictObject({ a: z.optional(z.string()), b: z.optional(z.boolean()) }),
  z.record(z.string().check(z.regex(/^[A-Z]{2}$/)), z.number()),
  z.tuple([z.number(), z.number()]),
  z.nullable(z.date()),
  z.bigint(),
];

const input = fc.oneof(
  fc.anything(),
  fc.constantFrom(NaN, Infinity, -Infinity, 1.5, -1, 12, 7, 0.5, 'ab', 'ABC', 'abcd', '', [], [1, 2, 3], new Date(0)),
  fc.constantFrom({ kind: 'c' }, { a: 1, c: 2, d: 3 }, { AB: 1, ab: 2 }, new Map(), new (class Box {})()),
);

describe('englishIssue', () => {
  it("words every issue as zod's English locale does (fast-check, fixed seed)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: schemas.length - 1 }), input, (i, value) => {
        const seen: Array<[string, string]> = [];
        schemas[i]!.safeParse(value, {
          error: (issue) => {
            seen.push([englishIssue(issue), zodEnglish(issue) as string]);
            return undefined;
          },
        });
        for (const [ours, zods] of seen) expect(ours).toBe(zods);
      }),
      { seed: 1123, numRuns: 2000 },
    );
  });

  it('gives parseWithSchema the sentences zod/mini alone would not', () => {
    expect(() => parseWithSchema(z.string(), 3, 'INVALID_ARGUMENT', 'name')).toThrow(
      'Invalid name: Invalid input: expected string, received number',
    );
    expect(() => parseWithSchema(z.array(z.string()).check(z.minLength(1)), [], 'INVALID_ARGUMENT')).toThrow(
      'Too small: expected array to have >=1 items',
    );
    expect(z.string().safeParse(3).error?.issues[0]?.message).not.toBe(
      'Invalid input: expected string, received number',
    );
  });

  it('reads anything but an issue as "Invalid input", and refuses an unreadable input as such', () => {
    expect(englishIssue(null as never)).toBe('Invalid input');
    expect(englishIssue({ code: 'custom', input: 1, path: [] } as never)).toBe('Invalid input');
    const trap = new Proxy(
      {},
      {
        getPrototypeOf() {
          throw new Error('trap');
        },
      },
    );
    expect(() => englishIssue({ code: 'invalid_type', expected: 'string', input: trap, path: [] } as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});
