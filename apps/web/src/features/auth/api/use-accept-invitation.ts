import type { AcceptInvitationInput, MeResponse } from '@coalition/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { useSession } from '@/lib/session';

export function acceptInvitation(input: AcceptInvitationInput): Promise<MeResponse> {
  return apiRequest<MeResponse>('/auth/accept-invitation', { method: 'POST', body: input });
}

/** Choosing a password signs the new user in: the answer is their session. */
export function useAcceptInvitation() {
  const { startSession } = useSession();
  return useMutation({ mutationFn: acceptInvitation, onSuccess: startSession });
}
