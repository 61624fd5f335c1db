import { useContext, useMemo, type ReactNode } from 'react';
import { HotleadsLocaleContext } from './context';
import { mergeStrings, type HotleadsStringsOverrides } from './strings';

/** Which palette a {@link HotleadsTheme} uses; `system` follows the host's `prefers-color-scheme`. */
export type ThemeMode = 'light' | 'dark' | 'system';

/** Props of {@link HotleadsTheme}. */
export type HotleadsThemeProps = {
  /** Palette: light (default), dark, or whatever the user's system prefers. */
  theme?: ThemeMode;
  /** Extra class names for the root element (e.g. a host class that overrides `--hl-*` variables). */
  className?: string;
  /**
   * Labels to use instead of the English defaults (`defaultStrings`, or the labels of an
   * enclosing theme): headings, column headers,
   * button labels, empty states. Sentences and display strings the libraries computed are shown
   * as they come (localize those through their `format` options).
   */
  strings?: HotleadsStringsOverrides;
  /**
   * BCP 47 locale of the numbers and dates the components format themselves (default `en-US`,
   * or an enclosing theme's); also the root's `lang`.
   */
  locale?: string;
  /** The hotleads components to render. */
  children?: ReactNode;
};

/**
 * The root every hotleads component renders inside. It carries the `hl-root` class that scopes
 * the stylesheet (`@hotleads/react/styles.css`) and its `--hl-*` custom properties, so nothing
 * styles the host page outside it, and hands the components their labels and locale.
 *
 * @example
 * ```tsx
 * import '@hotleads/react/styles.css';
 * <HotleadsTheme theme="dark" locale="es-MX" strings={{ workQueue: 'Cola de trabajo' }}>
 *   <WorkQueue … />
 * </HotleadsTheme>
 * ```
 */
export function HotleadsTheme({ theme = 'light', className, strings, locale, children }: HotleadsThemeProps) {
  // A nested theme (another palette for one panel) keeps the labels and locale of the one around it.
  const outer = useContext(HotleadsLocaleContext);
  const value = useMemo(
    () => ({ strings: mergeStrings(outer.strings, strings), locale: locale ?? outer.locale }),
    [outer, strings, locale],
  );
  return (
    <div className={className ? `hl-root ${className}` : 'hl-root'} data-hl-theme={theme} lang={locale}>
      <HotleadsLocaleContext.Provider value={value}>{children}</HotleadsLocaleContext.Provider>
    </div>
  );
}
