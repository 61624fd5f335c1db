// Size budgets (issue "small bundles"; README.md, "Bundle size"): each import bundled with esbuild
// from the built packages (`npm run build` first), minified, gzip, React left out. `npm run size`
// checks them and is a stage of `npm test`, right after `build`. The three named budgets are the
// targets; every other entry and subpath has a budget of its own, its measured size + 10%.
// Raising a budget is a decision: say why in the commit.

const react = ['react', 'react-dom'];
/** Entries that run in Node only are bundled for Node, as ES modules (their `node:` imports stay external). */
const forNode = (config) => ({ ...config, platform: 'node', format: 'esm' });

/** One check: `what` is the import (`'{ createScorer }'`, or `'*'` for the whole entry). */
const check = (name, path, what, limit, extra = {}) => ({
  name,
  path,
  import: what,
  limit,
  gzip: true,
  ignore: react,
  ...extra,
});

export default [
  check('createScorer from @hotleads/core', 'packages/core/dist/index.js', '{ createScorer }', '25 kB'),
  check('ScoreRing from @hotleads/react', 'packages/react-components/dist/index.js', '{ ScoreRing }', '30 kB'),
  check(
    'a ledger with the memory store (decimal.js included)',
    'packages/payments/dist/index.js',
    '{ createLedger, createMemoryStore }',
    '60 kB',
  ),
  check('@hotleads/core', 'packages/core/dist/index.js', '*', '74.4 kB'),
  check('@hotleads/core/demo', 'packages/core/dist/demo.js', '*', '4.6 kB'),
  check('@hotleads/core/node', 'packages/core/dist/node.js', '*', '40.2 kB', {
    ignore: ['piscina'],
    modifyEsbuildConfig: forNode,
  }),
  check('@hotleads/core/worker', 'packages/core/dist/worker.js', '*', '38.9 kB'),
  check('@hotleads/rules', 'packages/rules/dist/index.js', '*', '74.5 kB'),
  check('@hotleads/rules/reference (json-rules-engine included)', 'packages/rules/dist/reference.js', '*', '60.7 kB'),
  check('@hotleads/payments', 'packages/payments/dist/index.js', '*', '71.6 kB'),
  check('@hotleads/payments/testing', 'packages/payments/dist/testing.js', '*', '70.4 kB'),
  check('@hotleads/payments/pdf', 'packages/payments/dist/pdf.js', '*', '677.2 kB', { modifyEsbuildConfig: forNode }),
  check('@hotleads/payments/sql', 'packages/payments/dist/sql.js', '*', '11.9 kB', {
    ignore: ['pg', '@electric-sql/pglite'],
    modifyEsbuildConfig: forNode,
  }),
  check('@hotleads/react', 'packages/react-components/dist/index.js', '*', '545.4 kB'),
  {
    name: '@hotleads/react/styles.css',
    path: 'packages/react-components/dist/styles.css',
    limit: '6.8 kB',
    gzip: true,
  },
];
