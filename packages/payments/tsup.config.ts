import { definePackageBuild } from '../../scripts/tsup-preset';

export default definePackageBuild({ index: 'src/index.ts', testing: 'src/testing/index.ts', sql: 'src/sql/index.ts' });
