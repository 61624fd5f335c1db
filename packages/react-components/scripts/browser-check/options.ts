// The command line of the browser check.

/** What one run of the browser check does. */
export interface BrowserCheckOptions {
  /** Reuse `storybook-static/` when it holds an `index.json` (`--no-build`). */
  readonly reuseBuild: boolean;
  /** Open only the persona pages and refresh docs/screenshots/ (`--screenshots`). */
  readonly screenshots: boolean;
  /** Open only the stories whose id contains this (lower-cased) text (`--only <text>`). */
  readonly only: string | undefined;
  /** Chromium's executable (`CHROMIUM_PATH`, else Debian's /usr/bin/chromium). */
  readonly chromiumPath: string;
  /** Pages open at once (`--workers <n>`; 2, one per core, by default). */
  readonly workers: number;
  /** Save a screenshot of every story at each layout width into artifacts/storybook/widths/ (`--layout-shots`). */
  readonly layoutShots: boolean;
  /** Fail when poppler's pdftotext or pdftoppm is missing (`HOTLEADS_REQUIRE_PDF=1`, or `CI` set), rather than only say so. */
  readonly requirePdfTools: boolean;
}

/** The usage text printed by `--help` and on a bad argument. */
export const usage = `usage: browser-check [--no-build] [--screenshots] [--layout-shots] [--only <id part>] [--workers <n>]
  --no-build       reuse packages/react-components/storybook-static/ if it was built before
  --screenshots    open the persona pages only and refresh docs/screenshots/
  --layout-shots   also save every story at 1280, 768 and 320 px into artifacts/storybook/widths/
  --only <text>    open only the stories whose id contains <text>
  --workers <n>    pages open at once (default 2)
environment: CHROMIUM_PATH (default /usr/bin/chromium); HOTLEADS_REQUIRE_PDF=1 or CI: fail without pdftotext/pdftoppm`;

/**
 * Reads the browser check's options from its arguments and environment.
 * Throws an `Error` with the usage text on an unknown flag or a missing value.
 */
export function parseOptions(args: readonly string[], env: NodeJS.ProcessEnv = {}): BrowserCheckOptions {
  let reuseBuild = false;
  let screenshots = false;
  let layoutShots = false;
  let only: string | undefined;
  let workers = 2;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = () => {
      const v = args[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${arg} needs a value\n${usage}`);
      return v;
    };
    if (arg === '--no-build') reuseBuild = true;
    else if (arg === '--screenshots') screenshots = true;
    else if (arg === '--layout-shots') layoutShots = true;
    else if (arg === '--only') only = value().toLowerCase();
    else if (arg === '--workers') {
      workers = Number(value());
      if (!Number.isInteger(workers) || workers < 1) throw new Error(`--workers must be a whole number ≥ 1\n${usage}`);
    } else throw new Error(`unknown argument ${arg}\n${usage}`);
  }
  return {
    reuseBuild,
    screenshots,
    layoutShots,
    only,
    workers,
    chromiumPath: env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    requirePdfTools: env.HOTLEADS_REQUIRE_PDF === '1' || isCi(env.CI),
  };
}

/** Whether a `CI` variable says the run is in CI: set, and neither empty, `0` nor `false`. */
function isCi(value: string | undefined): boolean {
  return value !== undefined && !['', '0', 'false'].includes(value.trim().toLowerCase());
}
