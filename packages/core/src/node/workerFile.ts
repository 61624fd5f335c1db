import { fileURLToPath } from 'node:url';

/**
 * @internal The worker entry beside the module that asks, with the same extension: the built
 * `dist/scoringWorker.js` (or `.cjs`) from a build, `src/node/scoringWorker.ts` from source, which
 * Node 20 runs only through tsx (`--import tsx` in the worker's `execArgv`).
 */
export function workerFile(moduleUrl: string): { filename: string; execArgv: string[] } {
  const extension = /\.(c?js|mjs|ts)$/.exec(new URL(moduleUrl).pathname)?.[0] ?? '.js';
  const filename = fileURLToPath(new URL(`./scoringWorker${extension}`, moduleUrl));
  return { filename, execArgv: extension === '.ts' ? ['--import', 'tsx'] : [] };
}
