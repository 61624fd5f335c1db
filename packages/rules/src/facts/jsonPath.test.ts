import fc from 'fast-check';
import { Almanac } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { compileJsonPath, MAX_PATH_WALK_DEPTH, parseJsonPath } from './jsonPath';

/** What json-rules-engine's almanac (jsonpath-plus, wrap: false) reads through `path` from the fact `value`. */
async function reference(value: unknown, path: string): Promise<unknown> {
  const almanac = new Almanac();
  almanac.addFact('v', value);
  return almanac.factValue('v', {}, path);
}

const DATA = { 'a.b': 1, a: { b: 2 }, arr: [10, [20, 30], { x: 5 }], x: { y: 3, 0: 'zero' }, 0: 'root0', s: 'str' };

describe('JSONPath', () => {
  it.each([
    ["$['a.b']", 1],
    ['$["a.b"]', 1],
    ["$['a'].b", 2],
    ['$.arr[*]', [10, [20, 30], { x: 5 }]],
    ['$.arr[*].x', [5]],
    ['$.arr.*', [10, [20, 30], { x: 5 }]],
    ['$.[0]', ['root0', 10, 20, 'zero']],
    ['$.arr.[0]', [10, 20]],
    ['$..y', [3]], // found below the root: an array, even of one
    ['$..nope', undefined],
    ["$['s'].length", 3],
  ])('reads %s as json-rules-engine does', async (path, want) => {
    expect(compileJsonPath(path)(DATA)).toEqual(want);
    expect(await reference(DATA, path)).toEqual(want);
  });

  it('refuses filter and script expressions, unions, slices and forbidden names', () => {
    for (const path of [
      '$[?(@.x > 1)]',
      '$.arr[(@.length-1)]',
      "$['a','b']",
      '$.arr[0:1]',
      "$['__proto__']",
      '$..constructor',
      "$['a]",
      '$.a^',
      '$.~',
      "$['*']",
      '$[-1]',
      'a.b',
    ])
      expect(() => parseJsonPath(path, ['path']), path).toThrow(expect.objectContaining({ code: 'INVALID_PATH' }));
  });

  it(`refuses a walk deeper than ${MAX_PATH_WALK_DEPTH} levels (a cycle, say) with a HotleadsError`, () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic['self'] = cyclic;
    expect(() => compileJsonPath('$..a')(cyclic)).toThrow(expect.objectContaining({ code: 'INVALID_LEAD' }));
    expect(() => compileJsonPath('$.self[*]')(cyclic)).not.toThrow(); // one level is fine
  });

  it('property: agrees with json-rules-engine on random values and paths of every supported form', async () => {
    const key = fc.constantFrom('a', 'b', 'x', 'a.b', '0', '1', 'length');
    const value = fc.letrec<{ v: unknown }>((tie) => ({
      v: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.constantFrom(0, 1, '', 'ab', null, true),
        fc.array(tie('v'), { maxLength: 3 }),
        fc.dictionary(key, tie('v'), { maxKeys: 3 }),
      ),
    })).v;
    const step = fc.oneof(
      fc.constantFrom('.a', '.b', '.x', '.length', '[0]', '[1]', "['a.b']", '["a"]', "['0']", '[*]', '.*'),
      fc.constantFrom('..a', '..x', '.[0]', ".['a.b']", '..[*]', '..*'),
    );
    const path = fc.array(step, { minLength: 1, maxLength: 3 }).map((s) => `$${s.join('')}`);
    await fc.assert(
      fc.asyncProperty(fc.dictionary(key, value, { maxKeys: 4 }), path, async (v, p) => {
        expect(compileJsonPath(p)(v)).toEqual(await reference(v, p));
      }),
      { numRuns: 1000 },
    );
  });
});
