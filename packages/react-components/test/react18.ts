// The react18 vitest project: every `react` and `react-dom` that Node itself resolves (the CommonJS
// requires inside dependencies such as @testing-library/react, which Vite's aliases do not see)
// goes to the npm aliases react-18 and react-dom-18, so one React 18.3 runs the component tests.
import Module from 'node:module';

type Resolve = (request: string, ...rest: unknown[]) => string;
const mod = Module as unknown as { _resolveFilename: Resolve };
const resolve = mod._resolveFilename;
mod._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]) {
  const m = /^(react|react-dom)(\/.*)?$/.exec(request);
  return resolve.call(this, m ? `${m[1]}-18${m[2] ?? ''}` : request, ...rest);
};
