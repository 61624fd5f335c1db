// What HotleadsTheme hands every component below it: the labels and the locale numbers and
// dates are written in. A component rendered outside a theme gets the English defaults.
import { createContext, useContext } from 'react';
import { defaultStrings, type HotleadsStrings } from './strings';

/** The labels and locale in effect. */
export type HotleadsLocale = {
  readonly strings: HotleadsStrings;
  /** BCP 47 locale of the numbers and dates the components format (default `en-US`). */
  readonly locale: string;
};

/** @internal Provided by `HotleadsTheme`. */
export const HotleadsLocaleContext = createContext<HotleadsLocale>({ strings: defaultStrings, locale: 'en-US' });

/**
 * The labels and locale of the nearest `HotleadsTheme` (English and `en-US` without one), for
 * host components that sit beside ours and should read the same.
 */
export function useHotleadsLocale(): HotleadsLocale {
  return useContext(HotleadsLocaleContext);
}
