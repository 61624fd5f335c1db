// Checks that every publishable package declares exactly what its built `dist` imports, no more
// and no less (run after `npm run build`, as part of `npm run check:packages`):
// - a package imported by the main entry (`dist/index.*`, types included) is a dependency or a
//   required peer;
// - a package imported only by a subpath (`dist/reference.*`, …) may be an optional peer;
// - every dependency and peer is imported somewhere in `dist`, except `react-dom`, the peer
//   that renders what `react` describes;
// - internal dependencies (`@hotleads/*`) use `^` ranges, so a host gets one copy of each.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const COMPANION_PEERS = new Set(['react-dom']);
const SPECIFIERS = [
  /^\s*(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]/gm, // import … from 'x' / export … from 'x'
  /^\s*import\s*['"]([^'"]+)['"]/gm, // import 'x'
  /\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g, // import('x') / require('x')
];
const PACKAGE_NAME = /^(?:@[a-z0-9~][\w.~-]*\/)?[a-z0-9~][\w.~-]*$/;

/** The package name of a bare specifier (`@scope/name/sub` → `@scope/name`), or undefined. */
export function packageOf(specifier) {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) return undefined;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  return builtinModules.includes(name) || !PACKAGE_NAME.test(name) ? undefined : name;
}

/** Bare packages imported by one built file (JS or declarations). */
export function importsOf(text) {
  const names = new Set();
  for (const pattern of SPECIFIERS) {
    for (const m of text.matchAll(pattern)) {
      const name = packageOf(m[1]);
      if (name !== undefined) names.add(name);
    }
  }
  return names;
}

/** Problems with one package's manifest against its dist; an empty list when it is right. */
export function dependencyProblems(pkg, distFiles) {
  const problems = [];
  const main = new Set();
  const any = new Set();
  for (const [file, text] of distFiles) {
    for (const name of importsOf(text)) {
      if (name === pkg.name) continue;
      any.add(name);
      if (/^(index|chunk-)/.test(file) || /^types-/.test(file)) main.add(name);
    }
  }
  const deps = pkg.dependencies ?? {};
  const peers = pkg.peerDependencies ?? {};
  const optional = (name) => pkg.peerDependenciesMeta?.[name]?.optional === true;
  // `"hotleads": { "unimported": { name: reason } }`: a dependency dist uses without importing it
  // (a font file it resolves, a client the host passes in), with the reason written down.
  const unimported = pkg.hotleads?.unimported ?? {};
  for (const name of [...any].sort()) {
    if (name in deps) continue;
    if (name in peers) {
      if (main.has(name) && optional(name))
        problems.push(`${name} is imported by the main entry but is an optional peer`);
      continue;
    }
    problems.push(`${name} is imported by dist but not declared in dependencies or peerDependencies`);
  }
  for (const name of Object.keys(deps)) {
    if (!any.has(name) && !(name in unimported))
      problems.push(`dependency ${name} is declared but dist never imports it`);
    if (name in peers) problems.push(`${name} is both a dependency and a peer`);
  }
  for (const name of Object.keys(peers)) {
    if (!any.has(name) && !COMPANION_PEERS.has(name) && !(name in unimported))
      problems.push(`peer ${name} is declared but dist never imports it`);
  }
  for (const [name, range] of Object.entries({ ...deps, ...peers })) {
    if (name.startsWith('@hotleads/') && !range.startsWith('^'))
      problems.push(`${name} must use a ^ range (is "${range}")`);
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let failed = 0;
  for (const dir of readdirSync(join(root, 'packages')).map((d) => join(root, 'packages', d))) {
    const pkgFile = join(dir, 'package.json');
    if (!existsSync(pkgFile)) continue;
    const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
    if (pkg.private) continue;
    const dist = join(dir, 'dist');
    const files = readdirSync(dist)
      .filter((f) => /\.(c?js|d\.c?ts)$/.test(f))
      .map((f) => [f, readFileSync(join(dist, f), 'utf8')]);
    const problems = dependencyProblems(pkg, files);
    for (const p of problems) process.stderr.write(`${pkg.name}: ${p}\n`);
    failed += problems.length;
    if (problems.length === 0) process.stdout.write(`${pkg.name}: dependencies match dist\n`);
  }
  if (failed > 0) process.exit(1);
}
