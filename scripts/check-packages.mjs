// Runs publint and @arethetypeswrong/cli on every built, publishable package.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dirs = readdirSync(join(root, 'packages')).map((d) => join(root, 'packages', d));
let failed = 0;
// Stylesheet exports (`./styles.css`) have no types or JS for attw to resolve: skip them there.
const cssEntrypoints = (pkg) => {
  const css = Object.keys(pkg.exports ?? {}).filter((k) => k.endsWith('.css'));
  return css.length > 0 ? ['--exclude-entrypoints', ...css] : [];
};
for (const dir of dirs) {
  const pkgFile = join(dir, 'package.json');
  if (!existsSync(pkgFile)) continue;
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
  if (pkg.private) continue;
  for (const [cmd, args] of [
    ['publint', ['--strict', dir]],
    ['attw', ['--pack', dir, '--profile', 'node16', '--format', 'table-flipped', ...cssEntrypoints(pkg)]],
  ]) {
    process.stdout.write(`\n> ${cmd} ${pkg.name}\n`);
    try {
      execFileSync(join(root, 'node_modules', '.bin', cmd), args, { stdio: 'inherit', cwd: root });
    } catch {
      failed += 1;
      process.stdout.write(`${cmd} failed for ${pkg.name}\n`);
    }
  }
}
if (failed > 0) {
  process.stderr.write(`\n${failed} package check(s) failed\n`);
  process.exit(1);
}
process.stdout.write('\nAll packages pass publint and attw.\n');
