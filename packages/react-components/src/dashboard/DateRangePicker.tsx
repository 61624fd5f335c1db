import { useEffect, useId, useRef, useState, type ComponentProps, type KeyboardEvent } from 'react';
import { DayPicker, type DateRange } from 'react-day-picker';
import { useHotleadsLocale } from '../theme/context';
import type { HotleadsStrings } from '../theme/strings';

/** A date range; `to` is absent while the second day is being picked. */
export type DateRangeValue = { from: Date; to?: Date };

/** A ready-made range offered beside the calendar ("Last 7 days"). */
export type DateRangePreset = { label: string; range: DateRangeValue };

/** Props of {@link DateRangePicker}. */
export type DateRangePickerProps = {
  /** The selected range. */
  value: DateRangeValue | undefined;
  /** Called with the new range when the user picks days or a preset. */
  onChange: (range: DateRangeValue | undefined) => void;
  /** Accessible label of the button (default `strings.dateRange`, "Date range"). */
  label?: string;
  /** Ranges offered as one-click buttons, computed by the host for its time zone. */
  presets?: readonly DateRangePreset[];
  /** Months shown side by side (default 2). */
  numberOfMonths?: number;
  /** Days after this cannot be picked (e.g. today). */
  maxDate?: Date;
  /** Start opened, rendered in the page flow rather than as a popover (for stories and docs). */
  defaultOpen?: boolean;
  /**
   * The calendar's month and weekday names: a date-fns locale (`import { es } from
   * 'date-fns/locale'`), passed to react-day-picker. The button and day names follow the
   * theme's `locale` either way.
   */
  calendarLocale?: ComponentProps<typeof DayPicker>['locale'];
};

// Day buttons are named starting with the number they show ("3 Tuesday, November 2026"), so
// speech control users can say what they see (WCAG 2.5.3, axe label-content-name-mismatch).
function dayLabeler(locale: string, strings: HotleadsStrings) {
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long' });
  const month = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' });
  const day = new Intl.NumberFormat(locale, { useGrouping: false });
  return (date: Date, modifiers: { selected?: boolean; today?: boolean; disabled?: boolean }): string => {
    let label = `${day.format(date.getDate())} ${weekday.format(date)}, ${month.format(date)}`;
    if (modifiers.today) label += `, ${strings.dayStates.today}`;
    if (modifiers.selected) label += `, ${strings.dayStates.selected}`;
    if (modifiers.disabled) label += `, ${strings.dayStates.unavailable}`;
    return label;
  };
}

function describe(range: DateRangeValue | undefined, locale: string, strings: HotleadsStrings): string {
  if (!range) return strings.pickDates;
  const f = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  return range.to ? f.formatRange(range.from, range.to) : `${f.format(range.from)} – …`;
}

/**
 * A button that opens a two-month range calendar (react-day-picker). The calendar is a
 * non-modal dialog: arrow keys move between days, Enter picks, Escape closes and returns focus
 * to the button.
 */
export function DateRangePicker({
  value,
  onChange,
  label,
  presets = [],
  numberOfMonths = 2,
  maxDate,
  defaultOpen = false,
  calendarLocale,
}: DateRangePickerProps) {
  const { strings, locale } = useHotleadsLocale();
  const name = label ?? strings.dateRange;
  const [open, setOpen] = useState(defaultOpen);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const dialogId = useId();

  useEffect(() => {
    if (!open || defaultOpen) return;
    const onDown = (e: MouseEvent) => {
      if (rootRef.current && !rootRef.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open, defaultOpen]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && open) {
      e.stopPropagation();
      setOpen(false);
      buttonRef.current?.focus();
    }
  };

  const select = (r: DateRange | undefined) => onChange(r?.from ? { from: r.from, to: r.to } : undefined);

  return (
    <div className="hl-daterange" ref={rootRef} onKeyDown={onKeyDown}>
      <button
        ref={buttonRef}
        type="button"
        className="hl-button"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? dialogId : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="hl-muted">{name}:</span> {describe(value, locale, strings)}
      </button>
      {open ? (
        <div
          className="hl-daterange-popover"
          id={dialogId}
          role="dialog"
          aria-label={name}
          data-inline={defaultOpen ? 'true' : undefined}
        >
          {presets.length > 0 ? (
            <div role="group" aria-label={strings.presets} className="hl-daterange-presets">
              {presets.map((p) => (
                <button key={p.label} type="button" className="hl-button" onClick={() => onChange(p.range)}>
                  {p.label}
                </button>
              ))}
            </div>
          ) : null}
          <DayPicker
            mode="range"
            selected={value}
            onSelect={select}
            numberOfMonths={numberOfMonths}
            defaultMonth={value?.from}
            disabled={maxDate ? { after: maxDate } : undefined}
            weekStartsOn={1}
            labels={{ labelDayButton: dayLabeler(locale, strings) }}
            locale={calendarLocale}
          />
        </div>
      ) : null}
    </div>
  );
}
