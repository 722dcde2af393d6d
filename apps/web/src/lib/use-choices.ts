import {
  type CampaignListResponse,
  type IssueListResponse,
  MAX_PAGE_SIZE,
} from '@coalition/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { apiGet } from './api-client';

/**
 * The issues and campaigns a select can offer (a segment's conditions, a meeting's topics). A
 * coalition has a few dozen of each, so one page holds them all; past ones are offered too
 * ("who led on the bill we won last session"). `enabled` stays false until a select needs them.
 */
const choiceKeys = {
  issues: ['choices', 'issues'] as const,
  campaigns: ['choices', 'campaigns'] as const,
};

export function useIssueChoices(enabled: boolean) {
  return useQuery({
    ...queryOptions({
      queryKey: choiceKeys.issues,
      queryFn: ({ signal }) =>
        apiGet<IssueListResponse>(
          '/issues',
          { sort: 'tier', page: 1, pageSize: MAX_PAGE_SIZE },
          signal,
        ),
    }),
    enabled,
  });
}

export function useCampaignChoices(enabled: boolean) {
  return useQuery({
    ...queryOptions({
      queryKey: choiceKeys.campaigns,
      queryFn: ({ signal }) =>
        apiGet<CampaignListResponse>(
          '/campaigns',
          { sort: 'name', page: 1, pageSize: MAX_PAGE_SIZE },
          signal,
        ),
    }),
    enabled,
  });
}

/**
 * Choices that come from the API are asked for when the select first opens, or at once when
 * some are already chosen and their names must be shown.
 */
export function useChoicesWhenNeeded(selected: readonly string[] | undefined) {
  const [opened, setOpened] = useState(false);
  return {
    needed: opened || Boolean(selected?.length),
    onOpenChange: (open: boolean) => {
      if (open) setOpened(true);
    },
  };
}
