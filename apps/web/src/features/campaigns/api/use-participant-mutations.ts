import type {
  CreateParticipationInput,
  Participant,
  ParticipationRole,
} from '@coalition/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { refreshCampaign } from './campaign-cache';

function participantsPath(campaignId: string, participationId?: string): string {
  const base = `/campaigns/${encodeURIComponent(campaignId)}/participants`;
  return participationId ? `${base}/${encodeURIComponent(participationId)}` : base;
}

export interface AddParticipantVariables {
  campaignId: string;
  input: CreateParticipationInput;
}

export interface ChangeRoleVariables {
  campaignId: string;
  participationId: string;
  role: ParticipationRole;
}

export interface RemoveParticipantVariables {
  campaignId: string;
  participationId: string;
}

export function addParticipant({ campaignId, input }: AddParticipantVariables) {
  return apiRequest<Participant>(participantsPath(campaignId), { method: 'POST', body: input });
}

export function changeParticipantRole({ campaignId, participationId, role }: ChangeRoleVariables) {
  return apiRequest<Participant>(participantsPath(campaignId, participationId), {
    method: 'PATCH',
    body: { role },
  });
}

export function removeParticipant({ campaignId, participationId }: RemoveParticipantVariables) {
  return apiRequest<undefined>(participantsPath(campaignId, participationId), {
    method: 'DELETE',
  });
}

/** Each write is answered with one row only; the groups are read again from the campaign. */
export function useAddParticipant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addParticipant,
    onSuccess: (_saved, { campaignId }) => refreshCampaign(queryClient, campaignId),
  });
}

export function useChangeParticipantRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeParticipantRole,
    onSuccess: (_saved, { campaignId }) => refreshCampaign(queryClient, campaignId),
  });
}

export function useRemoveParticipant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeParticipant,
    onSuccess: (_saved, { campaignId }) => refreshCampaign(queryClient, campaignId),
  });
}
