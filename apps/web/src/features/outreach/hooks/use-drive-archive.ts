import type { DriveDetail } from '@coalition/contracts';
import { App } from 'antd';
import { useCallback } from 'react';
import { versionConflictCurrent } from '../api/drive-version-conflict';
import { useSetDriveArchived } from '../api/use-set-drive-archived';

function failureMessage(drive: DriveDetail, error: Error): string {
  return versionConflictCurrent(error)
    ? `Someone else changed ${drive.name} meanwhile. The page now shows their changes; try again if it still applies.`
    : error.message;
}

/** Archiving (after a confirmation naming the drive) and restoring, with their feedback. */
export function useDriveArchive() {
  const { modal, message } = App.useApp();
  const mutation = useSetDriveArchived();
  const { mutateAsync } = mutation;

  const run = useCallback(
    async (drive: DriveDetail, archived: boolean) => {
      try {
        await mutateAsync({ id: drive.id, version: drive.version, archived });
        void message.success(`${drive.name} was ${archived ? 'archived' : 'restored'}.`);
      } catch (error) {
        void message.error(failureMessage(drive, error as Error));
      }
    },
    [mutateAsync, message],
  );

  const confirmArchive = useCallback(
    (drive: DriveDetail) => {
      void modal.confirm({
        title: `Archive ${drive.name}?`,
        content:
          'It will move to the archived drives and leave the callers’ lists. Nothing is deleted: its targets, outcomes and commitments stay, and it can be restored from its page.',
        okText: 'Archive',
        okButtonProps: { danger: true },
        cancelText: 'Cancel',
        // The dialog stays open, its button spinning, until the API answers.
        onOk: () => run(drive, true),
      });
    },
    [modal, run],
  );

  const restore = useCallback((drive: DriveDetail) => void run(drive, false), [run]);

  return { confirmArchive, restore, restoring: mutation.isPending };
}
