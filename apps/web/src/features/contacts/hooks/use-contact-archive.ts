import type { ContactDetail } from '@coalition/contracts';
import { App } from 'antd';
import { useCallback } from 'react';
import { versionConflictCurrent } from '../api/contact-version-conflict';
import { useSetContactArchived } from '../api/use-set-contact-archived';

function failureMessage(contact: ContactDetail, error: Error): string {
  return versionConflictCurrent(error)
    ? `Someone else changed ${contact.displayName} meanwhile. The page now shows their changes; try again if it still applies.`
    : error.message;
}

/** Archiving (after a confirmation naming the person) and restoring, with their feedback. */
export function useContactArchive() {
  const { modal, message } = App.useApp();
  const mutation = useSetContactArchived();
  const { mutateAsync } = mutation;

  const run = useCallback(
    async (contact: ContactDetail, archived: boolean) => {
      try {
        await mutateAsync({ id: contact.id, version: contact.version, archived });
        void message.success(`${contact.displayName} was ${archived ? 'archived' : 'restored'}.`);
      } catch (error) {
        void message.error(failureMessage(contact, error as Error));
      }
    },
    [mutateAsync, message],
  );

  const confirmArchive = useCallback(
    (contact: ContactDetail) => {
      void modal.confirm({
        title: `Archive ${contact.displayName}?`,
        content:
          'They will no longer appear in the contact list. Nothing is deleted: the record stays, and it can be restored from this page. Removing their personal data for good is a separate step, "Forget this person", open to admins.',
        okText: 'Archive',
        okButtonProps: { danger: true },
        cancelText: 'Cancel',
        // The dialog stays open, its button spinning, until the API answers.
        onOk: () => run(contact, true),
      });
    },
    [modal, run],
  );

  const restore = useCallback((contact: ContactDetail) => void run(contact, false), [run]);

  return { confirmArchive, restore, restoring: mutation.isPending };
}
