// Checks what a host downloads (run after `npm run build`, as part of `npm run check:packages`):
// - every tarball (`npm pack --dry-run`) carries LICENSE, README.md and CHANGELOG.md;
// - every manifest names its `repository`, `homepage` and `bugs`;
// - the built entry files of @hotleads/react (`dist/index.js`, `dist/index.cjs`) open with the
//   "use client" directive, which esbuild drops from any module but the entry.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
export const RELEASE_FILES = ['LICENSE', 'README.md', 'CHANGELOG.md'];
export const MANIFEST_FIELDS = ['repository', 'homepage', 'bugs'];
export const CLIENT_ENTRIES = { '@hotleads/react': ['dist/index.js', 'dist/index.cjs'] };

/** Release files missing from a tarball's file list (paths relative to the package). */
export function missingReleaseFiles(tarballFiles) {
  return RELEASE_FILES.filter((f) => !tarballFiles.includes(f));
}

/** Manifest fields missing from a package.json object. */
export function missingManifestFields(pkg) {
  return MANIFEST_FIELDS.filter((f) => pkg[f] === undefined || pkg[f] === '');
}

/** Whether a built file's first statement is the "use client" directive (a hashbang-free file). */
export function opensWithUseClient(text) {
  return /^\s*(?:(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)\s*)*(['"])use client\1;?/.test(text);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = [];
  for (const dir of readdirSync(join(root, 'packages')).map((d) => join(root, 'packages', d))) {
    const pkgFile = join(dir, 'package.json');
    if (!existsSync(pkgFile)) continue;
    const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
    if (pkg.private) continue;
    const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: dir }));
    const files = pack.files.map((f) => f.path);
    for (const f of missingReleaseFiles(files)) problems.push(`${pkg.name}: the tarball has no ${f}`);
    for (const f of missingManifestFields(pkg)) problems.push(`${pkg.name}: package.json has no "${f}"`);
    for (const entry of CLIENT_ENTRIES[pkg.name] ?? []) {
      const text = readFileSync(join(dir, entry), 'utf8');
      if (!opensWithUseClient(text)) problems.push(`${pkg.name}: ${entry} does not open with "use client"`);
    }
    process.stdout.write(
      `${pkg.name}: ${files.length} files in the tarball, ${(pack.size / 1024).toFixed(1)} KiB packed\n`,
    );
  }
  for (const p of problems) process.stderr.write(`${p}\n`);
  if (problems.length > 0) process.exit(1);
  process.stdout.write('Every tarball carries LICENSE, README and CHANGELOG; client entries open with "use client".\n');
}
