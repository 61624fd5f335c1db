// The docs examples harness: reads the TypeScript examples of Markdown files, writes each chain
// as two modules under a work directory (`*.check.ts` as written, `*.run.ts` instrumented), type-
// checks the first kind with the TypeScript compiler, runs the second kind (imports of @hotleads/*
// resolve to the packages' sources through the `@hotleads/source` condition), and reports every
// problem at its Markdown line. How to write examples: CONTRIBUTING.md, "Doc examples".
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { mismatch, printValue } from './claim';
import { instrumentChain, type InstrumentedChain } from './instrument';
import { chainBlocks, extractBlocks, type AuthoringProblem } from './markdown';
import { installRecorder, Recorder } from './runtime';

export type { AuthoringProblem } from './markdown';

/** The compiler options examples are checked with: a strict host app on a bundler, with React. */
export const EXAMPLE_COMPILER_OPTIONS = {
  target: 'ES2022',
  module: 'ESNext',
  moduleResolution: 'Bundler',
  customConditions: ['@hotleads/source'],
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  jsx: 'react-jsx',
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  esModuleInterop: true,
  isolatedModules: true,
  moduleDetection: 'force',
  resolveJsonModule: true,
  types: ['node'],
} as const;

/** A chain ready to check and run, with the paths of its two modules. */
export type PreparedChain = InstrumentedChain & { checkPath: string; runPath: string };

/** Everything read from a set of Markdown files. */
export type Examples = { chains: PreparedChain[]; problems: AuthoringProblem[]; workDir: string };

/** `file:line  message`, as the test failures print problems. */
export function formatProblem(p: AuthoringProblem): string {
  return `${p.file}:${p.line}  ${p.message}`;
}

function slug(id: string): string {
  return id.replace(/[^A-Za-z0-9]+/g, '_');
}

/**
 * Reads `files` (paths relative to `root`), and writes each chain's modules and a tsconfig.json
 * into `workDir` (emptied first). `npx tsc -p <workDir>` type-checks them as the harness does.
 */
export function prepareExamples(root: string, files: readonly string[], workDir: string): Examples {
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const problems: AuthoringProblem[] = [];
  const chains: PreparedChain[] = [];
  for (const file of files) {
    const extracted = extractBlocks(file, readFileSync(join(root, file), 'utf8'));
    problems.push(...extracted.problems);
    for (const chain of chainBlocks(extracted.blocks)) {
      const ic = instrumentChain(chain);
      problems.push(...ic.problems);
      const ext = chain.lang === 'tsx' ? 'tsx' : 'ts';
      const checkPath = join(workDir, `${slug(chain.id)}.check.${ext}`);
      const runPath = join(workDir, `${slug(chain.id)}.run.${ext}`);
      writeFileSync(checkPath, ic.checkSource);
      writeFileSync(runPath, ic.runSource);
      chains.push({ ...ic, checkPath, runPath });
    }
  }
  writeFileSync(
    join(workDir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: EXAMPLE_COMPILER_OPTIONS, include: ['*.check.ts', '*.check.tsx'] }, null, 2),
  );
  return { chains, problems, workDir };
}

function mdLine(chain: InstrumentedChain, line0: number): number {
  return chain.origins[line0]?.mdLine ?? chain.chain.blocks[0]!.line;
}

