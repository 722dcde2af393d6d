import type { ActionItemListResponse, MeetingHistoryResponse } from '@coalition/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { meetingKeys } from './meeting-keys';

export type HistoryView = { contactId: string } | { organizationId: string };
export interface ActionItemsView {
  owner?: 'me';
  page: number;
  pageSize: number;
}

export function useMeetingHistory(query: HistoryView) {
  return useQuery(
    queryOptions({
      queryKey: meetingKeys.history(query),
      queryFn: ({ signal }) =>
        apiGet<MeetingHistoryResponse>('/meetings/history', { ...query }, signal),
    }),
  );
}

export function useOpenActionItems(query: ActionItemsView) {
  return useQuery(
    queryOptions({
      queryKey: meetingKeys.actionItems(query),
      queryFn: ({ signal }) =>
        apiGet<ActionItemListResponse>('/meetings/action-items', { ...query }, signal),
    }),
  );
}
