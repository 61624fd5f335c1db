import { definePackageBuild } from '../../scripts/tsup-preset';

export default definePackageBuild({ index: 'src/index.ts' }, { external: ['react', 'react-dom'] });
