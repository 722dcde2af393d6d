import { ISSUE_STATUSES, type IssueStatus } from '@coalition/contracts';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { readList } from '@/lib/search-params';

/**
 * The agenda's status filter, in the URL (`?status=active&status=paused`, as the API names it)
 * so a filtered view can be shared. Unknown values are dropped.
 */
export function useIssueListUrl() {
  const [searchParams, setSearchParams] = useSearchParams();
  const status = useMemo(() => readList(searchParams, 'status', ISSUE_STATUSES), [searchParams]);

  const setStatus = useCallback(
    (next: IssueStatus[]) =>
      setSearchParams(() => {
        const params = new URLSearchParams();
        for (const value of next) params.append('status', value);
        return params;
      }),
    [setSearchParams],
  );

  return { status, search: searchParams.toString(), setStatus };
}
