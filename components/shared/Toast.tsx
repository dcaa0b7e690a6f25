import { useEffect, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  actionLabel: string;
  onAction: () => void;
  onTimeout: () => void;
  /** How long the toast stays; the action is possible until then. */
  ms?: number;
}

/** A short-lived notice with one action (Undo), announced to screen readers. */
export function Toast({ children, actionLabel, onAction, onTimeout, ms = 8000 }: Props) {
  useEffect(() => {
    const timer = setTimeout(onTimeout, ms);
    return () => clearTimeout(timer);
  }, [onTimeout, ms]);
  return (
    <div className="toast" role="status">
      <span>{children}</span>
      <button type="button" className="toast-action" onClick={onAction}>
        {actionLabel}
      </button>
    </div>
  );
}
