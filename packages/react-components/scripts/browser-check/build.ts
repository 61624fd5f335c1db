// Builds Storybook statically (`storybook build`), the way it is published.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Where to build: the package whose `.storybook/` is used, and the output folder. */
export interface BuildStorybookOptions {
  readonly packageDir: string;
  readonly outDir: string;
}

/**
 * Runs `storybook build` in `packageDir` into `outDir` with telemetry off. Throws an `Error`
 * carrying Storybook's output when the build fails.
 */
export function buildStorybook({ packageDir, outDir }: BuildStorybookOptions): void {
  const require = createRequire(join(packageDir, 'package.json'));
  const manifestPath = require.resolve('storybook/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin: string | Record<string, string> };
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin['storybook'];
  if (bin === undefined) throw new Error(`no storybook executable in ${manifestPath}`);
  const run = spawnSync(
    process.execPath,
    [join(dirname(manifestPath), bin), 'build', '-o', outDir, '--quiet', '--disable-telemetry'],
    {
      cwd: packageDir,
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      env: {
        ...process.env,
        STORYBOOK_DISABLE_TELEMETRY: '1',
        NODE_OPTIONS: [process.env.NODE_OPTIONS, '--max-old-space-size=4096'].filter(Boolean).join(' '),
      },
    },
  );
  if (run.status !== 0) {
    throw new Error(`storybook build failed (exit ${run.status ?? run.signal})\n${run.stdout}${run.stderr}`);
  }
}
