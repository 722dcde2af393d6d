import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { readDate } from '@/lib/search-params';
import {
  type MeetingFilters,
  type MeetingListView,
  parseMeetingListQuery,
  toMeetingSearchParams,
} from '../api/meeting-list-query';

export type MeetingsView = 'list' | 'month' | 'week';
const VIEWS: MeetingsView[] = ['list', 'month', 'week'];

/** The list's filters and page, plus the calendar's view and day, kept in the URL. */
export function useMeetingListUrl() {
  const [searchParams, setSearchParams] = useSearchParams();
  const query = useMemo(() => parseMeetingListQuery(searchParams), [searchParams]);
  const rawView = searchParams.get('view');
  const view: MeetingsView = VIEWS.find((v) => v === rawView) ?? 'list';
  const on = readDate(searchParams.get('on'));

  const write = useCallback(
    (patch: Partial<MeetingListView>, extra?: { view?: MeetingsView; on?: string }) =>
      setSearchParams((current) => {
        const next = toMeetingSearchParams({ ...parseMeetingListQuery(current), ...patch });
        const nextView = extra?.view ?? current.get('view');
        const nextOn = extra?.on ?? current.get('on');
        if (nextView && nextView !== 'list') next.set('view', nextView);
        if (nextOn && nextView && nextView !== 'list') next.set('on', nextOn);
        return next;
      }),
    [setSearchParams],
  );

  return {
    query,
    view,
    on,
    search: toMeetingSearchParams(query).toString(),
    setFilters: (filters: Partial<MeetingFilters>) => write({ ...filters, page: 1 }),
    clearFilters: () =>
      write({ type: undefined, issueId: undefined, campaignId: undefined, page: 1 }),
    setPage: (page: number, pageSize: number) => write({ page, pageSize }),
    setView: (next: MeetingsView) => write({}, { view: next }),
    setOn: (day: string) => write({}, { on: day }),
  };
}
