import { copyFileSync } from 'node:fs';
import { definePackageBuild } from '../../scripts/tsup-preset';

export default definePackageBuild(
  { index: 'src/index.ts' },
  {
    external: ['react', 'react-dom'],
    // Every component is a client component. esbuild keeps a "use client" directive only in the
    // entry module, so the banner writes it at the top of each output file (ESM and CJS). tsup's
    // extra rollup tree-shaking pass would drop it again: esbuild's own tree-shaking is enough.
    banner: { js: '"use client";' },
    treeshake: false,
    // tsup's CJS conversion of split output writes "use strict" above the banner; one entry needs no splitting.
    splitting: false,
    // The stylesheet ships as is (`@hotleads/react/styles.css`); the JS never imports it.
    onSuccess: async () => copyFileSync('src/styles.css', 'dist/styles.css'),
  },
);
