import type { OrganizationDetail } from '@coalition/contracts';
import { App } from 'antd';
import { useCallback } from 'react';
import { versionConflictCurrent } from '../api/organization-version-conflict';
import { useSetOrganizationArchived } from '../api/use-set-organization-archived';

function failureMessage(org: OrganizationDetail, error: Error): string {
  return versionConflictCurrent(error)
    ? `Someone else changed ${org.name} meanwhile. The page now shows their changes; try again if it still applies.`
    : error.message;
}

/** Archiving (after a confirmation naming the organization) and restoring, with their feedback. */
export function useOrganizationArchive() {
  const { modal, message } = App.useApp();
  const mutation = useSetOrganizationArchived();
  const { mutateAsync } = mutation;

  const run = useCallback(
    async (org: OrganizationDetail, archived: boolean) => {
      try {
        await mutateAsync({ id: org.id, version: org.version, archived });
        void message.success(`${org.name} was ${archived ? 'archived' : 'restored'}.`);
      } catch (error) {
        void message.error(failureMessage(org, error as Error));
      }
    },
    [mutateAsync, message],
  );

  const confirmArchive = useCallback(
    (org: OrganizationDetail) => {
      void modal.confirm({
        title: `Archive ${org.name}?`,
        content:
          'It will no longer appear in the organization list. Nothing is deleted: its record stays, and it can be restored from its page.',
        okText: 'Archive',
        okButtonProps: { danger: true },
        cancelText: 'Cancel',
        // The dialog stays open, its button spinning, until the API answers.
        onOk: () => run(org, true),
      });
    },
    [modal, run],
  );

  const restore = useCallback((org: OrganizationDetail) => void run(org, false), [run]);

  return { confirmArchive, restore, restoring: mutation.isPending };
}
