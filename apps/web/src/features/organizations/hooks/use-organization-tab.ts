import { useCallback } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';

/**
 * The tabs an organization's page can have. A tab is shown only once what it shows exists:
 * `activity` when the app hands the page a history panel; campaigns will join here.
 */
export const ORGANIZATION_TABS = ['profile', 'contacts', 'issues', 'activity'] as const;
export type OrganizationTab = (typeof ORGANIZATION_TABS)[number];

const DEFAULT_TAB: OrganizationTab = 'profile';

function shownTab(shown: readonly OrganizationTab[], value: string | null): OrganizationTab {
  return shown.find((tab) => tab === value) ?? DEFAULT_TAB;
}

/**
 * The open tab lives in the URL (`?tab=…`, left out for the default), so a link opens the same
 * tab; a tab not shown (an old link, a typo) opens the default. Switching replaces the history
 * entry: back leaves the page rather than stepping through tabs. The navigation state (the
 * list to return to) is kept.
 */
export function useOrganizationTab(shown: readonly OrganizationTab[]) {
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const { pathname } = location;
  const state: unknown = location.state;
  const navigate = useNavigate();
  const tab = shownTab(shown, searchParams.get('tab'));

  const setTab = useCallback(
    (next: string) => {
      const target = shownTab(shown, next);
      // A tab's own parameters (the contacts' page...) mean nothing to another tab.
      const search = target === DEFAULT_TAB ? '' : `?tab=${target}`;
      void navigate({ pathname, search }, { replace: true, state });
    },
    [navigate, pathname, state, shown],
  );

  return [tab, setTab] as const;
}
