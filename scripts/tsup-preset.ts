import { defineConfig, type Options } from 'tsup';

/**
 * The one build recipe every package uses: ESM + CJS with `.d.ts` / `.d.cts`,
 * dependencies external, no minification (hosts bundle and minify themselves).
 */
export function definePackageBuild(entry: Record<string, string>, extra: Partial<Options> = {}) {
  return defineConfig({
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    splitting: true,
    treeshake: true,
    ...extra,
  });
}
