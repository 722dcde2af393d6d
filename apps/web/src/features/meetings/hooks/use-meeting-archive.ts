import type { MeetingDetail } from '@coalition/contracts';
import { App } from 'antd';
import { useCallback } from 'react';
import { currentMeetingOf } from '../api/use-meeting';
import { useMeetingWrites } from '../api/use-meeting-mutations';

function failureMessage(meeting: MeetingDetail, error: Error): string {
  return currentMeetingOf(error)
    ? `Someone else changed ${meeting.title} meanwhile. The page now shows their changes; try again if it still applies.`
    : error.message;
}

/** Archiving (after a confirmation naming the meeting) and restoring, with their feedback. */
export function useMeetingArchive(meeting: MeetingDetail) {
  const { modal, message } = App.useApp();
  const { setArchived } = useMeetingWrites(meeting.id);
  const { mutateAsync } = setArchived;

  const run = useCallback(
    async (archived: boolean) => {
      try {
        await mutateAsync({ archived, version: meeting.version });
        void message.success(`${meeting.title} was ${archived ? 'archived' : 'restored'}.`);
      } catch (error) {
        void message.error(failureMessage(meeting, error as Error));
      }
    },
    [mutateAsync, message, meeting],
  );

  const confirmArchive = useCallback(() => {
    void modal.confirm({
      title: `Archive ${meeting.title}?`,
      content:
        'It will leave the meetings list, the calendar, histories and attendance rates. Nothing is deleted: its attendance and action items stay, and it can be restored from its page or found under Archived.',
      okText: 'Archive',
      okButtonProps: { danger: true },
      cancelText: 'Cancel',
      // The dialog stays open, its button spinning, until the API answers.
      onOk: () => run(true),
    });
  }, [modal, run, meeting.title]);

  const restore = useCallback(() => void run(false), [run]);

  return { confirmArchive, restore, pending: setArchived.isPending };
}
