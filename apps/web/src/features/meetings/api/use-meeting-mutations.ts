import type {
  ActionItem,
  AddAttendanceInput,
  ConfirmSheetInput,
  CreateActionItemInput,
  CreateMeetingInput,
  MeetingDetail,
  SetAttendanceInput,
  SignInSheetResponse,
  UpdateActionItemInput,
  UpdateMeetingInput,
} from '@coalition/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { meetingKeys } from './meeting-keys';
import { currentMeetingOf, meetingPath, storeSavedMeeting } from './use-meeting';

export function useCreateMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateMeetingInput) =>
      apiRequest<MeetingDetail>('/meetings', { method: 'POST', body }),
    onSuccess: (meeting) => storeSavedMeeting(queryClient, meeting),
  });
}

/** Writes to one meeting whose answer is the whole meeting: details, archive, attendance. */
export function useMeetingWrites(meetingId: string) {
  const queryClient = useQueryClient();
  const path = meetingPath(meetingId);
  const options = {
    onSuccess: (meeting: MeetingDetail) => storeSavedMeeting(queryClient, meeting),
    onError: (error: Error) => {
      // A refused stale save still tells us the meeting as it is now: show that everywhere.
      const current = currentMeetingOf(error);
      if (current) storeSavedMeeting(queryClient, current);
    },
  };
  return {
    update: useMutation({
      mutationFn: (changes: UpdateMeetingInput) =>
        apiRequest<MeetingDetail>(path, { method: 'PATCH', body: changes }),
      ...options,
    }),
    setArchived: useMutation({
      mutationFn: ({ archived, version }: { archived: boolean; version: number }) =>
        apiRequest<MeetingDetail>(`${path}/${archived ? 'archive' : 'restore'}`, {
          method: 'POST',
          body: { version },
        }),
      ...options,
    }),
    addAttendance: useMutation({
      mutationFn: (body: AddAttendanceInput) =>
        apiRequest<MeetingDetail>(`${path}/attendance`, { method: 'POST', body }),
      ...options,
    }),
    setAttendance: useMutation({
      mutationFn: ({ contactId, ...body }: SetAttendanceInput & { contactId: string }) =>
        apiRequest<MeetingDetail>(`${path}/attendance/${encodeURIComponent(contactId)}`, {
          method: 'PUT',
          body,
        }),
      ...options,
    }),
    removeAttendance: useMutation({
      mutationFn: (contactId: string) =>
        apiRequest<MeetingDetail>(`${path}/attendance/${encodeURIComponent(contactId)}`, {
          method: 'DELETE',
        }),
      ...options,
    }),
    readSheet: useMutation({
      mutationFn: (text: string) =>
        apiRequest<SignInSheetResponse>(`${path}/sign-in-sheet`, {
          method: 'POST',
          body: { text },
        }),
    }),
    confirmSheet: useMutation({
      mutationFn: (body: ConfirmSheetInput) =>
        apiRequest<MeetingDetail>(`${path}/sign-in-sheet/confirm`, { method: 'POST', body }),
      ...options,
    }),
  };
}

/** Action items answer with the item alone: the meeting and the open items are read again. */
export function useActionItemWrites(meetingId: string) {
  const queryClient = useQueryClient();
  const path = `${meetingPath(meetingId)}/action-items`;
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: meetingKeys.actionItems() });
    void queryClient.invalidateQueries({ queryKey: meetingKeys.lists() });
    return queryClient.invalidateQueries({ queryKey: meetingKeys.detail(meetingId) });
  };
  return {
    create: useMutation({
      mutationFn: (body: CreateActionItemInput) =>
        apiRequest<ActionItem>(path, { method: 'POST', body }),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: ({ id, ...body }: UpdateActionItemInput & { id: string }) =>
        apiRequest<ActionItem>(`${path}/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: (id: string) =>
        apiRequest<undefined>(`${path}/${encodeURIComponent(id)}`, { method: 'DELETE' }),
      onSuccess: refresh,
    }),
    refresh,
  };
}
