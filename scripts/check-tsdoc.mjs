// Every public export of every entry point of every package must carry TSDoc. The entry points
// are the `@hotleads/source` targets of the package's `exports` map (`src/index.ts`,
// `src/demo/index.ts`, …), and each must be an `index.ts`: an entry exports from one file.
// Run by `npm test` (through `npm run lint`); prints the exports that have none.
import ts from 'typescript';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
let missing = 0;
let checked = 0;
for (const dir of readdirSync(join(root, 'packages'))) {
  const pkgFile = join(root, 'packages', dir, 'package.json');
  if (!existsSync(pkgFile)) continue;
  const exportsMap = JSON.parse(readFileSync(pkgFile, 'utf8')).exports ?? {};
  const sources = Object.values(exportsMap).flatMap((target) =>
    typeof target === 'object' && typeof target['@hotleads/source'] === 'string' ? [target['@hotleads/source']] : [],
  );
  for (const source of sources.filter((s) => !s.endsWith('/index.ts'))) {
    missing += 1;
    console.log(`not an index.ts: ${dir}/package.json exports ${source}`);
  }
  const entries = sources.map((e) => join(root, 'packages', dir, e)).filter((f) => existsSync(f));
  if (entries.length === 0) continue;
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, 'packages', dir, 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  );
  const program = ts.createProgram(entries, config?.options ?? {});
  const checker = program.getTypeChecker();
  for (const entry of entries) {
    const source = program.getSourceFile(entry);
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (!moduleSymbol) continue;
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      // Re-exports of a dependency's own types (json-rules-engine's Engine) are documented there.
      if ((symbol.declarations ?? []).every((d) => d.getSourceFile().fileName.includes('/node_modules/'))) continue;
      checked += 1;
      const documented =
        symbol.getDocumentationComment(checker).length > 0 ||
        (symbol.declarations ?? []).some((d) => ts.getJSDocCommentsAndTags(d).length > 0);
      if (!documented) {
        missing += 1;
        console.log(`no TSDoc: ${dir}/${entry.split(`${dir}/`)[1]} → ${exported.name}`);
      }
    }
  }
}
console.log(`${checked - missing} of ${checked} public exports documented`);
process.exit(missing > 0 ? 1 : 0);
