// The harness catches every kind of broken example it promises to catch (planted defects), and
// passes the clean ones. Each case is a small Markdown file written under artifacts/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  formatProblem,
  prepareExamples,
  runExample,
  typecheckExamples,
  type AuthoringProblem,
  type Examples,
} from './harness';

const root = join(import.meta.dirname, '..', '..');
const dir = join(root, 'artifacts', 'docs-examples', 'planted');

const fence = (lang: string, code: string) => '```' + lang + '\n' + code + '\n```';

/** The planted docs: name → Markdown. */
const docs: Record<string, string> = {
  clean: [
    '# A clean doc',
    fence('ts', "import { formatMoney, USD } from '@hotleads/core';\n\nformatMoney(123450, USD); // → '$1,234.50'"),
    'Prose between.',
    fence('ts', "console.log('a', 1);\nconsole.log([1, 2]);"),
    fence('text', 'a 1\n[ 1, 2 ]'),
    '<!-- docs-test: continue -->',
    fence('ts', 'const n = 1 + 1; // → 2'),
    '<!-- docs-test: typecheck-only (needs PostgreSQL) -->',
    fence('ts', "throw new Error('never run');"),
    fence(
      'ts',
      [
        "import { createScorer } from '@hotleads/core';",
        '',
        "createScorer({ id: 'm', name: 'M', criteria: [] }); // → throws { code: 'INVALID_MODEL', … }",
        "await Promise.resolve({ at: new Date(0), list: [1, 2, 3] }); // → { at: '1970-01-01T00:00:00.000Z',",
        '//   list: [1, 2, …] }',
        "const f = () => ({ a: 1, b: 'x' });",
        'f();',
        '// → { a: 1, … } — a remark',
      ].join('\n'),
    ),
    fence(
      'tsx',
      [
        "import { renderToString } from 'react-dom/server';",
        "import { ScoreRing } from '@hotleads/react';",
        '',
        'renderToString(<ScoreRing score={86.4} band="HOT" />).includes(\'86\'); // → true',
      ].join('\n'),
    ),
  ].join('\n\n'),
  throws: fence('ts', "const rule = validateRule(input);\nconsole.log('after');"),
  claim: fence('ts', "import { formatMoney, USD } from '@hotleads/core';\n\nformatMoney(100, USD); // → '$1.01'"),
  output: [fence('ts', "console.log('one');\nconsole.log('two');"), fence('text', 'one\nthree')].join('\n\n'),
  types: fence('ts', "const count: number = 'three' as unknown as string;\ncount; // → 'three'"),
  partialRun: fence('ts', "console.log('before');\nthrow new RangeError('deep');\nconst x = 1; // → 1"),
  neverRan: fence('ts', 'function later() {\n  const x = 1;\n  x + 1; // → 2\n}\nlater;\n1 + 1; // → 2'),
  notThrown: fence('ts', '[1].map((x) => x * 2); // → throws { message: "no" }'),
  wrongError: fence('ts', "JSON.parse('{'); // → throws { name: 'TypeError', … }"),
  conventions: [
    '<!-- docs-test: continue -->',
    fence('ts', 'const a = 1;'),
    '<!-- docs-test: typecheck-only -->',
    fence('ts', 'const b = 2;'),
    '<!-- docs-test: typecheck-only (needs a browser) -->',
    fence('ts', 'const c = 3; // → 3'),
    fence('text', '3'),
    '<!-- docs-test: run-twice -->',
    fence('ts', 'const d = 4;'),
    '<!-- docs-test: continue -->',
    'A marker that is not above a fence.',
    fence(
      'ts',
      '// → 0\nconst e = 5;\n// → 5\n5; // → [1, 2\nconst f = 6; // → {\n// a: 1\nconst [g] = [7]; // → 7\ne + 1; // → 6 7',
    ),
  ].join('\n\n'),
  typecheckOnlyErrors: ['<!-- docs-test: typecheck-only (needs Redis) -->', fence('ts', 'const x: string = 1;')].join(
    '\n\n',
  ),
};

let examples: Examples;
let types: Map<string, AuthoringProblem[]>;
const ran = new Map<string, string[]>();

/** All problems of one planted doc: conventions, types and (for chains that run) the run. */
async function problemsOf(name: string): Promise<string[]> {
  const file = `${name}.md`;
  const out = examples.problems.filter((p) => p.file === file).map(formatProblem);
  for (const chain of examples.chains.filter((c) => c.chain.file === file)) {
    out.push(...types.get(chain.chain.id)!.map(formatProblem));
    if (chain.chain.typecheckOnly !== undefined) continue;
    if (!ran.has(chain.chain.id)) ran.set(chain.chain.id, (await runExample(chain)).map(formatProblem));
    out.push(...ran.get(chain.chain.id)!);
  }
  return out;
}

