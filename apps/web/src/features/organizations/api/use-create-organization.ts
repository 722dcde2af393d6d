import type { CreateOrganizationInput, OrganizationDetail } from '@coalition/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { storeSavedOrganization } from './organization-cache';

export function createOrganization(input: CreateOrganizationInput): Promise<OrganizationDetail> {
  return apiRequest<OrganizationDetail>('/organizations', { method: 'POST', body: input });
}

export function useCreateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrganization,
    onSuccess: (org) => storeSavedOrganization(queryClient, org),
  });
}
