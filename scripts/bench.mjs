// `npm run bench [-- core rules ...]`: runs every packages/<name>/bench/*.bench.ts in turn,
// from TypeScript sources, one process per file so one benchmark does not warm or disturb another.
// Files that are not *.bench.ts (fixtures, baselines) are shared helpers, not run.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const all = ['core', 'rules', 'payments'];
const wanted = process.argv.slice(2).length > 0 ? process.argv.slice(2) : all;
let status = 0;
for (const name of wanted) {
  const dir = join(root, 'packages', name, 'bench');
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort()) {
    process.stdout.write(`\n=== @hotleads/${name} — ${file} ===\n`);
    const run = spawnSync(
      join(root, 'node_modules', '.bin', 'tsx'),
      // --expose-gc: memory figures are heap sizes after global.gc().
      ['--expose-gc', '--conditions=@hotleads/source', join(dir, file)],
      { stdio: 'inherit', cwd: root },
    );
    if (run.status !== 0) status = run.status ?? 1;
  }
}
process.exit(status);
