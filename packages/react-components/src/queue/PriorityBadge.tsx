import type { Band } from '@hotleads/core';

/** Props of {@link PriorityBadge}. */
export type PriorityBadgeProps = {
  /** The band `@hotleads/core` assigned (HOT / HIGH / WARM / COLD). */
  band: Band;
  /** Visible text; defaults to the band name. */
  children?: string;
};

const descriptions: Record<Band, string> = {
  HOT: 'Hot: work now',
  HIGH: 'High priority',
  WARM: 'Warm',
  COLD: 'Cold',
};

/** A HOT / HIGH / WARM (or COLD) label in the band's colour. */
export function PriorityBadge({ band, children }: PriorityBadgeProps) {
  return (
    <span className="hl-badge" data-band={band} title={descriptions[band]}>
      {children ?? band}
    </span>
  );
}