/** Type-checks every chain's `*.check` module; returns the problems per chain id. */
export function typecheckExamples(examples: Examples): Map<string, AuthoringProblem[]> {
  const config = ts.getParsedCommandLineOfConfigFile(join(examples.workDir, 'tsconfig.json'), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  })!;
  const program = ts.createProgram({
    rootNames: examples.chains.map((c) => c.checkPath),
    options: config.options,
  });
  const out = new Map<string, AuthoringProblem[]>();
  const global = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()];
  for (const chain of examples.chains) {
    const sf = program.getSourceFile(chain.checkPath);
    const diagnostics = sf
      ? [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)]
      : [{ messageText: `not part of the program: ${chain.checkPath}` } as ts.Diagnostic];
    out.set(
      chain.chain.id,
      [...global, ...diagnostics].map((d) => {
        const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : 0;
        return {
          file: chain.chain.file,
          line: mdLine(chain, line),
          message: `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
        };
      }),
    );
  }
  return out;
}

const normalize = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .replace(/^\n+|\n+$/g, '');

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return `${error.name}${typeof code === 'string' ? ` ${code}` : ''}: ${error.message}`;
  }
  return `a thrown ${printValue(error)}`;
}

/** Where in the run module an error was thrown, from its stack. */
function thrownAtLine(chain: PreparedChain, error: unknown): number | undefined {
  const stack = error instanceof Error ? (error.stack ?? '') : '';
  const name = chain.runPath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`${name}:(\\d+):\\d+`).exec(stack);
  return m ? Number(m[1]) - 1 : undefined;
}

function outputProblem(expected: string, got: string): string {
  const e = normalize(expected).split('\n');
  const g = normalize(got).split('\n');
  let i = 0;
  while (i < e.length && i < g.length && e[i] === g[i]) i++;
  const where = `line ${i + 1} of the text block: expected ${JSON.stringify(e[i] ?? '(end)')}, got ${JSON.stringify(g[i] ?? '(end)')}`;
  return `printed output differs, ${where}\n--- it printed ---\n${normalize(got)}\n---`;
}

/**
 * Runs one chain's `*.run` module and compares what it did with what the doc says: it must not
 * throw, every claimed expression must run and match its claim, and each block followed by a
 * ```text fence must print exactly that text (trailing spaces and blank lines at either end aside).
 */
export async function runExample(chain: PreparedChain): Promise<AuthoringProblem[]> {
  const { file } = chain.chain;
  const recorder = new Recorder();
  installRecorder(recorder);
  let error: unknown;
  let threw = false;
  try {
    await import(/* @vite-ignore */ pathToFileURL(chain.runPath).href);
  } catch (e) {
    threw = true;
    error = e;
  }
  const problems: AuthoringProblem[] = [];
  if (threw) {
    const line0 = thrownAtLine(chain, error);
    const printed = recorder.pending === '' ? '' : `\n--- it printed before ---\n${normalize(recorder.pending)}\n---`;
    problems.push({
      file,
      line: line0 === undefined ? chain.chain.blocks[0]!.fenceLine : mdLine(chain, line0),
      message: `threw ${describeError(error)}${printed}`,
    });
  }
  for (const c of chain.claims) {
    const seen = recorder.observations.get(c.id) ?? [];
    if (seen.length === 0) {
      if (!threw) problems.push({ file, line: c.mdLine, message: 'the claimed expression never ran' });
      continue;
    }
    for (const o of seen) {
      let message: string | null;
      if (c.claim.throws)
        message = o.ok
          ? `expected it to throw, but it returned ${printValue(o.value)}`
          : (() => {
              const m = mismatch(o.error, c.claim.value);
              return m === null ? null : `${m}\n  it threw ${printValue(o.error)}`;
            })();
      else {
        const value = o.ok ? o.value : undefined;
        const m = mismatch(value, c.claim.value);
        message = m === null ? null : `${m}\n  the value is ${printValue(value)}`;
      }
      if (message !== null) {
        problems.push({ file, line: c.mdLine, message: `claim \`→ ${c.claim.text}\` does not hold: ${message}` });
        break;
      }
    }
  }
  chain.chain.blocks.forEach((block, b) => {
    if (block.output === undefined) return;
    const printed = recorder.printed.get(b);
    if (printed === undefined) {
      if (!threw)
        problems.push({ file, line: block.output.line, message: 'the block before this output never finished' });
      return;
    }
    if (normalize(printed) !== normalize(block.output.text))
      problems.push({ file, line: block.output.line, message: outputProblem(block.output.text, printed) });
  });
  return problems;
}
