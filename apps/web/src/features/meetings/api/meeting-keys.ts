import type { MeetingListView } from './meeting-list-query';
import type { ActionItemsView, HistoryView } from './use-meeting-reads';

/** Every query key of this feature, so a write can refresh all it moves at once. */
export const meetingKeys = {
  all: ['meetings'] as const,
  lists: () => [...meetingKeys.all, 'list'] as const,
  list: (query: MeetingListView) => [...meetingKeys.lists(), query] as const,
  details: () => [...meetingKeys.all, 'detail'] as const,
  detail: (id: string) => [...meetingKeys.details(), id] as const,
  people: (q: string) => [...meetingKeys.all, 'people', q] as const,
  affiliations: (contactId: string) => [...meetingKeys.all, 'affiliations', contactId] as const,
  actionItems: (query?: ActionItemsView) =>
    [...meetingKeys.all, 'action-items', ...(query ? [query] : [])] as const,
  history: (query?: HistoryView) =>
    [...meetingKeys.all, 'history', ...(query ? [query] : [])] as const,
  organizationChoices: (q: string) => [...meetingKeys.all, 'organization-choices', q] as const,
};
