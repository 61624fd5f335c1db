import { definePackageBuild } from '../../scripts/tsup-preset';

// `worker` is the browser's Web Worker entry (docs/scaling.md, "Scoring in the browser").
// `node` and its worker entry `scoringWorker` (loaded by path from dist/, so it keeps its name);
// `shims` gives the CommonJS build an `import.meta.url`, which the pool needs to find the worker.
export default definePackageBuild(
  {
    index: 'src/index.ts',
    demo: 'src/demo/index.ts',
    node: 'src/node/index.ts',
    worker: 'src/worker/index.ts',
    scoringWorker: 'src/node/scoringWorker.ts',
  },
  { shims: true },
);
