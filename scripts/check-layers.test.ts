import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findLayerViolations } from './check-layers.mjs';

type Violation = { dir: string; cycle: string[]; imports: Array<{ from: string; specifier: string }> };

let root: string | undefined;
afterEach(() => {
  if (root !== undefined) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

/** Writes `files` (path → source) under a new temporary `src/` and returns its violations. */
function check(files: Record<string, string>): Violation[] {
  root = mkdtempSync(join(tmpdir(), 'check-layers-'));
  const src = join(root, 'src');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(src, path)), { recursive: true });
    writeFileSync(join(src, path), text);
  }
  return (findLayerViolations(src) as Violation[]).map((v) => ({ ...v, dir: v.dir.slice(src.length) || '/' }));
}

describe('check-layers', () => {
  it('accepts layered folders, a root index importing its children and children importing a root types file', () => {
    expect(
      check({
        'index.ts': "export * from './ledger/post';\nexport * from './money/sum';\nexport type * from './types';",
        'types.ts': 'export type Id = string;',
        'money/sum.ts': "import type { Id } from '../types';\nexport const sum = (a: number, b: number) => a + b;",
        'ledger/post.ts': "import { sum } from '../money/sum';\nexport const post = () => sum(1, 2);",
        'createLedger.ts': "import { post } from './ledger/post';\nimport { sum } from './money/sum';",
      }),
    ).toEqual([]);
  });

  it('reports two folders that import each other, with the imports that make the cycle', () => {
    const [v, ...rest] = check({
      'ledger/post.ts': "import { sum } from '../money/sum';\nexport const post = () => sum(1, 2);",
      'money/sum.ts': "export const sum = (a: number, b: number) => a + b;\nimport { post } from '../ledger/post';",
    });
    expect(rest).toEqual([]);
    expect(v?.dir).toBe('/');
    expect(v?.cycle).toEqual(['ledger', 'money']);
    expect(v?.imports.map((i) => i.specifier).sort()).toEqual(['../ledger/post', '../money/sum']);
  });

  it('sees type-only imports, re-exports and dynamic imports', () => {
    expect(
      check({
        'a/x.ts': "export type { Y } from '../b/y';",
        'b/y.ts': "export type Y = 1;\nexport const load = () => import('../c/z');",
        'c/z.ts': "import type { X } from '../a/x';",
      }).map((v) => v.cycle),
    ).toEqual([['a', 'b', 'c']]);
  });

  it('checks every level: a cycle between subfolders of a folder, and between two files of one folder', () => {
    const found = check({
      'ledger/ops/post.ts': "import { view } from '../views/view';",
      'ledger/views/view.ts': "import { post } from '../ops/post';",
      'money/a.ts': "import { b } from './b';",
      'money/b.ts': "import { a } from './a.js';",
    });
    expect(found.map((v) => [v.dir, v.cycle])).toEqual([
      ['/ledger', ['ops', 'views']],
      ['/money', ['a.ts', 'b.ts']],
    ]);
  });

  it('leaves out tests, stories and __tests__ helpers, which nothing imports', () => {
    expect(
      check({
        'dashboard/Card.tsx': 'export const Card = () => null;',
        'dashboard/Card.stories.tsx': "import { book } from '../fixtures/book';",
        'dashboard/Card.test.tsx': "import { book } from '../fixtures/book';",
        'fixtures/book.ts': "import { Card } from '../dashboard/Card';\nexport const book = Card;",
        '__tests__/arbitraries.ts': "import { book } from '../fixtures/book';",
        'fixtures/uses.ts': "import '../__tests__/arbitraries';",
      }),
    ).toEqual([]);
  });
});
