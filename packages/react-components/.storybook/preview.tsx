import type { Preview } from '@storybook/react-vite';
import { HotleadsTheme, type ThemeMode } from '../src/theme/HotleadsTheme';
import '../src/styles.css';

const preview: Preview = {
  globalTypes: {
    theme: {
      description: 'hotleads theme',
      toolbar: { title: 'Theme', icon: 'mirror', items: ['light', 'dark'], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'light' },
  decorators: [
    (Story, context) => {
      const theme = (context.parameters.theme ?? context.globals.theme ?? 'light') as ThemeMode;
      return (
        <HotleadsTheme theme={theme}>
          <div style={{ padding: context.parameters.layout === 'fullscreen' ? 0 : 16 }}>
            <Story />
          </div>
        </HotleadsTheme>
      );
    },
  ],
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    // Fail the a11y panel's test status (and the vitest addon, if a host uses it) on violations.
    a11y: { test: 'error', context: '#storybook-root' },
  },
};

export default preview;
