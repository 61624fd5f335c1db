import type { StorybookConfig } from '@storybook/react-vite';
import react from '@vitejs/plugin-react';

// Workspace packages resolve to their TypeScript sources (the `@hotleads/source` export
// condition), so Storybook runs on the real @hotleads/core without building it first.
const sourceConditions = ['@hotleads/source', 'module', 'browser', 'development|production'];

const config: StorybookConfig = {
  stories: ['../src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-a11y'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: { reactDocgen: false },
  async viteFinal(viteConfig) {
    viteConfig.resolve = { ...viteConfig.resolve, conditions: sourceConditions };
    viteConfig.plugins = [...(viteConfig.plugins ?? []), react()];
    viteConfig.build = { ...viteConfig.build, chunkSizeWarningLimit: 4000 };
    return viteConfig;
  },
};

export default config;
