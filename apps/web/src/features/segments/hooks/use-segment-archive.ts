import type { SegmentDetail } from '@coalition/contracts';
import { App } from 'antd';
import { useCallback } from 'react';
import { versionConflictCurrent } from '../api/segment-version-conflict';
import { useSetSegmentArchived } from '../api/use-set-segment-archived';

function failureMessage(segment: SegmentDetail, error: Error): string {
  return versionConflictCurrent(error)
    ? `Someone else changed ${segment.name} meanwhile. The page now shows their changes; try again if it still applies.`
    : error.message;
}

/** Archiving (after a confirmation naming the segment) and restoring, with their feedback. */
export function useSegmentArchive() {
  const { modal, message } = App.useApp();
  const mutation = useSetSegmentArchived();
  const { mutateAsync } = mutation;

  const run = useCallback(
    async (segment: SegmentDetail, archived: boolean) => {
      try {
        await mutateAsync({ id: segment.id, version: segment.version, archived });
        void message.success(`${segment.name} was ${archived ? 'archived' : 'restored'}.`);
      } catch (error) {
        void message.error(failureMessage(segment, error as Error));
      }
    },
    [mutateAsync, message],
  );

  const confirmArchive = useCallback(
    (segment: SegmentDetail) => {
      void modal.confirm({
        title: `Archive ${segment.name}?`,
        content:
          'It will no longer appear in the segment list. Nothing is deleted: its filter and counts stay, and it can be restored from its page.',
        okText: 'Archive',
        okButtonProps: { danger: true },
        cancelText: 'Cancel',
        // The dialog stays open, its button spinning, until the API answers.
        onOk: () => run(segment, true),
      });
    },
    [modal, run],
  );

  const restore = useCallback((segment: SegmentDetail) => void run(segment, false), [run]);

  return { confirmArchive, restore, restoring: mutation.isPending };
}
