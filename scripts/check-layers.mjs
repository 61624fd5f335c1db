// Checks that no folder imports from one above it, in every package's `src/` and every example's `src/`.
//
// The rule, precisely. Take any directory D under a `src/` (the `src/` itself included). Its
// children (each subfolder, with everything beneath it, and each file directly in D) are the
// nodes of a graph, with an edge X → Y when a module under X imports a module under Y (relative
// specifiers only: `import`, `export … from`, `import()`, type-only imports included). That graph
// must have no cycle. So folders form layers: `ledger/` may import `money/`, and then nothing in
// `money/` may import anything in `ledger/`. A module that needs both sides of a cycle sits one
// level up, beside them (`payments/src/createLedger.ts` composes `ledger/`, `queries/` and
// `store/`), or in the folder it depends on.
//
// Files directly in `src/` are nodes of their own: `src/index.ts` imports all its children (nothing
// imports it), and children may import a root file such as `rules/src/types.ts` as long as that
// file imports nothing that imports it back. Tests (`*.test.*`), stories (`*.stories.*`) and
// `__tests__/` helpers are left out: they consume modules and nothing imports them. Imports of
// other packages (`@hotleads/core`, `zod`) are not this check's business.
//
// Usage: `node scripts/check-layers.mjs [dir …]` (default: packages/*/src and examples/*/src).
// Exit code 1, with every cycle and the imports that make it, when a rule is broken.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|jsx)$/;
const LEFT_OUT = /(\.test\.|\.stories\.)|(^|\/)__tests__(\/|$)/;
const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.jsx'];

/** @param {string} dir @returns {string[]} every source file under `dir` that takes part */
function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return SOURCE.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** @param {string} from @param {string} specifier @returns {string | undefined} the file a relative specifier names */
function resolveRelative(from, specifier) {
  const base = resolve(dirname(from), specifier);
  const candidates = [
    base,
    ...EXTENSIONS.map((e) => base + e),
    ...EXTENSIONS.map((e) => base.replace(/\.js$/, e)),
    ...EXTENSIONS.map((e) => join(base, 'index' + e)),
  ];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

/**
 * @typedef {{ from: string; to: string; line: number; specifier: string }} Import
 * @typedef {{ dir: string; cycle: string[]; imports: Import[] }} Violation
 */

/** @param {string} file @returns {Import[]} the relative imports of `file` that resolve to a file */
function importsOf(file) {
  const text = readFileSync(file, 'utf8');
  const { importedFiles } = ts.preProcessFile(text, true, true);
  const lineOf = (pos) => text.slice(0, pos).split('\n').length;
  return importedFiles
    .filter((i) => i.fileName.startsWith('.'))
    .flatMap((i) => {
      const to = resolveRelative(file, i.fileName);
      return to === undefined ? [] : [{ from: file, to, line: lineOf(i.pos), specifier: i.fileName }];
    });
}

/** Strongly connected components with more than one node (Tarjan). @param {Map<string, Set<string>>} graph */
function cycles(graph) {
  let index = 0;
  const stack = [];
  const onStack = new Set();
  const idx = new Map();
  const low = new Map();
  const found = [];
  const visit = (v) => {
    idx.set(v, index);
    low.set(v, index);
    index += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!idx.has(v)) visit(v);
  return found;
}

/**
 * Every directory under `srcDir` (itself included) whose children import each other in a cycle.
 *
 * @param {string} srcDir
 * @returns {Violation[]}
 */
export function findLayerViolations(srcDir) {
  const root = resolve(srcDir);
  const files = sourceFiles(root).filter((f) => !LEFT_OUT.test(relative(root, f).split(sep).join('/')));
  const taking = new Set(files);
  const imports = files.flatMap(importsOf).filter((i) => taking.has(i.to));
  const dirs = new Set([root, ...files.map((f) => dirname(f))]);
  for (const d of [...dirs]) for (let p = d; p.startsWith(root) && p !== root; p = dirname(p)) dirs.add(dirname(p));
  /** @type {Violation[]} */
  const violations = [];
  for (const dir of [...dirs].sort()) {
    // The child of `dir` that holds `file`, or undefined when `file` is not under `dir`.
    const childOf = (file) => {
      const rel = relative(dir, file);
      return rel.startsWith('..') ? undefined : rel.split(sep)[0];
    };
    const graph = new Map();
    const edges = [];
    for (const i of imports) {
      const a = childOf(i.from);
      const b = childOf(i.to);
      if (a === undefined || b === undefined || a === b) continue;
      if (!graph.has(a)) graph.set(a, new Set());
      graph.get(a).add(b);
      edges.push({ a, b, i });
    }
    for (const cycle of cycles(graph)) {
      const members = new Set(cycle);
      violations.push({
        dir,
        cycle,
        imports: edges.filter((e) => members.has(e.a) && members.has(e.b)).map((e) => e.i),
      });
    }
  }
  return violations;
}

/** @param {string} repo @returns {string[]} packages/*\/src and examples/*\/src */
function defaultDirs(repo) {
  return ['packages', 'examples'].flatMap((group) => {
    const base = join(repo, group);
    if (!existsSync(base)) return [];
    return readdirSync(base)
      .map((name) => join(base, name, 'src'))
      .filter((d) => existsSync(d));
  });
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const repo = fileURLToPath(new URL('..', import.meta.url));
  const dirs = process.argv.length > 2 ? process.argv.slice(2) : defaultDirs(repo);
  const violations = dirs.flatMap((d) => findLayerViolations(d));
  for (const v of violations) {
    process.stderr.write(`\n${relative(repo, v.dir) || '.'}: ${v.cycle.join(', ')} import each other in a cycle\n`);
    // One line per direction, fewest imports first: the rare direction is usually the wrong one.
    const pairs = new Map();
    for (const i of v.imports) {
      const pair = `${relative(v.dir, i.from).split(sep)[0]} → ${relative(v.dir, i.to).split(sep)[0]}`;
      pairs.set(pair, [...(pairs.get(pair) ?? []), i]);
    }
    for (const [pair, list] of [...pairs].sort((a, b) => a[1].length - b[1].length)) {
      process.stderr.write(`  ${pair} (${list.length} import${list.length === 1 ? '' : 's'})\n`);
      for (const i of list.slice(0, 3))
        process.stderr.write(`    ${relative(repo, i.from)}:${i.line} imports '${i.specifier}'\n`);
      if (list.length > 3) process.stderr.write(`    … and ${list.length - 3} more\n`);
    }
  }
  if (violations.length > 0) {
    process.stderr.write(
      `\n${violations.length} import cycle(s) between folders: no folder may import from one above it ` +
        '(see scripts/check-layers.mjs). Move the module that needs both sides up, beside them.\n',
    );
    process.exit(1);
  }
  process.stdout.write(`check-layers: no folder imports from one above it (${dirs.length} source trees).\n`);
}
