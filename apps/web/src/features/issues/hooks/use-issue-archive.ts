import type { IssueDetail } from '@coalition/contracts';
import { App } from 'antd';
import { useCallback } from 'react';
import { issueVersionConflictCurrent } from '../api/issue-version-conflict';
import { useSetIssueArchived } from '../api/use-set-issue-archived';

function failureMessage(issue: IssueDetail, error: Error): string {
  return issueVersionConflictCurrent(error)
    ? `Someone else changed ${issue.title} meanwhile. The page now shows their changes; try again if it still applies.`
    : error.message;
}

/** Archiving (after a confirmation naming the issue) and restoring, with their feedback. */
export function useIssueArchive() {
  const { modal, message } = App.useApp();
  const mutation = useSetIssueArchived();
  const { mutateAsync } = mutation;

  const run = useCallback(
    async (issue: IssueDetail, archived: boolean) => {
      try {
        await mutateAsync({ id: issue.id, version: issue.version, archived });
        void message.success(`${issue.title} was ${archived ? 'archived' : 'restored'}.`);
      } catch (error) {
        void message.error(failureMessage(issue, error as Error));
      }
    },
    [mutateAsync, message],
  );

  const confirmArchive = useCallback(
    (issue: IssueDetail) => {
      void modal.confirm({
        title: `Archive ${issue.title}?`,
        content: `It leaves tier ${issue.tier} and no longer appears on the agenda; the issues ranked below it move up. Nothing is deleted: its bills and the organizations' interests stay, and it can be restored from its page.`,
        okText: 'Archive',
        okButtonProps: { danger: true },
        cancelText: 'Cancel',
        // The dialog stays open, its button spinning, until the API answers.
        onOk: () => run(issue, true),
      });
    },
    [modal, run],
  );

  const restore = useCallback((issue: IssueDetail) => void run(issue, false), [run]);

  return { confirmArchive, restore, restoring: mutation.isPending };
}
