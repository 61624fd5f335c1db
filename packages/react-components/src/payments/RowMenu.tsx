import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

/** One entry of a {@link RowMenu}. */
export type RowMenuItem = { label: string; onSelect: () => void };

/** Props of {@link RowMenu}. */
export type RowMenuProps = {
  /** The button's accessible name ("Actions for R-5001"). */
  label: string;
  items: readonly RowMenuItem[];
};

/**
 * A row's three-dot menu (ARIA menu button): Enter, Space or a click opens it on its first item;
 * the arrow keys, Home and End move; Enter picks; Escape or Tab closes it and returns focus.
 */
export function RowMenu({ label, items }: RowMenuProps) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const id = useId();
  useEffect(() => {
    if (open) menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[active]?.focus();
  }, [open, active]);
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const n = items.length;
    const to =
      e.key === 'ArrowDown'
        ? (active + 1) % n
        : e.key === 'ArrowUp'
          ? (active - 1 + n) % n
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? n - 1
              : null;
    if (to !== null) {
      e.preventDefault();
      setActive(to);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close(true);
    } else if (e.key === 'Tab') close(false);
  };
  return (
    <div className="hl-rowmenu">
      <button
        ref={buttonRef}
        type="button"
        className="hl-button hl-rowmenu-button"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => {
          setActive(0);
          setOpen((o) => !o);
        }}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      {open ? (
        <ul role="menu" id={id} aria-label={label} className="hl-rowmenu-list" ref={menuRef} onKeyDown={onKeyDown}>
          {items.map((item, i) => (
            <li role="none" key={item.label}>
              <button
                type="button"
                role="menuitem"
                tabIndex={i === active ? 0 : -1}
                className="hl-rowmenu-item"
                onClick={() => {
                  close(true);
                  item.onSelect();
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
