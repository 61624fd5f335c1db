// Every public export of every package (what its src/index.ts exports) must carry TSDoc.
// Run by `npm test` (through `npm run lint`); prints the exports that have none.
import ts from 'typescript';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
let missing = 0;
let checked = 0;
for (const dir of readdirSync(join(root, 'packages'))) {
  const entries = ['src/index.ts', 'src/reference/index.ts']
    .map((e) => join(root, 'packages', dir, e))
    .filter((f) => existsSync(f));
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
