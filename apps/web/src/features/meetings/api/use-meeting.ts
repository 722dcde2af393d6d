import { type MeetingDetail, meetingDetailSchema } from '@coalition/contracts';
import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet, isApiError } from '@/lib/api-client';
import { meetingKeys } from './meeting-keys';

export const meetingPath = (id: string): string => `/meetings/${encodeURIComponent(id)}`;

export function useMeeting(id: string) {
  return useQuery(
    queryOptions({
      queryKey: meetingKeys.detail(id),
      queryFn: ({ signal }) => apiGet<MeetingDetail>(meetingPath(id), undefined, signal),
    }),
  );
}

/**
 * After a write the API answers with the whole meeting: it becomes the cached detail as is, and
 * the lists, histories and open action items (which all show attendance or items) are read again.
 */
export function storeSavedMeeting(queryClient: QueryClient, meeting: MeetingDetail): void {
  queryClient.setQueryData(meetingKeys.detail(meeting.id), meeting);
  void queryClient.invalidateQueries({ queryKey: meetingKeys.lists() });
  void queryClient.invalidateQueries({ queryKey: meetingKeys.history() });
  void queryClient.invalidateQueries({ queryKey: meetingKeys.actionItems() });
}

/** The record as it is now, when a save was refused because someone saved first (409). */
export function conflictCurrent<T>(
  error: unknown,
  parse: (value: unknown) => T | undefined,
): T | undefined {
  if (!isApiError(error) || error.statusCode !== 409) return undefined;
  return parse('current' in error.body ? error.body.current : undefined);
}

export function currentMeetingOf(error: unknown): MeetingDetail | undefined {
  return conflictCurrent(error, (value) => {
    const parsed = meetingDetailSchema.safeParse(value);
    return parsed.success ? parsed.data : undefined;
  });
}
