import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@coalition/contracts';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { readInt } from '@/lib/search-params';
import { useUrlTab } from '@/lib/use-url-tab';
import type { SegmentResultsView } from '../api/use-segment-results';

const TABS = ['organizations', 'contacts'] as const;
export type ResultsTab = (typeof TABS)[number];

/**
 * Which list of a saved segment is open and its page, in the URL (`?tab=contacts&page=2`), so
 * a link opens the same view. Switching tabs starts the other list at its first page.
 */
export function useResultsUrl() {
  const [tab, setTab] = useUrlTab(TABS, 'organizations');
  const [searchParams, setSearchParams] = useSearchParams();
  const view = useMemo<SegmentResultsView>(
    () => ({
      page: readInt(searchParams.get('page'), 1, 100_000),
      pageSize: readInt(searchParams.get('pageSize'), DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
    }),
    [searchParams],
  );

  const setPage = useCallback(
    (page: number, pageSize: number) =>
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (page === 1) next.delete('page');
          else next.set('page', String(page));
          if (pageSize === DEFAULT_PAGE_SIZE) next.delete('pageSize');
          else next.set('pageSize', String(pageSize));
          return next;
        },
        { replace: true },
      ),
    [setSearchParams],
  );

  return { tab, setTab, view, setPage };
}
