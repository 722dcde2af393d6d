import { useCallback } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';

/**
 * The open tab of a record page lives in the URL (`?tab=…`, left out for the default), so a
 * link opens the same tab; a tab not shown (an old link, a typo) opens the default. Switching
 * replaces the history entry: back leaves the page rather than stepping through tabs. The
 * navigation state (the list to return to) is kept.
 */
export function useUrlTab<Tab extends string>(shown: readonly Tab[], defaultTab: Tab) {
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const { pathname } = location;
  const state: unknown = location.state;
  const navigate = useNavigate();
  const shownTab = useCallback(
    (value: string | null): Tab => shown.find((tab) => tab === value) ?? defaultTab,
    [shown, defaultTab],
  );
  const tab = shownTab(searchParams.get('tab'));

  const setTab = useCallback(
    (next: string) => {
      const target = shownTab(next);
      // A tab's own parameters (the contacts' page...) mean nothing to another tab.
      const search = target === defaultTab ? '' : `?tab=${target}`;
      void navigate({ pathname, search }, { replace: true, state });
    },
    [navigate, pathname, state, shownTab, defaultTab],
  );

  return [tab, setTab] as const;
}
