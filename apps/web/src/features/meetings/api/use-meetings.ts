import type { MeetingListResponse } from '@coalition/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { meetingKeys } from './meeting-keys';
import { type MeetingListView, toMeetingSearchParams } from './meeting-list-query';

export function getMeetings(
  query: MeetingListView,
  signal?: AbortSignal,
): Promise<MeetingListResponse> {
  return apiGet<MeetingListResponse>('/meetings', toMeetingSearchParams(query), signal);
}

export function useMeetings(query: MeetingListView) {
  return useQuery(
    queryOptions({
      queryKey: meetingKeys.list(query),
      queryFn: ({ signal }) => getMeetings(query, signal),
      // Keeping the rows while the next view loads reads better than a blank list.
      placeholderData: keepPreviousData,
    }),
  );
}
