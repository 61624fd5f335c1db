import { definePackageBuild } from '../../scripts/tsup-preset';

export default definePackageBuild({ index: 'src/index.ts', demo: 'src/demo/index.ts' });
