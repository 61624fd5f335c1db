import { definePackageBuild } from '../../scripts/tsup-preset';

// `shims` gives the CommonJS build an `import.meta.url`, which `loadNotoSans` (the pdf entry) resolves the font from.
export default definePackageBuild(
  { index: 'src/index.ts', testing: 'src/testing/index.ts', pdf: 'src/pdf/index.ts' },
  { shims: true },
);
