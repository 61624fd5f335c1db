// Where the browser check reads and writes, relative to this package and the repo root.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** packages/react-components */
export const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The repository root. */
export const repoRoot = resolve(packageDir, '../..');
/** Storybook's static build, which the check serves. */
export const storybookStaticDir = join(packageDir, 'storybook-static');
/** Git-ignored output: the JSON report and per-story screenshots. */
export const artifactsDir = join(repoRoot, 'artifacts');
/** One screenshot per story, named by story id. */
export const storyShotsDir = join(artifactsDir, 'storybook');
/** Every story at each layout width (`--layout-shots`), named `<story id>@<width>.png`. */
export const widthShotsDir = join(storyShotsDir, 'widths');
/** The JSON report of the last run. */
export const reportPath = join(artifactsDir, 'browser-check.json');
/** The committed persona screenshots the README shows. */
export const docsShotsDir = join(repoRoot, 'docs', 'screenshots');
