import { definePackageBuild } from '../../scripts/tsup-preset';

export default definePackageBuild({ index: 'src/index.ts', reference: 'src/reference/index.ts' });
