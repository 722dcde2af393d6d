import type { InvitationResponse } from '@coalition/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';

export function reinviteUser(id: string): Promise<InvitationResponse> {
  return apiRequest<InvitationResponse>(`/users/${encodeURIComponent(id)}/invitation`, {
    method: 'POST',
  });
}

export function useReinviteUser() {
  // The answer holds a one-time sign-in link: forget it as soon as nobody shows it.
  return useMutation({ mutationFn: reinviteUser, gcTime: 0 });
}
