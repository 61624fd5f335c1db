import { copyFileSync } from 'node:fs';
import { definePackageBuild } from '../../scripts/tsup-preset';

export default definePackageBuild(
  { index: 'src/index.ts' },
  {
    external: ['react', 'react-dom'],
    // The stylesheet ships as is (`@hotleads/react/styles.css`); the JS never imports it.
    onSuccess: async () => copyFileSync('src/styles.css', 'dist/styles.css'),
  },
);
