// The frame of the payments dialogs (create a credit note, apply one): a labelled dialog whose
// Escape cancels, and a toast in a polite live region for the outcome.
import { useId, type KeyboardEvent, type ReactNode } from 'react';

/** A dialog's outcome toast. */
export type Toast = { tone: 'good' | 'bad'; text: string } | null;

/** Props of {@link DialogFrame}. */
export type DialogFrameProps = {
  title: string;
  onCancel: () => void;
  toast: Toast;
  children: ReactNode;
};

/** A payments dialog: title, content, Escape to cancel, outcome toast. */
export function DialogFrame({ title, onCancel, toast, children }: DialogFrameProps) {
  const id = useId();
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
    }
  };
  return (
    <div role="dialog" aria-labelledby={`${id}-title`} className="hl-panel hl-dialog" onKeyDown={onKeyDown}>
      <h2 className="hl-panel-title" id={`${id}-title`}>
        {title}
      </h2>
      {children}
      <div role="status" aria-live="polite" className="hl-toast" data-tone={toast?.tone}>
        {toast?.text}
      </div>
    </div>
  );
}

/** Props of {@link DetailsFrame}. */
export type DetailsFrameProps = {
  /** The heading ("Payment details R-5001"), also the article's name. */
  title: ReactNode;
  /** Beside the title (a status badge). */
  badge?: ReactNode;
  /** Close; the button shows only with it. */
  onClose?: () => void;
  closeLabel: string;
  className: string;
  children: ReactNode;
};

/** The frame of a details view (a payment's, a credit note's): an article named by its heading, with Close. */
export function DetailsFrame({ title, badge, onClose, closeLabel, className, children }: DetailsFrameProps) {
  const id = useId();
  return (
    <article className={`hl-panel ${className}`} aria-labelledby={`${id}-title`}>
      <div className="hl-panel-header">
        <h2 className="hl-panel-title" id={`${id}-title`}>
          {title}
        </h2>
        {badge}
        {onClose ? (
          <button type="button" className="hl-button hl-no-print" onClick={onClose}>
            {closeLabel}
          </button>
        ) : null}
      </div>
      {children}
    </article>
  );
}
