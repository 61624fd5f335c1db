// Every TypeScript example of README.md, CONTRIBUTING.md and docs/*.md type-checks, runs (unless it says why it
// cannot), and does what the doc says it does. The conventions: CONTRIBUTING.md, "Doc examples".
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
const all = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`),
];
// DOCS_EXAMPLES=docs/rules.md,README.md checks only those files (while writing a doc).
const only = (process.env['DOCS_EXAMPLES'] || undefined)?.split(',').map((f) => f.trim());
const files = only === undefined ? all : all.filter((f) => only.includes(f));
const examples: Examples = prepareExamples(root, files, join(root, 'artifacts', 'docs-examples', 'docs'));
let typeProblems: Map<string, AuthoringProblem[]>;

beforeAll(() => {
  typeProblems = typecheckExamples(examples);
}, 180_000);

describe('docs examples', () => {
  it('are found: one example per ts, typescript or tsx fence', () => {
    const fences = files
      .map((f) => readFileSync(join(root, f), 'utf8').match(/^\s*```(ts|typescript|tsx)\s*$/gm)?.length ?? 0)
      .reduce((a, b) => a + b, 0);
    expect(examples.chains.flatMap((c) => c.chain.blocks)).toHaveLength(fences);
    if (only === undefined) expect(fences).toBeGreaterThan(20);
  });

  it('link to files and headings that exist', () => {
    // GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens.
    const slug = (heading: string) =>
      heading
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N} _-]/gu, '')
        .replace(/ /g, '-');
    const anchors = (file: string) =>
      new Set(
        readFileSync(join(root, file), 'utf8')
          .split('\n')
          .filter((l) => /^#{1,6} /.test(l))
          .map((l) => slug(l.replace(/^#+ /, ''))),
      );
    const broken: string[] = [];
    for (const file of files) {
      const text = readFileSync(join(root, file), 'utf8').replace(/```[\s\S]*?```/g, '');
      for (const [, target = ''] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(target)) continue;
        const [path = '', anchor] = target.split('#');
        const linked = path === '' ? file : join(dirname(file), path);
        if (!existsSync(join(root, linked))) broken.push(`${file}: ${target} (no such file)`);
        else if (anchor !== undefined && linked.endsWith('.md') && !anchors(linked).has(anchor))
          broken.push(`${file}: ${target} (no such heading)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('follow the authoring conventions', () => {
    expect(examples.problems.map(formatProblem)).toEqual([]);
  });

  for (const chain of examples.chains) {
    const reason = chain.chain.typecheckOnly;
    describe(chain.chain.id, () => {
      it(reason === undefined ? 'type-checks' : `type-checks (not run: ${reason})`, () => {
        expect(typeProblems.get(chain.chain.id)!.map(formatProblem)).toEqual([]);
      });
      if (reason === undefined)
        it('runs, and every claim and printed output holds', async () => {
          expect((await runExample(chain)).map(formatProblem)).toEqual([]);
        });
    });
  }
});
