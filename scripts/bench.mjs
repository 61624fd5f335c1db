// `npm run bench [-- core rules ...]`: runs each package's bench/index.ts in turn,
// from TypeScript sources, one process per package so they do not disturb each other.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const all = ['core', 'rules', 'payments'];
const wanted = process.argv.slice(2).length > 0 ? process.argv.slice(2) : all;
let status = 0;
for (const name of wanted) {
  const file = join(root, 'packages', name, 'bench', 'index.ts');
  if (!existsSync(file)) continue;
  process.stdout.write(`\n=== @hotleads/${name} ===\n`);
  const run = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), ['--conditions=@hotleads/source', file], { stdio: 'inherit', cwd: root });
  if (run.status !== 0) status = run.status ?? 1;
}
process.exit(status);
