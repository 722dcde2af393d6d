import type {
  Contribution,
  ContributionListQuery,
  ContributionListResponse,
  CreateContributionInput,
} from '@coalition/contracts';
import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { apiGet, apiRequest } from '@/lib/api-client';
import { refreshCampaign } from './campaign-cache';
import { campaignKeys } from './campaign-keys';

/** The part of the API's query the contributions table uses. */
export type ContributionsView = Pick<ContributionListQuery, 'page' | 'pageSize'>;

const contributionsPath = (campaignId: string): string =>
  `/campaigns/${encodeURIComponent(campaignId)}/contributions`;

export function getContributions(
  campaignId: string,
  query: ContributionsView,
  signal?: AbortSignal,
): Promise<ContributionListResponse> {
  return apiGet<ContributionListResponse>(contributionsPath(campaignId), { ...query }, signal);
}

export function contributionsQueryOptions(campaignId: string, query: ContributionsView) {
  return queryOptions({
    queryKey: campaignKeys.contributions(campaignId, query),
    queryFn: ({ signal }) => getContributions(campaignId, query, signal),
    placeholderData: keepPreviousData,
  });
}

/** The campaign's contributions, newest first, one page at a time. */
export function useContributions(campaignId: string, query: ContributionsView) {
  return useQuery(contributionsQueryOptions(campaignId, query));
}

export interface LogContributionVariables {
  campaignId: string;
  input: CreateContributionInput;
}

export function logContribution({ campaignId, input }: LogContributionVariables) {
  return apiRequest<Contribution>(contributionsPath(campaignId), { method: 'POST', body: input });
}

/** A contribution moves the goal's progress, its chart and the participant's total. */
export function useLogContribution() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logContribution,
    onSuccess: (_saved, { campaignId }) => refreshCampaign(queryClient, campaignId),
  });
}
