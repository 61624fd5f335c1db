import type { ReactNode } from 'react';

/** Which palette a {@link HotleadsTheme} uses; `system` follows the host's `prefers-color-scheme`. */
export type ThemeMode = 'light' | 'dark' | 'system';

/** Props of {@link HotleadsTheme}. */
export type HotleadsThemeProps = {
  /** Palette: light (default), dark, or whatever the user's system prefers. */
  theme?: ThemeMode;
  /** Extra class names for the root element (e.g. a host class that overrides `--hl-*` variables). */
  className?: string;
  /** The hotleads components to render. */
  children?: ReactNode;
};

/**
 * The root every hotleads component renders inside. It carries the `hl-root` class that scopes
 * the stylesheet (`@hotleads/react/styles.css`) and its `--hl-*` custom properties, so nothing
 * styles the host page outside it.
 *
 * @example
 * ```tsx
 * import '@hotleads/react/styles.css';
 * <HotleadsTheme theme="dark"><WorkQueue … /></HotleadsTheme>
 * ```
 */
export function HotleadsTheme({ theme = 'light', className, children }: HotleadsThemeProps) {
  return (
    <div className={className ? `hl-root ${className}` : 'hl-root'} data-hl-theme={theme}>
      {children}
    </div>
  );
}
