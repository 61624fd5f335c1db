import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Workspace packages resolve to their TypeScript sources through the
// `@hotleads/source` export condition, so tests never need a build first.
// Vitest also hands these to Node as `--conditions`, which apply to `require` too: an `import`
// condition there made CommonJS packages (pg requiring pg-pool) load ESM builds, so it is left
// out (Vite adds it to ESM imports by itself).
const conditions = ['@hotleads/source', 'module', 'node', 'default'];

// React 18.3 for the react18 project: the npm aliases react-18 and react-dom-18 of the test/react18
// workspace, found from there wherever npm placed them (react-dom 18's peer, react 18, is
// installed inside that workspace, so the hoisted react stays 19).
const fromReact18 = createRequire(new URL('test/react18/package.json', import.meta.url));
const react18 = (alias: string) => dirname(fromReact18.resolve(`${alias}/package.json`));

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ['@hotleads/source'] } },
  test: {
    setupFiles: ['./test/setup.ts'],
    projects: [
      { extends: true, test: { name: 'harness', include: ['test/boundary/**/*.test.ts'], environment: 'node' } },
      {
        // Every TypeScript example of README.md and docs/*.md type-checks, runs and does what the
        // doc says (test/docs-examples/; CONTRIBUTING.md, "Doc examples").
        extends: true,
        resolve: {
          // The stylesheet has no source condition: examples that import it get the source file.
          alias: {
            '@hotleads/react/styles.css': fileURLToPath(
              new URL('packages/react-components/src/styles.css', import.meta.url),
            ),
          },
        },
        test: {
          name: 'docs-examples',
          include: ['test/docs-examples/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        // `npm run demo` (examples/quickstart) gives the same tour twice.
        extends: true,
        test: { name: 'examples', include: ['examples/**/*.test.ts'], environment: 'node', testTimeout: 60_000 },
      },
      { extends: true, test: { name: 'core', include: ['packages/core/src/**/*.test.ts'], environment: 'node' } },
      { extends: true, test: { name: 'rules', include: ['packages/rules/src/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: {
          name: 'payments',
          include: ['packages/payments/src/**/*.test.ts'],
          environment: 'node',
          // A PostgreSQL cluster for the SQL store's tests, when the binaries exist (test/services/postgres.ts).
          globalSetup: ['./test/services/postgres.ts'],
        },
      },
      { extends: true, test: { name: 'scripts', include: ['scripts/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: {
          name: 'react',
          include: ['packages/react-components/src/**/*.test.tsx'],
          environment: 'jsdom',
          env: { HOTLEADS_REACT_MAJOR: '19' },
          setupFiles: ['./packages/react-components/test/setup.ts'],
        },
      },
      {
        // The same component tests on React 18.3 (the peer range is ^18.3 || ^19): react and
        // react-dom resolve to the npm aliases react-18 and react-dom-18 (test/react18/).
        extends: true,
        resolve: {
          alias: [
            { find: /^react-dom(\/.*)?$/, replacement: `${react18('react-dom-18')}$1` },
            { find: /^react(\/.*)?$/, replacement: `${react18('react-18')}$1` },
          ],
        },
        test: {
          name: 'react18',
          include: ['packages/react-components/src/**/*.test.tsx'],
          environment: 'jsdom',
          env: { HOTLEADS_REACT_MAJOR: '18' },
          setupFiles: ['./test/react18/setup.ts', './packages/react-components/test/setup.ts'],
          // ESM dependencies that import react go through Vite, so the aliases above apply to them.
          server: {
            deps: {
              inline: [
                /@tanstack\/react-/,
                /react-day-picker/,
                /react-querybuilder/,
                /recharts/,
                /react-redux/,
                /@testing-library\/react/,
                /@storybook\//,
              ],
            },
          },
        },
      },
      {
        // The browser check's own tests: its server, and each check on a planted defect in
        // Debian's Chromium (packages/react-components/scripts/browser-check/).
        extends: true,
        test: {
          name: 'browser-check',
          include: ['packages/react-components/scripts/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
    ],
  },
});
