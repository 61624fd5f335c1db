import type { Band } from '@hotleads/core';
import { useHotleadsLocale } from '../theme/context';

/** Props of {@link PriorityBadge}. */
export type PriorityBadgeProps = {
  /** The band `@hotleads/core` assigned (HOT / HIGH / WARM / COLD). */
  band: Band;
  /** Visible text; defaults to the band's name (`strings.bandNames`). */
  children?: string;
};

/** A HOT / HIGH / WARM (or COLD) label in the band's colour, with the band described in its tooltip. */
export function PriorityBadge({ band, children }: PriorityBadgeProps) {
  const { strings } = useHotleadsLocale();
  return (
    <span className="hl-badge" data-band={band} title={strings.bandDescriptions[band]}>
      {children ?? strings.bandNames[band]}
    </span>
  );
}
