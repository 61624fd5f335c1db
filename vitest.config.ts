import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Workspace packages resolve to their TypeScript sources through the
// `@hotleads/source` export condition, so tests never need a build first.
// Vitest also hands these to Node as `--conditions`, which apply to `require` too: an `import`
// condition there made CommonJS packages (pg requiring pg-pool) load ESM builds, so it is left
// out (Vite adds it to ESM imports by itself).
const conditions = ['@hotleads/source', 'module', 'node', 'default'];

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
          setupFiles: ['./packages/react-components/test/setup.ts'],
        },
      },
      {
        // The same component tests on React 18.3 (the peer range is ^18.3 || ^19): react and
        // react-dom resolve to the npm aliases react-18 and react-dom-18.
        extends: true,
        resolve: {
          alias: [
            { find: /^react-dom(\/.*)?$/, replacement: 'react-dom-18$1' },
            { find: /^react(\/.*)?$/, replacement: 'react-18$1' },
          ],
        },
        test: {
          name: 'react18',
          include: ['packages/react-components/src/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['./packages/react-components/test/react18.ts', './packages/react-components/test/setup.ts'],
          // ESM dependencies that import react go through Vite, so the aliases above apply to them.
          server: { deps: { inline: [/@tanstack\/react-/, /react-day-picker/, /react-querybuilder/, /recharts/, /@testing-library\/react/] } },
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
