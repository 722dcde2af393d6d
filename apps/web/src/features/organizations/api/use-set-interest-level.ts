import type { InterestLevel, OrganizationInterest, PutInterestInput } from '@coalition/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { organizationKeys } from './organization-keys';

export interface SetInterestLevelVariables {
  organizationId: string;
  issueId: string;
  /** `none` withdraws the interest. */
  level: InterestLevel | 'none';
  /** The note already recorded: a PUT replaces the whole interest, so it is sent back. */
  note: string | null;
}

function interestPath({ organizationId, issueId }: SetInterestLevelVariables): string {
  return `/organizations/${encodeURIComponent(organizationId)}/interests/${encodeURIComponent(issueId)}`;
}

/** Declares the level (confirmed today, as `confirmedOn` is left out) or withdraws the interest. */
export function setInterestLevel(
  variables: SetInterestLevelVariables,
): Promise<OrganizationInterest | undefined> {
  if (variables.level === 'none') {
    return apiRequest<undefined>(interestPath(variables), { method: 'DELETE' });
  }
  const body: PutInterestInput = { level: variables.level, note: variables.note };
  return apiRequest<OrganizationInterest>(interestPath(variables), { method: 'PUT', body });
}

export function useSetInterestLevel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setInterestLevel,
    onSuccess: (saved, { organizationId, issueId }) => {
      // The answer is the interest as now recorded: show it at once, then refetch the order.
      queryClient.setQueryData<OrganizationInterest[]>(
        organizationKeys.interests(organizationId),
        (interests = []) => [
          ...interests.filter((i) => i.issueId !== issueId),
          ...(saved ? [saved] : []),
        ],
      );
      void queryClient.invalidateQueries({ queryKey: organizationKeys.interests(organizationId) });
    },
  });
}
