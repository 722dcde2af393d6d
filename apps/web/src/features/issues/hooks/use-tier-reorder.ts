import type { IssueSummary } from '@coalition/contracts';
import { App } from 'antd';
import { useCallback } from 'react';
import { isApiError } from '@/lib/api-client';
import { useReorderIssues } from '../api/use-reorder-issues';

/** The tier's issue ids with one moved to a 1-based position, the others keeping their order. */
export function moveToPosition(ids: readonly string[], id: string, position: number): string[] {
  const others = ids.filter((other) => other !== id);
  const index = Math.min(Math.max(position - 1, 0), others.length);
  return [...others.slice(0, index), id, ...others.slice(index)];
}

function failureMessage(error: Error): string {
  // The API refuses an order that does not list exactly the tier's issues: someone added,
  // moved or archived one since the list was loaded.
  if (isApiError(error) && (error.code === 'issue_reorder_mismatch' || error.statusCode === 409)) {
    return 'The tier changed while you were looking at it, so the new order was not saved. The list now shows the current order; choose again if it still applies.';
  }
  return `The new order was not saved: ${error.message}`;
}

/** Moving an issue within its tier, and the rank to show for each issue while that is saved. */
export function useTierReorder() {
  const { message } = App.useApp();
  const { mutate, isPending, variables } = useReorderIssues();

  const move = useCallback(
    (tierIssues: readonly IssueSummary[], issue: IssueSummary, position: number) => {
      if (position === issue.rank) return;
      const issueIds = moveToPosition(
        tierIssues.map((i) => i.id),
        issue.id,
        position,
      );
      mutate(
        { tier: issue.tier, issueIds },
        {
          onSuccess: () =>
            void message.success(`${issue.title} is now number ${position} in tier ${issue.tier}.`),
          onError: (error) => void message.error(failureMessage(error)),
        },
      );
    },
    [mutate, message],
  );

  /** While a tier's new order is saved, its issues show where they are going. */
  const pendingRank = (issue: IssueSummary): number | undefined => {
    if (!isPending || variables.tier !== issue.tier) return undefined;
    const index = variables.issueIds.indexOf(issue.id);
    return index >= 0 ? index + 1 : undefined;
  };

  return { move, pendingRank, savingTier: isPending ? variables.tier : undefined };
}
