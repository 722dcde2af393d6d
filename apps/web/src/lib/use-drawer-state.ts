import { useCallback, useState } from 'react';

/**
 * Open/closed state of a drawer whose content is loaded on first use. `session` counts the
 * openings: it is 0 until the first (so the lazy code is not fetched before it is needed) and,
 * used as a React key, gives each opening a fresh form while the closing one can still animate.
 */
export function useDrawerState() {
  const [open, setOpen] = useState(false);
  const [session, setSession] = useState(0);
  const show = useCallback(() => {
    setSession((n) => n + 1);
    setOpen(true);
  }, []);
  const hide = useCallback(() => setOpen(false), []);
  return { open, session, show, hide };
}
