import type { CreateUserInput, InvitationResponse } from '@coalition/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { userKeys } from './user-keys';

export function inviteUser(input: CreateUserInput): Promise<InvitationResponse> {
  return apiRequest<InvitationResponse>('/users', { method: 'POST', body: input });
}

export function useInviteUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: inviteUser,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: userKeys.lists() }),
    // The answer holds a one-time sign-in link: forget it as soon as nobody shows it.
    gcTime: 0,
  });
}