beforeAll(() => {
  mkdirSync(dir, { recursive: true });
  for (const [name, md] of Object.entries(docs)) writeFileSync(join(dir, `${name}.md`), md + '\n');
  examples = prepareExamples(
    dir,
    Object.keys(docs).map((n) => `${n}.md`),
    join(dir, 'work'),
  );
  types = typecheckExamples(examples);
}, 120_000);

describe('docs examples harness', () => {
  it('passes clean examples: claims, printed output, continue, typecheck-only, throws, multi-line claims, tsx', async () => {
    expect(await problemsOf('clean')).toEqual([]);
    expect(examples.chains.filter((c) => c.chain.file === 'clean.md').map((c) => c.chain.id)).toEqual([
      'clean.md:3',
      'clean.md:11', // and its continue block at line 23
      'clean.md:29',
      'clean.md:33',
      'clean.md:44',
    ]);
  });

  it('fails a block that uses an undefined name, at its first line, in types and at run time', async () => {
    expect(await problemsOf('throws')).toEqual([
      "throws.md:2  TS2304: Cannot find name 'validateRule'.",
      "throws.md:2  TS2552: Cannot find name 'input'. Did you mean 'oninput'?",
      'throws.md:2  threw ReferenceError: validateRule is not defined',
    ]);
  });

  it('fails a claim that does not hold, and says what the value is', async () => {
    expect(await problemsOf('claim')).toEqual([
      "claim.md:4  claim `→ '$1.01'` does not hold: expected '$1.01', got '$1.00'\n  the value is '$1.00'",
    ]);
  });

  it('fails printed output that differs from the text block', async () => {
    expect(await problemsOf('output')).toEqual([
      'output.md:7  printed output differs, line 2 of the text block: expected "three", got "two"\n--- it printed ---\none\ntwo\n---',
    ]);
  });

  it('fails a type error even when the code runs', async () => {
    expect(await problemsOf('types')).toEqual([
      "types.md:2  TS2322: Type 'string' is not assignable to type 'number'.",
    ]);
  });

  it('reports where a block threw and what it printed, and skips the claims after it', async () => {
    expect(await problemsOf('partialRun')).toEqual([
      'partialRun.md:3  threw RangeError: deep\n--- it printed before ---\nbefore\n---',
    ]);
  });

  it('fails a claim whose expression never ran', async () => {
    expect(await problemsOf('neverRan')).toEqual(['neverRan.md:4  the claimed expression never ran']);
  });

  it('fails a throws claim when nothing is thrown, or something else is', async () => {
    expect(await problemsOf('notThrown')).toEqual([
      'notThrown.md:2  claim `→ throws { message: "no" }` does not hold: expected it to throw, but it returned [2]',
    ]);
    const [wrong] = await problemsOf('wrongError');
    expect(wrong).toMatch(
      /^wrongError\.md:2 {2}claim .* does not hold: at \.name: expected 'TypeError', got 'SyntaxError'/,
    );
  });

  it('refuses examples that break the conventions', async () => {
    expect(await problemsOf('conventions')).toEqual([
      'conventions.md:3  a continue block needs an example before it',
      'conventions.md:7  typecheck-only needs a reason in parentheses: typecheck-only (needs PostgreSQL)',
      'conventions.md:23  unknown docs-test directive "run-twice" (known: continue, typecheck-only (reason))',
      'conventions.md:29  a docs-test marker must stand right above a ts or tsx fence',
      'conventions.md:16  a typecheck-only example cannot check a // → claim (needs a browser): write a plain comment',
      'conventions.md:19  a typecheck-only example cannot check printed output: drop the text fence or run the example',
      'conventions.md:37  cannot read the claim: expected "]" at column 6 of `[1, 2`',
      'conventions.md:38  cannot read the claim: expected "}" at column 7 of `{ a: 1`',
      'conventions.md:40  a claim after a declaration needs exactly one declared name',
      'conventions.md:41  cannot read the claim: unexpected text after the value (start a remark with " — ") at column 3 of `6 7`',
      'conventions.md:34  a // → claim must follow an expression statement or a declaration, on its line or the line below',
    ]);
  });

  it('type-checks a typecheck-only example without running it', async () => {
    expect(await problemsOf('typecheckOnlyErrors')).toEqual([
      "typecheckOnlyErrors.md:4  TS2322: Type 'number' is not assignable to type 'string'.",
    ]);
  });
});
