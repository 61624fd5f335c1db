// Setup file of the react18 vitest project (vitest.config.ts). Vite's aliases send the `react` and
// `react-dom` imports it transforms to React 18.3; this hook does the same for the CommonJS
// `require`s that Node resolves by itself (inside use-sync-external-store, react-dom-18 and the
// other dependencies Vite leaves external), so one copy of React 18 runs the component tests.
// The copies come from this workspace's npm aliases react-18 and react-dom-18 (package.json).
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';

const here = createRequire(import.meta.url);
const dirs: Record<string, string> = {
  react: dirname(here.resolve('react-18/package.json')),
  'react-dom': dirname(here.resolve('react-dom-18/package.json')),
};

type Resolve = (request: string, ...rest: unknown[]) => string;
const mod = Module as unknown as { _resolveFilename: Resolve };
const resolve = mod._resolveFilename;
mod._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]) {
  const m = /^(react|react-dom)(\/.*)?$/.exec(request);
  return resolve.call(this, m ? `${dirs[m[1]!]!}${m[2] ?? ''}` : request, ...rest);
};
